import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TEXT_ARTICLE_END } from '../../src/io/serialise.js';
import {
  listFiles,
  parseJsonLines,
  repoRoot,
  runInProcess,
  SEED_000,
  SEED_004,
  seedsDir,
  temporaryDirectory,
} from './helpers.js';

const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const seed000 = path.join('fixtures/seeds', SEED_000);

describe('main: usage errors exit 2 with a hint', () => {
  const cases: Array<{ name: string; argv: string[]; stderr: RegExp }> = [
    { name: 'unknown option', argv: ['--frobnicate', seed000], stderr: /^newsclean: unknown option '--frobnicate'/ },
    { name: 'unknown format', argv: ['--format', 'xml', seed000], stderr: /argument 'xml' is invalid.*jsonl, json, text/ },
    { name: 'threshold out of range', argv: ['--split-threshold', '1.5', seed000], stderr: /expected a number from 0 to 1/ },
    { name: 'threshold not a number', argv: ['--split-threshold', 'half', seed000], stderr: /expected a number from 0 to 1/ },
    { name: 'unknown --keep kind', argv: ['--keep', 'adverts', seed000], stderr: /unknown kind "adverts" \(known: captions\)/ },
    { name: 'no input', argv: [], stderr: /^newsclean: no input given/ },
    { name: 'missing rules file', argv: ['--rules', 'no-such-rules.json', seed000], stderr: /--rules no-such-rules.json: no such file/ },
  ];
  for (const { name, argv, stderr } of cases) {
    it(name, async () => {
      const result = await runInProcess(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(stderr);
      expect(result.stderr).toContain('(run newsclean --help for usage and examples)');
    });
  }

  it('rejects a rules file that is not valid JSON or has a bad pattern', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'bad.json'), '{ "disable": [');
    writeFileSync(path.join(dir, 'regex.json'), JSON.stringify({ add: [{ id: 'x', category: 'c', description: 'd', pattern: '(' }] }));
    const notJson = await runInProcess(['--rules', 'bad.json', path.join(seedsDir, SEED_000)], { cwd: dir });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/--rules bad.json: not valid JSON/);
    const badPattern = await runInProcess(['--rules', 'regex.json', path.join(seedsDir, SEED_000)], { cwd: dir });
    expect(badPattern.code).toBe(2);
    expect(badPattern.stderr).toMatch(/"add"\[0\]\.pattern: Invalid regular expression/);
  });

  it('rejects -o naming an existing file', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'taken'), '');
    const result = await runInProcess(['-o', 'taken', path.join(seedsDir, SEED_000)], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsclean: -o taken: exists and is not a directory/);
  });

  it('exits 2 when a directory or pattern matches nothing, saying which', async () => {
    const dir = temporaryDirectory();
    mkdirSync(path.join(dir, 'empty'));
    const result = await runInProcess(['empty', '*.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'newsclean: empty: no files match **/*.txt',
      'newsclean: *.md: no files match this pattern',
      'newsclean: no input matched',
      '(run newsclean --help for usage and examples)',
      '',
    ]);
  });
});

describe('main: version and help', () => {
  it('prints the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await runInProcess([flag]);
      expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('prints help with examples, the exit codes and the subcommands', async () => {
    const result = await runInProcess(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const expected of ['Examples:', 'newsclean fixtures/seeds -o out/', '--split-threshold', '--keep', 'Exit codes:', 'eval', 'review']) {
      expect(result.stdout).toContain(expected);
    }
  });

  it('registers the subcommands when one is named, after program options too', async () => {
    for (const argv of [['eval', '--help'], ['--no-color', 'review', '--help']]) {
      const result = await runInProcess(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: newsclean ${argv.includes('eval') ? 'eval' : 'review'}`));
    }
  });
});

describe('main: per-input failures exit 1 and the batch goes on', () => {
  it('names a missing input on one line and still writes the seeds', async () => {
    const result = await runInProcess(['does-not-exist.txt', 'fixtures/seeds']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('newsclean: does-not-exist.txt: no such file or directory');
    const sources = new Set(parseJsonLines(result.stdout).map((record) => record['source']));
    expect([...sources]).toEqual([`fixtures/seeds/${SEED_000}`, `fixtures/seeds/${SEED_004}`]);
  });

  it('refuses a binary file with a clear reason', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    copyFileSync(path.join(seedsDir, SEED_000), path.join(dir, 'story.txt'));
    const result = await runInProcess(['.'], { cwd: dir, stdoutIsPipe: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('newsclean: image.txt: binary file (NUL byte at offset 4), not text\n');
    expect(parseJsonLines(result.stdout).every((record) => record['source'] === 'story.txt')).toBe(true);
  });

  it('decodes legacy 8-bit text with a one-line note and exit 0', async () => {
    const dir = temporaryDirectory();
    const story = [
      'The caf\xe9 served cr\xe8me br\xfbl\xe9e to every guest who came to the opening night of the new season.',
      'Its owner said the recipe came from her grandmother, who ran a small bakery near the harbour for forty years.',
      'Tickets for the second week sold out within an hour, and the town council has asked for more tables outside.',
    ].join('\n');
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from(`${story}\n`, 'latin1'));
    const result = await runInProcess(['latin1.txt'], { cwd: dir, stdoutIsPipe: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^newsclean: latin1\.txt: warning: not UTF-8, decoded as (windows-1252|iso-8859-1)[^\n]*\n$/);
    expect(parseJsonLines(result.stdout)[0]!['text']).toContain('crème brûlée');
  });

  it('names a path that uses a file as a folder', async () => {
    const result = await runInProcess([`${seed000}/x.txt`], { stdoutIsPipe: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`newsclean: ${seed000}/x.txt: not a directory (a file was used as a folder in the path)\n`);
  });

  it.skipIf(process.getuid?.() === 0)('names an unreadable file (skipped as root, who can read anything)', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'secret.txt'), 'A paragraph.\n');
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const result = await runInProcess(['secret.txt'], { cwd: dir, stdoutIsPipe: true });
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'newsclean: secret.txt: permission denied\n' });
  });
});

describe('main: outputs', () => {
  it('reads standard input as "-" with the id base "stdin"', async () => {
    const text = readFileSync(path.join(seedsDir, SEED_000));
    const result = await runInProcess(['-'], { stdin: text, stdoutIsPipe: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const records = parseJsonLines(result.stdout);
    expect(records.length).toBeGreaterThan(0);
    records.forEach((record, index) => {
      expect(record['source']).toBe('-');
      expect(record['id']).toBe(`stdin#${index}`);
    });
  });

  it('writes the same records as json, jsonl and text', async () => {
    const jsonl = parseJsonLines((await runInProcess(['fixtures/seeds'], { stdoutIsPipe: true })).stdout);
    expect(jsonl.length).toBeGreaterThan(1);
    const json = JSON.parse((await runInProcess(['fixtures/seeds', '--format', 'json'], { stdoutIsPipe: true })).stdout) as unknown;
    expect(json).toEqual(jsonl);
    const text = (await runInProcess(['fixtures/seeds', '--format', 'text'], { stdoutIsPipe: true })).stdout;
    const articles = text.split(TEXT_ARTICLE_END);
    expect(articles.pop()).toBe('');
    expect(articles).toEqual(jsonl.map((record) => `${record['title'] === null ? '' : `${String(record['title'])}\n\n`}${String(record['text'])}\n`));
  });

  it('maps --split-threshold and --no-split to the segmenter', async () => {
    const seed004 = path.join('fixtures/seeds', SEED_004);
    const count = async (...flags: string[]): Promise<number> =>
      parseJsonLines((await runInProcess([seed004, ...flags], { stdoutIsPipe: true })).stdout).length;
    expect(await count()).toBeGreaterThan(1);
    expect(await count('--split-threshold', '1')).toBe(1);
    expect(await count('--no-split')).toBe(1);
  });

  it('never lets a form feed from the input pass for an article end', async () => {
    const input = 'The council met on Tuesday to approve the budget.\n\f\nMembers voted for it.\f\n';
    const records = parseJsonLines((await runInProcess(['-'], { stdin: input, stdoutIsPipe: true })).stdout);
    const text = (await runInProcess(['-', '--format', 'text'], { stdin: input, stdoutIsPipe: true })).stdout;
    expect(records.length).toBeGreaterThan(0);
    expect(text.split(TEXT_ARTICLE_END).length - 1).toBe(records.length);
  });

  it('writes an empty JSON array when no article is found', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'blank.txt'), '\n\n');
    const result = await runInProcess(['blank.txt', '--format', 'json'], { cwd: dir, stdoutIsPipe: true });
    expect(result).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('mirrors relative paths under -o so equal names never collide, and leaves no temporary file', async () => {
    const dir = temporaryDirectory();
    for (const folder of ['a', 'b/deep']) {
      mkdirSync(path.join(dir, 'in', folder), { recursive: true });
      copyFileSync(path.join(seedsDir, SEED_000), path.join(dir, 'in', folder, 'story.txt'));
    }
    mkdirSync(path.join(dir, 'in/.hidden'));
    mkdirSync(path.join(dir, 'in/node_modules'));
    copyFileSync(path.join(seedsDir, SEED_000), path.join(dir, 'in/.hidden/skip.txt'));
    copyFileSync(path.join(seedsDir, SEED_000), path.join(dir, 'in/node_modules/skip.txt'));
    const result = await runInProcess(['in', '-o', 'out', '--quiet'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(listFiles(path.join(dir, 'out'))).toEqual(['a/story.json', 'b/deep/story.json']);
    const records = JSON.parse(readFileSync(path.join(dir, 'out/b/deep/story.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(records[0]!['id']).toBe('b/deep/story#0');
    expect(records[0]!['source']).toBe(path.join('in', 'b/deep/story.txt'));
  });

  it('writes text files with -o --format text, and takes other files with --glob', async () => {
    const dir = temporaryDirectory();
    copyFileSync(path.join(seedsDir, SEED_000), path.join(dir, 'story.md'));
    const result = await runInProcess(['.', '--glob', '*.md', '-o', 'out', '--format', 'text', '--quiet'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['story.txt']);
    expect(readFileSync(path.join(dir, 'out/story.txt'), 'utf8').endsWith(`\n${TEXT_ARTICLE_END}`)).toBe(true);
  });

  it('processes the same file once, however often it is named', async () => {
    const once = await runInProcess([seed000], { stdoutIsPipe: true });
    const thrice = await runInProcess([seed000, 'fixtures/seeds', `./${seed000}`], { stdoutIsPipe: true });
    expect(once.code).toBe(0);
    expect(parseJsonLines(once.stdout).length).toBeGreaterThan(0);
    expect(parseJsonLines(thrice.stdout).filter((record) => record['source'] === seed000)).toEqual(parseJsonLines(once.stdout));
  });

  it('gives byte-identical output on every run', async () => {
    const first = await runInProcess(['fixtures/seeds', '--explain'], { stdoutIsPipe: true });
    const second = await runInProcess(['fixtures/seeds', '--explain'], { stdoutIsPipe: true });
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('lists removals in every record with --explain', async () => {
    const records = parseJsonLines((await runInProcess(['fixtures/seeds', '--explain'], { stdoutIsPipe: true })).stdout);
    expect(records.length).toBeGreaterThan(1);
    for (const record of records) {
      expect(Array.isArray(record['removed'])).toBe(true);
      expect(Array.isArray(record['explain'])).toBe(true);
    }
    const plain = parseJsonLines((await runInProcess(['fixtures/seeds'], { stdoutIsPipe: true })).stdout);
    expect(plain.some((record) => 'removed' in record)).toBe(false);
  });

  it('puts the explanation on standard error for the text format', async () => {
    const result = await runInProcess([seed000, '--format', 'text', '--explain', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^000_db37e839a3b2f4ed#0 lines \d+-\d+\n/);
  });

  it('says in the text explanation where each title came from', async () => {
    const result = await runInProcess(['fixtures/docs/removes-teaser-list-and-topic-links/input.txt', '--format', 'text', '--explain', '--quiet']);
    expect(result.stderr).toMatch(/^ {2}line 1 title: Britain's oldest man celebrates .*\(removed line above the article taken as its title \(it stays removed\): shares 5 content terms/m);
  });
});

describe('main: the summary line', () => {
  it('ends a run with files, articles, lines removed and throughput', async () => {
    const result = await runInProcess(['fixtures/seeds', 'missing.txt']);
    expect(result.stderr).toMatch(/\nnewsclean: 2 files, \d+ articles?, \d+ lines? removed, 1 failed in 0\.\d\d s \(\d+(\.\d+)? files\/s, [\d.]+ MB\/s\)\n$/);
  });

  it('is left out with --quiet and when standard output is a pipe', async () => {
    expect((await runInProcess(['fixtures/seeds', '--quiet'])).stderr).toBe('');
    expect((await runInProcess(['fixtures/seeds'], { stdoutIsPipe: true })).stderr).toBe('');
  });

  it('is still printed for -o when standard output is a pipe', async () => {
    const dir = temporaryDirectory();
    const result = await runInProcess([path.join(seedsDir, SEED_000), '-o', dir], { stdoutIsPipe: true });
    expect(result.stderr).toMatch(/^newsclean: 1 file, /);
  });
});

describe('main: colour on standard error', () => {
  const ESC = '\u001b[';
  const cases: Array<{ name: string; env: NodeJS.ProcessEnv; tty: boolean; flags: string[]; coloured: boolean }> = [
    { name: 'off when not a terminal', env: {}, tty: false, flags: [], coloured: false },
    { name: 'on for a terminal', env: {}, tty: true, flags: [], coloured: true },
    { name: 'off for a terminal with NO_COLOR', env: { NO_COLOR: '1' }, tty: true, flags: [], coloured: false },
    { name: 'off for a terminal with --no-color', env: {}, tty: true, flags: ['--no-color'], coloured: false },
    { name: 'on without a terminal with FORCE_COLOR', env: { FORCE_COLOR: '1' }, tty: false, flags: [], coloured: true },
    { name: 'off with FORCE_COLOR and --no-color', env: { FORCE_COLOR: '1' }, tty: false, flags: ['--no-color'], coloured: false },
    { name: 'off with FORCE_COLOR=0', env: { FORCE_COLOR: '0' }, tty: true, flags: [], coloured: false },
  ];
  for (const { name, env, tty, flags, coloured } of cases) {
    it(name, async () => {
      const result = await runInProcess(['missing.txt', seed000, ...flags], { env, stderrIsTTY: tty });
      expect(result.stderr.includes(ESC)).toBe(coloured);
      expect(result.stdout.includes(ESC)).toBe(false);
    });
  }
});

describe('main: standard output closing early', () => {
  it('stops quietly when the reader has gone (EPIPE)', async () => {
    let writes = 0;
    const closedPipe = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const result = await runInProcess(['fixtures/seeds', seed000], { stdout: closedPipe });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(writes).toBe(1);
  });

  it('reports any other write error on standard output and exits 1', async () => {
    const fullDisk = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      },
    });
    const result = await runInProcess([seed000, '--quiet'], { stdout: fullDisk });
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'newsclean: standard output: no space left on device\n' });
  });
});
