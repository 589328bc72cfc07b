import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/corpus/profile.js';
import { FURNITURE_REMOVED, furnitureCorpus, MENU, pageText } from './corpus-fixture.js';
import { parseJsonLines, runInProcess } from './helpers.js';

/** Splitting is not what these tests pin; off, they do not move with the segmenter. */
const CLEAN = ['--no-split', '--jobs', '1'];

function paragraphsOf(stdout: string): string[] {
  return parseJsonLines(stdout).flatMap((record) => record['paragraphs'] as string[]);
}

describe('--learn-boilerplate and --profile FILE', () => {
  it('learns recurring menu lines in a first pass, removes them with rule learned, and saves the profile atomically', async () => {
    const dir = furnitureCorpus();
    const result = await runInProcess(['.', ...CLEAN, '--learn-boilerplate', '--profile', 'site.json', '--explain'], { cwd: dir });
    expect(result.code).toBe(0);
    const paragraphs = paragraphsOf(result.stdout);
    for (const line of FURNITURE_REMOVED) expect(paragraphs).not.toContain(line);
    const removed = parseJsonLines(result.stdout).flatMap((record) => record['removed'] as Array<Record<string, unknown>>);
    const learned = removed.filter((removal) => removal['rule'] === 'learned');
    expect(learned.length).toBeGreaterThan(0);
    for (const removal of learned) {
      expect(MENU).toContain(removal['text']);
      expect(removal['reason']).toBe('recurs in 12 documents');
    }
    const profile = parseProfile(JSON.parse(readFileSync(path.join(dir, 'site.json'), 'utf8')));
    expect(profile.lines.map((line) => line.example).sort()).toEqual([...MENU].sort());
    expect(profile).toMatchObject({ documents: 12, duplicatesSkipped: 0, parameters: { minDocuments: 5, minGroups: 1, groupLabel: 'folders' } });
    // Atomic write: no temporary file is left beside the profile.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('loads an existing profile without a first pass and gives the same output', async () => {
    const dir = furnitureCorpus();
    const learning = await runInProcess(['.', ...CLEAN, '--learn-boilerplate', '--profile', 'site.json'], { cwd: dir, stdoutIsPipe: true });
    const saved = readFileSync(path.join(dir, 'site.json'), 'utf8');
    const loading = await runInProcess(['.', ...CLEAN, '--profile', 'site.json'], { cwd: dir });
    expect(loading.code).toBe(0);
    expect(loading.stdout).toBe(learning.stdout);
    expect(loading.stderr).toContain('newsclean: profile site.json: 3 boilerplate lines learned from 12 documents\n');
    // With both flags and the file present, the file is reused as it is (delete it to learn again).
    const both = await runInProcess(['.', ...CLEAN, '--learn-boilerplate', '--profile', 'site.json'], { cwd: dir });
    expect(both.stderr).toContain('newsclean: profile site.json:');
    expect(readFileSync(path.join(dir, 'site.json'), 'utf8')).toBe(saved);
  });

  it('lists the most frequent learned lines with their counts in the summary', async () => {
    const result = await runInProcess(['.', ...CLEAN, '--learn-boilerplate'], { cwd: furnitureCorpus() });
    expect(result.stderr).toMatch(/newsclean: learned 3 boilerplate lines from 12 documents \(0 copies not counted\) in \d+\.\d\d s\n/);
    // How many the rules and the classifier leave to the profile moves with them; some always remain.
    const removed = /newsclean: (\d+) paragraphs removed as learned boilerplate; most frequent learned lines \(documents\):\n/.exec(result.stderr);
    expect(Number(removed?.[1])).toBeGreaterThan(0);
    expect(result.stderr).toContain('      12  Riverside Media Group Regional Newspapers Serving…\n');
    expect(result.stderr).toContain('      12  Puzzle Hub\n');
  });

  it('never learns a line that recurs only because the same article appears again', async () => {
    const dir = furnitureCorpus(12, 6);
    const result = await runInProcess(['.', ...CLEAN, '--learn-boilerplate', '--profile', 'site.json', '--explain'], { cwd: dir, stdoutIsPipe: true });
    expect(result.code).toBe(0);
    const profile = parseProfile(JSON.parse(readFileSync(path.join(dir, 'site.json'), 'utf8')));
    expect(profile.duplicatesSkipped).toBe(6);
    expect(profile.lines.map((line) => line.example)).not.toContain('Syndicated Partner Box');
    const removed = parseJsonLines(result.stdout).flatMap((record) => record['removed'] as Array<Record<string, unknown>>);
    expect(removed.filter((removal) => removal['rule'] === 'learned' && removal['text'] === 'Syndicated Partner Box')).toEqual([]);
  });

  it('shows learned removals with their counts in the text --explain listing', async () => {
    const result = await runInProcess(['.', ...CLEAN, '--learn-boilerplate', '--explain', '-f', 'text'], { cwd: furnitureCorpus() });
    expect(result.stderr).toMatch(/\n {2}line [1-5] learned \(recurs in 12 documents\): (Valley Gazette|Riverside Media|Puzzle Hub)/);
  });

  it('reads JSON Lines on standard input with a saved profile', async () => {
    const dir = furnitureCorpus();
    await runInProcess(['site', ...CLEAN, '--learn-boilerplate', '--profile', 'site.json'], { cwd: dir, stdoutIsPipe: true });
    const stdin = `${JSON.stringify({ id: 'new', text: pageText(99) })}\n`;
    const result = await runInProcess(['-', ...CLEAN, '--input-format', 'jsonl', '--profile', 'site.json'], { cwd: dir, stdin, stdoutIsPipe: true });
    expect(result.code).toBe(0);
    const paragraphs = paragraphsOf(result.stdout);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const line of FURNITURE_REMOVED) expect(paragraphs).not.toContain(line);
  });

  it('learns from JSON Lines files too, streaming the records twice', async () => {
    const dir = furnitureCorpus(0);
    const records = Array.from({ length: 8 }, (_, i) => JSON.stringify({ id: `site/${i}`, text: pageText(i) })).join('\n');
    writeFileSync(path.join(dir, 'pages.jsonl'), `${records}\n`);
    const result = await runInProcess(['pages.jsonl', ...CLEAN, '--input-format', 'jsonl', '--learn-boilerplate'], { cwd: dir, stdoutIsPipe: true });
    expect(result.code).toBe(0);
    expect(parseJsonLines(result.stdout)).toHaveLength(8);
    for (const line of FURNITURE_REMOVED) expect(paragraphsOf(result.stdout)).not.toContain(line);
  });
});

