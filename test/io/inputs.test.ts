import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { idBaseOf, InputError, listInputs, MAX_INPUT_BYTES, readDecodedInput, readInput, type InputFile } from '../../src/io/inputs.js';
import { outputPathFor } from '../../src/io/output-path.js';
import { temporaryDirectory } from '../cli/helpers.js';

let root: string;

beforeAll(() => {
  root = temporaryDirectory();
  const files = ['news/b.txt', 'news/a.txt', 'news/sub/a.txt', 'news/notes.md', 'news/.git/x.txt', 'news/node_modules/y.txt', 'blogs/a.txt', 'empty/.keep'];
  for (const file of files) {
    mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(root, file), `${file}\n`);
  }
});

const relatives = (files: InputFile[]): string[] => files.map((file) => file.relative);

describe('listInputs', () => {
  it('lists a directory of more files than a call may take arguments (150,000)', async () => {
    const big = path.join(temporaryDirectory(), 'big');
    mkdirSync(big);
    const count = 150_000;
    for (let i = 0; i < count; i++) writeFileSync(path.join(big, `${String(i).padStart(6, '0')}.txt`), '');
    const listing = await listInputs([big], { cwd: root });
    expect(listing.problems).toEqual([]);
    expect(listing.files).toHaveLength(count);
    expect(listing.files[count - 1]!.relative).toBe('149999.txt');
  }, 120_000);

  it('searches a directory recursively in sorted order, skipping hidden folders and node_modules', async () => {
    const listing = await listInputs(['news'], { cwd: root });
    expect(listing.problems).toEqual([]);
    expect(listing.files).toEqual([
      { source: 'news/a.txt', path: path.join(root, 'news/a.txt'), relative: 'a.txt' },
      { source: 'news/b.txt', path: path.join(root, 'news/b.txt'), relative: 'b.txt' },
      { source: 'news/sub/a.txt', path: path.join(root, 'news/sub/a.txt'), relative: 'sub/a.txt' },
    ]);
  });

  it('keeps argument order and makes paths relative to the common root, so equal names stay distinct', async () => {
    const listing = await listInputs(['news/sub/a.txt', 'blogs', 'news/a.txt'], { cwd: root });
    expect(relatives(listing.files)).toEqual(['news/sub/a.txt', 'blogs/a.txt', 'news/a.txt']);
    const targets = listing.files.map((file) => outputPathFor(file, '/out', 'json'));
    expect(new Set(targets).size).toBe(3);
  });

  it('takes other files with --glob and expands glob patterns', async () => {
    expect(relatives((await listInputs(['news'], { cwd: root, glob: '*.md' })).files)).toEqual(['notes.md']);
    const pattern = await listInputs(['news/**/a.txt'], { cwd: root });
    expect(pattern.files.map((file) => file.source)).toEqual(['news/a.txt', 'news/sub/a.txt']);
    expect(relatives(pattern.files)).toEqual(['a.txt', 'sub/a.txt']);
  });

  it('names each input once, whichever way it is named', async () => {
    const listing = await listInputs(['news/a.txt', 'news', './news/a.txt', '-', '-'], { cwd: root });
    expect(listing.files.map((file) => file.source)).toEqual(['news/a.txt', 'news/b.txt', 'news/sub/a.txt', '-']);
  });

  it('lists a file once when one pattern matches it twice', async () => {
    const listing = await listInputs(['news/{*,a}.txt', 'news/{a,b}.txt'], { cwd: root });
    expect(listing.files.map((file) => file.source)).toEqual(['news/a.txt', 'news/b.txt']);
  });

  it('reports missing paths as failures and empty directories and patterns as empty', async () => {
    const listing = await listInputs(['missing.txt', 'empty', 'nothing/*.txt'], { cwd: root });
    expect(listing.files).toEqual([]);
    expect(listing.problems).toEqual([
      { source: 'missing.txt', reason: 'no such file or directory', kind: 'failed' },
      { source: 'empty', reason: 'no files match **/*.txt', kind: 'empty' },
      { source: 'nothing/*.txt', reason: 'no files match this pattern', kind: 'empty' },
    ]);
  });

  it('gives standard input the id base "stdin"', async () => {
    const [stdin] = (await listInputs(['-'], { cwd: root })).files;
    expect(stdin).toEqual({ source: '-', path: null, relative: 'stdin' });
    expect(idBaseOf(stdin!)).toBe('stdin');
    expect(outputPathFor(stdin!, '/out', 'text')).toBe(path.join('/out', 'stdin.txt'));
  });
});

describe('readInput', () => {
  it('reads a file and standard input', async () => {
    const [file] = (await listInputs(['news/a.txt'], { cwd: root })).files;
    expect(await readInput(file!, Readable.from([]))).toBe('news/a.txt\n');
    const stdin = { source: '-', path: null, relative: 'stdin' };
    expect(await readInput(stdin, Readable.from([Buffer.from('\uFEFFfrom '), Buffer.from('a pipe')]))).toBe('from a pipe');
  });

  it('names the reason a path cannot be read', async () => {
    const directory = { source: 'news', path: path.join(root, 'news'), relative: 'news' };
    await expect(readInput(directory, Readable.from([]))).rejects.toMatchObject({ source: 'news', message: 'is a directory, not a file' });
  });
});

describe('readDecodedInput: an input too large to be one string', () => {
  it('fails that input alone with a reason, instead of ending the batch with V8\'s string-length error', async () => {
    const file = path.join(root, 'news/a.txt');
    const input = { source: 'news/a.txt', path: file, relative: 'a.txt' };
    await expect(readDecodedInput(input, Readable.from([]), 5)).rejects.toThrow(
      new InputError('news/a.txt', 'too large to clean as one text (11 bytes; at most 5 bytes): split it first'),
    );
    await expect(readDecodedInput(input, Readable.from([]), 11)).resolves.toMatchObject({ text: 'news/a.txt\n' });
  });

  it('the default limit is the longest string V8 holds (2^29 - 24 characters on 64-bit Node)', () => {
    expect(MAX_INPUT_BYTES).toBe(2 ** 29 - 24);
  });
});
