import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess, type RunResult } from '../cli/helpers.js';
import { SEED_004 } from './gold-result.js';

const ANSI = /\u001b\[/u;
const seed004 = `fixtures/seeds/${SEED_004}`;

/** The CLI in-process with captured streams (test/cli/helpers.ts), colour set by `env` alone. */
const run = (argv: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> => runInProcess(argv, { env });

describe('newsclean review', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsclean-review-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists a file line by line, plain when output is not a terminal', async () => {
    const result = await run(['review', seed004]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^══ article 1\/\d+ /mu);
    expect(result.stdout).toMatch(/^ {2}9 - \[[a-z-]+\] +Twitter$/mu);
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('colours with FORCE_COLOR, and --no-color wins over it wherever it is written', async () => {
    expect((await run(['review', seed004], { FORCE_COLOR: '1' })).stdout).toMatch(ANSI);
    expect((await run(['review', seed004, '--no-color'], { FORCE_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await run(['review', '--no-color', seed004], { FORCE_COLOR: '1' })).stdout).not.toMatch(ANSI);
  });

  it('writes one HTML file with --html and nothing on standard output', async () => {
    const target = path.join(dir, 'report.html');
    const result = await run(['review', 'fixtures/seeds', '--html', target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('review of 2 documents written to');
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/u);
  });

  it('honours the main command\'s pipeline options', async () => {
    const result = await run(['review', seed004, '--no-split']);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^══ article /gmu)).toEqual(['══ article ']);
    expect(result.stdout).toMatch(/^══ article 1\/1 /mu);
    const missing = await run(['review', seed004, '--rules', 'no-such-rules.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('newsclean: --rules no-such-rules.json: no such file or directory');
  });

  it('exits 2 when no input matches, naming the argument', async () => {
    const target = path.join(dir, 'none.html');
    const result = await run(['review', 'no-such-file.txt', '--html', target]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('newsclean: no-such-file.txt: no such file or directory');
    expect(existsSync(target)).toBe(false);
  });
});
