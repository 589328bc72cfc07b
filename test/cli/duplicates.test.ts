import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLines, runInProcess, SEED_000, seedsDir, temporaryDirectory } from './helpers.js';

/** A corpus with a story, an exact copy of it in another folder, and a copy with two words changed. */
function corpusWithCopies(): string {
  const dir = temporaryDirectory();
  const story = readFileSync(path.join(seedsDir, SEED_000), 'utf8');
  for (const folder of ['a', 'b']) mkdirSync(path.join(dir, folder));
  writeFileSync(path.join(dir, 'a', 'story.txt'), story);
  writeFileSync(path.join(dir, 'b', 'story.txt'), story);
  writeFileSync(path.join(dir, 'b', 'edited.txt'), story.replace('growing pressure', 'mounting pressure'));
  return dir;
}

describe('duplicate articles across the run', () => {
  it('marks exact and near copies with the id of the first copy (--duplicates)', async () => {
    const result = await runInProcess(['.', '--duplicates'], { cwd: corpusWithCopies(), stdoutIsPipe: true });
    expect(result.code).toBe(0);
    const marks = parseJsonLines(result.stdout).map((record) => [record['id'], record['duplicate_of']]);
    expect(marks).toEqual([
      ['a/story#0', null],
      ['b/edited#0', 'a/story#0'],
      ['b/story#0', 'a/story#0'],
    ]);
  });

  it('leaves the copies out with --dedupe and says how many on stderr', async () => {
    const result = await runInProcess(['.', '--dedupe', '--jobs', '1'], { cwd: corpusWithCopies() });
    expect(result.code).toBe(0);
    expect(parseJsonLines(result.stdout).map((record) => record['id'])).toEqual(['a/story#0']);
    expect(result.stderr).toMatch(/newsclean: 2 duplicate articles left out \(1 exact, 1 near\) in 1 cluster; detection took \d+\.\d\d s\n/);
  });

  it('names the first copy in the text --explain listing', async () => {
    const result = await runInProcess(['.', '--duplicates', '--explain', '--format', 'text', '--jobs', '1'], { cwd: corpusWithCopies() });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('  duplicate: exact duplicate of a/story#0 (same text after lowercasing and collapsing spaces)\n');
    expect(result.stderr).toMatch(/ {2}duplicate: near-duplicate of a\/story#0 \(estimated Jaccard similarity 0\.\d\d of word shingles\)\n/);
  });

  it('adds no duplicate_of field when neither flag is given', async () => {
    const result = await runInProcess(['.'], { cwd: corpusWithCopies(), stdoutIsPipe: true });
    expect(parseJsonLines(result.stdout).every((record) => !('duplicate_of' in record))).toBe(true);
  });
});
