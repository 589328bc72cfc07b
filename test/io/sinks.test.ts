import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/io/inputs.js';
import { DirectorySink } from '../../src/io/sinks.js';
import type { DocumentResult } from '../../src/types.js';
import { temporaryDirectory } from '../cli/helpers.js';

const emptyResult = { records: [], messages: [], counters: {}, lineCount: 0 } as unknown as DocumentResult;
const input = (source: string, relative: string): InputFile => ({ source, path: path.join('/corpus', source), relative });

describe('DirectorySink', () => {
  it('refuses a second input that would overwrite an output, naming the first, and still writes the others', async () => {
    const directory = path.join(temporaryDirectory(), 'out');
    const sink = new DirectorySink(directory, 'json');
    expect(await sink.write(input('news/a.txt', 'news/a.txt'), emptyResult)).toBeNull();
    expect(await sink.write(input('news/a.md', 'news/a.md'), emptyResult)).toBe(
      `would overwrite ${path.join(directory, 'news/a.json')}, already written for news/a.txt`,
    );
    expect(await sink.write(input('news/b.md', 'news/b.md'), emptyResult)).toBeNull();
    expect(readdirSync(path.join(directory, 'news')).sort()).toEqual(['a.json', 'b.json']);
  });

});
