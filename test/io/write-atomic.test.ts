import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { listFiles, temporaryDirectory } from '../cli/helpers.js';

describe('writeFileAtomic', () => {
  it('creates folders, replaces an existing file and leaves no temporary file', async () => {
    const dir = temporaryDirectory();
    const target = path.join(dir, 'deep/er/out.json');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(listFiles(dir)).toEqual(['deep/er/out.json']);
  });

  it('keeps the old file and removes its temporary file when the rename fails', async () => {
    const dir = temporaryDirectory();
    mkdirSync(path.join(dir, 'taken.json'));
    writeFileSync(path.join(dir, 'taken.json', 'inside'), 'old');
    await expect(writeFileAtomic(path.join(dir, 'taken.json'), 'new')).rejects.toThrow();
    expect(listFiles(dir)).toEqual(['taken.json/inside']);
  });
});
