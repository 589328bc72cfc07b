import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, runInProcess, SEED_000, seedsDir, temporaryDirectory } from '../cli/helpers.js';

describe('two inputs with one output path under -o DIR', () => {
  it('writes the first in input order and fails the second, naming the first, in a sharded run too', async () => {
    const root = temporaryDirectory();
    mkdirSync(path.join(root, 'corpus/news'), { recursive: true });
    for (const name of ['a.md', 'a.txt', 'b.txt']) copyFileSync(path.join(seedsDir, SEED_000), path.join(root, 'corpus/news', name));
    for (const extra of [[], ['--shard', '0/1']]) {
      const out = path.join(temporaryDirectory(), 'out');
      const result = await runInProcess(['corpus', '--glob', '**/*.{txt,md}', '-o', out, ...extra], { cwd: root });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `newsclean: ${path.join('corpus', 'news', 'a.txt')}: would overwrite ${path.join(out, 'news', 'a.json')}, already written for ${path.join('corpus', 'news', 'a.md')}\n`,
      );
      expect(listFiles(out)).toEqual(['news/a.json', 'news/b.json']);
    }
  });

  it('fails the second of two JSON Lines records with one id, naming the first by file and line', async () => {
    const root = temporaryDirectory();
    writeFileSync(path.join(root, 'r.jsonl'), '{"id":"x","text":"One story here."}\n{"id":"x","text":"Another story."}\n');
    const out = path.join(root, 'out');
    const result = await runInProcess(['r.jsonl', '--input-format', 'jsonl', '-o', out], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`newsclean: r.jsonl:2: would overwrite ${path.join(out, 'x.json')}, already written for r.jsonl:1\n`);
    expect(listFiles(out)).toEqual(['x.json']);
  });
});
