import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../src/corpus/hash.js';
import { InputList } from '../../src/io/input-list.js';
import type { InputFile } from '../../src/io/inputs.js';
import { DirectorySink } from '../../src/io/sinks.js';
import { temporaryDirectory } from '../cli/helpers.js';

const input = (source: string, relative: string): InputFile => ({ source, path: path.join('/corpus', source), relative });
const placed = (file: InputFile, position = 0): { file: InputFile; position: number } => ({ file, position });

/** A listing of `matches` inside the folder `/corpus`, given on the command line as `corpus`. */
const listing = (matches: string[]): InputList =>
  InputList.of([{ kind: 'directory', source: 'corpus', path: '/corpus', matches }], '/corpus');

describe('DirectorySink', () => {
  it('refuses a second input that would overwrite an output, naming the first, and still writes the others', async () => {
    const directory = path.join(temporaryDirectory(), 'out');
    const sink = new DirectorySink(directory, 'json');
    expect(await sink.write(placed(input('news/a.txt', 'news/a.txt')), [])).toBeNull();
    expect(await sink.write(placed(input('news/a.md', 'news/a.md')), [])).toBe(
      `would overwrite ${path.join(directory, 'news/a.json')}, already written for news/a.txt`,
    );
    expect(await sink.write(placed(input('news/b.md', 'news/b.md')), [])).toBeNull();
    expect(readdirSync(path.join(directory, 'news')).sort()).toEqual(['a.json', 'b.json']);
  });

  it('given the listing, refuses the same overwrites, and tells apart outputs whose paths share a hash', async () => {
    expect(fnv1a32('k261234.json')).toBe(fnv1a32('k32728.json'));
    const files = listing(['k261234.txt', 'k32728.md', 'k32728.txt']);
    const directory = path.join(temporaryDirectory(), 'out');
    const sink = new DirectorySink(directory, 'json', files);
    const results = [];
    for (let position = 0; position < files.length; position++) results.push(await sink.write(placed(files.at(position), position), []));
    expect(results).toEqual([null, null, `would overwrite ${path.join(directory, 'k32728.json')}, already written for ${path.join('corpus', 'k32728.md')}`]);
    expect(readdirSync(directory).sort()).toEqual(['k261234.json', 'k32728.json']);
  });
});
