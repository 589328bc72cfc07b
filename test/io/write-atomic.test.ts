import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endsTheRun, OutputFolderError, writeFileAtomic, type AtomicWriteFs } from '../../src/io/write-atomic.js';
import { describeFsError } from '../../src/io/inputs.js';
import { listFiles, temporaryDirectory } from '../cli/helpers.js';

function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** The real file system, except that writing stops with `code` after `writtenBytes` bytes reached the disk. */
function diskFullAfter(writtenBytes: number, code = 'ENOSPC'): AtomicWriteFs {
  return {
    mkdir,
    rename,
    rm,
    access,
    writeFile: async (file, content, options) => {
      await writeFile(file, content.slice(0, writtenBytes), options);
      throw fsError(code);
    },
  };
}

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

describe('writeFileAtomic when the disk fills part-way through the content', () => {
  it('rethrows ENOSPC, removes the partial temporary file and leaves the old output whole', async () => {
    const dir = temporaryDirectory();
    const target = path.join(dir, 'out.json');
    writeFileSync(target, 'old, complete');
    const failure = writeFileAtomic(target, 'x'.repeat(10_000), { fs: diskFullAfter(4096) });
    await expect(failure).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(listFiles(dir)).toEqual(['out.json']);
    expect(readFileSync(target, 'utf8')).toBe('old, complete');
  });

  it('leaves no file at all for a new output', async () => {
    const dir = temporaryDirectory();
    await expect(writeFileAtomic(path.join(dir, 'new/out.json'), 'x'.repeat(10_000), { fs: diskFullAfter(100) })).rejects.toThrow();
    expect(listFiles(dir)).toEqual([]);
  });

  it('reports the write failure, not a failure to remove the temporary file', async () => {
    const dir = temporaryDirectory();
    const fs = { ...diskFullAfter(0, 'EIO'), rm: async (): Promise<void> => Promise.reject(fsError('EIO2')) };
    await expect(writeFileAtomic(path.join(dir, 'out.json'), 'text', { fs })).rejects.toMatchObject({ code: 'EIO' });
  });
});

describe('writeFileAtomic where the path cannot be a folder', () => {
  it('an output folder under a regular file fails with ENOTDIR and writes nothing, even as root', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'report.txt'), 'a file');
    const error: unknown = await writeFileAtomic(path.join(dir, 'report.txt/out/a.json'), 'text').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENOTDIR' });
    expect(endsTheRun(error)).toBe(false);
    expect(listFiles(dir)).toEqual(['report.txt']);
  });

  it('a regular file where a sub-folder should be is ENOTDIR too (Node\'s mkdir says EEXIST), and writes nothing', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'news'), 'a file');
    const error: unknown = await writeFileAtomic(path.join(dir, 'news/a.json'), 'text', { root: dir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENOTDIR' });
    expect(endsTheRun(error)).toBe(false);
    expect(listFiles(dir)).toEqual(['news']);
  });

  it('the same failure on the output folder itself (`root`) is an OutputFolderError that ends the run', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'report.txt'), 'a file');
    const root = path.join(dir, 'report.txt/out');
    const error: unknown = await writeFileAtomic(path.join(root, 'a.json'), 'text', { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFolderError);
    expect(endsTheRun(error)).toBe(true);
    expect(describeFsError(error)).toBe('not a directory (a file was used as a folder in the path)');
  });
});

describe('writeFileAtomic when permission is denied (root is never denied, so the file system is injected)', () => {
  const denied = (folderWritable: boolean): AtomicWriteFs => ({
    mkdir,
    rename,
    rm,
    writeFile: async () => Promise.reject(fsError('EACCES')),
    access: async () => (folderWritable ? undefined : Promise.reject(fsError('EACCES'))),
  });

  it('on the output folder itself: an OutputFolderError that ends the run', async () => {
    const root = temporaryDirectory();
    const error: unknown = await writeFileAtomic(path.join(root, 'a.json'), 'text', { root, fs: denied(false) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputFolderError);
    expect(endsTheRun(error)).toBe(true);
    expect(describeFsError(error)).toBe('permission denied');
  });

  it('on a sub-folder only (the output folder is writable): fails this input only', async () => {
    const root = temporaryDirectory();
    const error: unknown = await writeFileAtomic(path.join(root, 'news/a.json'), 'text', { root, fs: denied(true) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EACCES' });
    expect(endsTheRun(error)).toBe(false);
  });
});

describe('endsTheRun: which write failures stop the run', () => {
  const table = [
    { code: 'ENOSPC', stops: true, reason: 'no space left on device' },
    { code: 'EDQUOT', stops: true, reason: 'disk quota exceeded' },
    { code: 'EROFS', stops: true, reason: 'read-only file system' },
    { code: 'EIO', stops: true, reason: 'input/output error' },
    { code: 'ENOTDIR', stops: false, reason: 'not a directory (a file was used as a folder in the path)' },
    { code: 'EISDIR', stops: false, reason: 'is a directory, not a file' },
    { code: 'EACCES', stops: false, reason: 'permission denied' },
    { code: 'ENAMETOOLONG', stops: false, reason: 'file name too long' },
    { code: 'EFBIG', stops: false, reason: 'file too large' },
  ];
  for (const { code, stops, reason } of table) {
    it(`${code}: ${stops ? 'stops the run' : 'fails this input only'}, reason "${reason}"`, () => {
      expect(endsTheRun(fsError(code))).toBe(stops);
      expect(describeFsError(fsError(code))).toBe(reason);
    });
  }
  it('anything that is not a file-system error fails this input only', () => {
    expect(endsTheRun(new Error('boom'))).toBe(false);
    expect(endsTheRun(null)).toBe(false);
  });
});

describe('writeFileAtomic with a run\'s folder memo (`folders`)', () => {
  /** The real file system, counting mkdir calls. */
  function countingFs(): AtomicWriteFs & { mkdirs: string[] } {
    const mkdirs: string[] = [];
    return { mkdirs, rename, rm, access, writeFile, mkdir: async (directory, options) => (mkdirs.push(directory), mkdir(directory, options)) };
  }

  it('makes each folder once per run, and every file still arrives', async () => {
    const dir = temporaryDirectory();
    const fs = countingFs();
    const folders = new Set<string>();
    for (const name of ['a/1.json', 'a/2.json', 'b/3.json', 'a/4.json']) {
      await writeFileAtomic(path.join(dir, 'out', name), name, { root: path.join(dir, 'out'), fs, folders });
    }
    expect(listFiles(dir)).toEqual(['out/a/1.json', 'out/a/2.json', 'out/a/4.json', 'out/b/3.json']);
    expect(fs.mkdirs.map((folder) => path.relative(dir, folder))).toEqual(['out', 'out/a', 'out/b']);
  });

  it('makes a remembered folder again when it was removed mid-run', async () => {
    const dir = temporaryDirectory();
    const folders = new Set<string>();
    await writeFileAtomic(path.join(dir, 'a/1.json'), 'one', { folders });
    await rm(path.join(dir, 'a'), { recursive: true, force: true } as { force: true });
    await writeFileAtomic(path.join(dir, 'a/2.json'), 'two', { folders });
    expect(listFiles(dir)).toEqual(['a/2.json']);
    expect(readFileSync(path.join(dir, 'a/2.json'), 'utf8')).toBe('two');
  });

  it('remembers no folder it could not make', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'taken'), 'a file');
    const folders = new Set<string>();
    await expect(writeFileAtomic(path.join(dir, 'taken/out.json'), 'x', { folders })).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect([...folders]).toEqual([]);
  });
});