describe('--learn-boilerplate and --profile usage errors (exit 2, nothing written)', () => {
  const cases: Array<{ name: string; args: string[]; stdin?: string; setup?: (dir: string) => void; error: string }> = [
    {
      name: 'standard input cannot be read twice',
      args: ['-', '--learn-boilerplate'],
      stdin: pageText(1),
      error: '--learn-boilerplate reads the inputs twice, and standard input can be read only once',
    },
    {
      name: 'standard input with a profile file not yet learned',
      args: ['-', '--learn-boilerplate', '--profile', 'missing.json'],
      stdin: pageText(1),
      error: 'standard input can be read only once',
    },
    { name: 'a missing profile without --learn-boilerplate', args: ['.', '--profile', 'missing.json'], error: '--profile missing.json: no such file; add --learn-boilerplate' },
    {
      name: 'a file that is not a profile',
      args: ['.', '--profile', 'bad.json'],
      setup: (dir) => writeFileSync(path.join(dir, 'bad.json'), '{"format":"something-else"}'),
      error: '--profile bad.json: not a newsclean profile: format is not "newsclean-profile"',
    },
    {
      name: 'a profile that is not JSON',
      args: ['.', '--profile', 'bad.json'],
      setup: (dir) => writeFileSync(path.join(dir, 'bad.json'), 'Home\nSports\n'),
      error: '--profile bad.json: ',
    },
  ];
  for (const { name, args, stdin, setup, error } of cases) {
    it(name, async () => {
      const dir = furnitureCorpus(2);
      setup?.(dir);
      const result = await runInProcess([...args, '--no-split'], { cwd: dir, ...(stdin === undefined ? {} : { stdin }) });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(error);
      expect(result.stderr).toContain('(run newsclean --help for usage and examples)');
      expect(existsSync(path.join(dir, 'missing.json'))).toBe(false);
    });
  }
});

describe('--learn-boilerplate with --shard', () => {
  it('says the profile covers this shard only and how to share one', async () => {
    const result = await runInProcess(['.', ...CLEAN, '--learn-boilerplate', '--shard', '0/2'], { cwd: furnitureCorpus() });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("learning from shard 0/2's inputs only; to clean every shard alike, learn once and pass --profile FILE to each");
  });
});
