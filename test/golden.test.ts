import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, repoRoot, runInProcess, temporaryDirectory } from './cli/helpers.js';

/**
 * Golden outputs: the exact bytes the CLI writes for each case under fixtures/docs/<case>/ (input,
 * options, expected output) and for the seeds (fixtures/seeds/expected/). Any difference fails.
 * `npm run golden:update` (GOLDEN_UPDATE=1) rewrites the expected files instead; review the diff
 * with `git diff fixtures/` before committing.
 */
const UPDATE = process.env['GOLDEN_UPDATE'] === '1';
const docsRoot = path.join(repoRoot, 'fixtures/docs');
const seedsRoot = path.join(repoRoot, 'fixtures/seeds');

interface CaseOptions {
  description: string;
  source: string;
  /** CLI arguments; the case's `input.txt` is appended. Paths are relative to the case folder. */
  args: string[];
}

/** Compares `actual` with the expected file, or writes it in update mode. */
function expectGolden(file: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${path.relative(repoRoot, file)} is missing: run npm run golden:update`).toBe(true);
  expect(actual, `${path.relative(repoRoot, file)} differs: run npm run golden:update if the change is intended`).toBe(
    readFileSync(file, 'utf8'),
  );
}

/**
 * `expected.json`, `expected.txt` or `expected.jsonl` after the case's `--format` (jsonl without
 * one). Cases use `--format json` unless they pin another format: pretty JSON diffs line by line.
 */
function expectedFileName(args: string[]): string {
  const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : 'jsonl';
  return `expected.${format === 'text' ? 'txt' : format}`;
}

const cases = readdirSync(docsRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('golden cases (fixtures/docs)', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  for (const name of cases) {
    it(name, async () => {
      const folder = path.join(docsRoot, name);
      const options = JSON.parse(readFileSync(path.join(folder, 'options.json'), 'utf8')) as CaseOptions;
      const result = await runInProcess([...options.args, 'input.txt'], { cwd: folder, stdoutIsPipe: true });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expectGolden(path.join(folder, expectedFileName(options.args)), result.stdout);
    });
  }
});

describe('golden seeds (fixtures/seeds/expected)', () => {
  it('newsclean fixtures/seeds -o DIR --explain writes the expected files', async () => {
    const out = temporaryDirectory();
    const result = await runInProcess(['fixtures/seeds', '-o', out, '--explain', '--quiet']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const written = listFiles(out);
    const expectedDir = path.join(seedsRoot, 'expected');
    if (UPDATE) rmSync(expectedDir, { recursive: true, force: true });
    else expect(written).toEqual(listFiles(expectedDir));
    for (const file of written) expectGolden(path.join(expectedDir, file), readFileSync(path.join(out, file), 'utf8'));
  });
});
