import { mkdirSync, readdirSync, writeFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirInBatches } from '../../src/io/glob-readdir.js';
import { temporaryDirectory } from '../cli/helpers.js';

const read = (directory: string, withTypes: boolean): Promise<Array<Dirent | string>> =>
  new Promise((resolve, reject) => {
    const callback = (error: NodeJS.ErrnoException | null, entries: Array<Dirent | string>): void => (error === null ? resolve(entries) : reject(error));
    const readdir = readdirInBatches as unknown as (directory: string, ...rest: unknown[]) => void;
    if (withTypes) readdir(directory, { withFileTypes: true }, callback);
    else readdir(directory, callback);
  });

const described = (entry: Dirent): string => `${entry.name}:${entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other'}`;

describe('readdirInBatches', () => {
  it('gives the entries fs.readdir gives (in folder order, not sorted), across several batches', async () => {
    const directory = temporaryDirectory();
    for (let index = 0; index < 4500; index++) writeFileSync(path.join(directory, `${index}.txt`), '');
    mkdirSync(path.join(directory, 'sub'));
    const expected = readdirSync(directory, { withFileTypes: true });
    expect(((await read(directory, true)) as Dirent[]).map(described).sort()).toEqual(expected.map(described).sort());
    expect(((await read(directory, false)) as string[]).sort()).toEqual(expected.map((entry) => entry.name).sort());
  });

  it('passes on the error of a folder that cannot be read', async () => {
    await expect(read(path.join(temporaryDirectory(), 'missing'), true)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
