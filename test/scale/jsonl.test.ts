import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import {
  childEnv,
  ensureBuilt,
  listFiles,
  parseJsonLines,
  repoRoot,
  runInProcess,
  SEED_000,
  SEED_004,
  seedsDir,
  temporaryDirectory,
} from '../cli/helpers.js';

const seedText = (seed: string): string => readFileSync(path.join(seedsDir, seed), 'utf8');
const seed000 = seedText(SEED_000);
const seed004 = seedText(SEED_004);

/** Records of one text-mode run over `text`, the reference for the JSON Lines ones. */
async function textModeRecords(text: string): Promise<Array<Record<string, unknown>>> {
  return parseJsonLines((await runInProcess(['-'], { stdin: text })).stdout);
}

describe('--input-format jsonl', () => {
  it('treats each record as a document: same articles as text input, ids sanitised, other fields passed through', async () => {
    const input = [
      JSON.stringify({ id: '../../etc/passwd', text: seed000, url: 'https://example.com/a', source: 'from-record' }),
      '',
      JSON.stringify({ id: 42, text: seed004, lang: 'en' }),
      JSON.stringify({ text: seed000 }),
    ].join('\n');
    const result = await runInProcess(['-', '--input-format', 'jsonl'], { stdin: input });
    expect(result.code).toBe(0);
    const records = parseJsonLines(result.stdout);
    const [first, second] = [await textModeRecords(seed000), await textModeRecords(seed004)];
    expect(records).toHaveLength(first.length * 2 + second.length);

    const a = records[0] as Record<string, unknown>;
    expect(a['id']).toBe('etc/passwd#0');
    expect(a['source']).toBe('-:1');
    expect(a['url']).toBe('https://example.com/a');
    expect(a['text']).toBe(first[0]?.['text']);
    expect(records.slice(first.length, first.length + second.length).map((record) => record['text'])).toEqual(
      second.map((record) => record['text']),
    );
    const b = records[first.length] as Record<string, unknown>;
    expect(b['id']).toBe('42#0');
    expect(b['lang']).toBe('en');
    expect((records.at(-1) as Record<string, unknown>)['id']).toMatch(/^stdin\/4#\d+$/);
  });

  it('reads custom fields from files and writes each record under -o DIR by its sanitised id', async () => {
    const dir = temporaryDirectory();
    const lines = [{ doc: 'site/a', body: seed000 }, { doc: 'site/b', body: seed004 }].map((record) => JSON.stringify(record));
    writeFileSync(path.join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
    const args = ['batch.jsonl', '--input-format', 'jsonl', '--text-field', 'body', '--id-field', 'doc', '-o', 'out'];
    const result = await runInProcess(args, { cwd: dir });
    expect(result.code).toBe(0);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['site/a.json', 'site/b.json']);
    const written = JSON.parse(readFileSync(path.join(dir, 'out/site/a.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(written[0]).toMatchObject({ id: 'site/a#0', source: 'batch.jsonl:1', doc: 'site/a' });
    expect(written[0]).not.toHaveProperty('body');
    // --resume works per record: each record's output is its done marker.
    const again = await runInProcess([...args, '--resume'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('newsclean: 2 inputs skipped by --resume');
  });

  it('reports a malformed line as file:line, goes on, and exits 1', async () => {
    const dir = temporaryDirectory();
    const lines = ['{"id":"a","text":"One line of news."}', '{not json', '[1,2]', '{"id":"c"}', '{"id":"d","text":"Another line."}'];
    writeFileSync(path.join(dir, 'mixed.jsonl'), lines.join('\n'));
    const result = await runInProcess(['mixed.jsonl', '--input-format', 'jsonl'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(parseJsonLines(result.stdout).map((record) => record['id'])).toEqual(['a#0', 'd#0']);
    const problems = result.stderr.split('\n').filter((line) => line.startsWith('newsclean: mixed.jsonl:'));
    expect(problems).toEqual([
      expect.stringMatching(/^newsclean: mixed\.jsonl:2: not valid JSON/),
      'newsclean: mixed.jsonl:3: not a JSON object',
      'newsclean: mixed.jsonl:4: no string field "text"',
    ]);
  });

  it('streams: a record\'s articles are written before the next record is read', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const lines: string[] = [];
    stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== '')));
    const run = main(['-', '--input-format', 'jsonl'], {
      stdin,
      stdout,
      stderr: new PassThrough(),
      env: {},
      cwd: repoRoot,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdoutIsPipe: true,
    });
    stdin.write(`${JSON.stringify({ id: 'first', text: seed000 })}\n`);
    // Only once the first record's output has arrived does the second record exist: a reader that
    // gathered standard input before processing would wait here for ever.
    await new Promise<void>((resolve) => stdout.once('data', () => resolve()));
    expect(lines.length).toBeGreaterThan(0);
    stdin.end(`${JSON.stringify({ id: 'second', text: seed000 })}\n`);
    expect(await run).toBe(0);
    expect(lines.filter((line) => line.includes('"id":"second#'))).not.toHaveLength(0);
  });
});

describe('the JSON Lines filter recipe (README "Running at scale")', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('cat corpus.jsonl | newsclean - --input-format jsonl | wc -l counts one line per article', async () => {
    const dir = temporaryDirectory();
    const documents = Array.from({ length: 6 }, (_, index) => ({ id: `doc-${index}`, text: index % 2 === 0 ? seed000 : seed004 }));
    writeFileSync(path.join(dir, 'corpus.jsonl'), documents.map((document) => `${JSON.stringify(document)}\n`).join(''));
    const bin = path.join(repoRoot, 'bin/newsclean.js');
    const command = `cat corpus.jsonl | "${process.execPath}" "${bin}" - --input-format jsonl | wc -l`;
    const count = Number(execFileSync('sh', ['-c', command], { cwd: dir, env: childEnv(), encoding: 'utf8' }).trim());
    const perPair = (await textModeRecords(seed000)).length + (await textModeRecords(seed004)).length;
    expect(count).toBe(perPair * 3);
  });
});
