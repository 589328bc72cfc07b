import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls the writer makes, so tests can inject faults (a disk that fills mid-write). */
export interface AtomicWriteFs {
  mkdir(directory: string, options: { recursive: true }): Promise<unknown>;
  writeFile(file: string, content: string, options: { flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
  /** Rejects when `file` cannot be accessed in `mode` (`fs.constants.W_OK`). */
  access(file: string, mode: number): Promise<void>;
}

const NODE_FS: AtomicWriteFs = { mkdir, writeFile, rename, rm, access };

export interface AtomicWriteOptions {
  /**
   * The output folder `target` lies in (`-o DIR`). When this folder itself cannot be created
   * (`-o report.txt/out`: ENOTDIR) or written to (permission denied on the folder, not on a
   * sub-folder), the error is an {@link OutputFolderError}: no later write into it can succeed either.
   */
  root?: string;
  /** Defaults to `node:fs/promises`. */
  fs?: AtomicWriteFs;
  /**
   * Folders the caller's earlier writes made or found, shared across its calls (one per run, never
   * global), so a run writing thousands of files into a few folders does not ask for each folder
   * every time. A folder is only remembered once it exists; should it vanish mid-run, the write
   * notices (ENOENT), makes it again and retries once.
   */
  folders?: Set<string>;
}

/**
 * Writes `content` to `target` atomically: the data goes to a temporary file in the same folder
 * (same file system, so the rename is atomic), which then replaces the target. A reader or an
 * interrupted run sees the old file or the new one, never a truncated one. Missing folders are
 * created. On failure (a full disk part-way through the content included) the temporary file is
 * removed and the original error is rethrown; see {@link endsTheRun} for which failures no later
 * write can avoid.
 *
 * Not synced to disk (no fsync, as rsync without `--fsync`): a killed process never leaves a partial
 * file, a power cut may.
 */
export async function writeFileAtomic(target: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? NODE_FS;
  const { root, folders = new Set<string>() } = options;
  if (root !== undefined && !folders.has(root)) {
    try {
      await fs.mkdir(root, { recursive: true });
    } catch (error) {
      throw new OutputFolderError(root, error);
    }
    folders.add(root);
  }
  try {
    await writeInside(fs, target, content, folders);
  } catch (error) {
    if (root !== undefined && isPermissionError(error) && !(await writable(fs, root))) throw new OutputFolderError(root, error);
    throw error;
  }
}

/** Random bytes in a temporary file's name, so concurrent writers of one target never share one. */
const TEMPORARY_ID_BYTES = 6;
const TEMPORARY_NAME = new RegExp(`^\\.(.+)\\.[0-9a-f]{${TEMPORARY_ID_BYTES * 2}}\\.tmp$`, 's');

/**
 * The name of the file whose temporary file is named `name` (`.a.json.0f3c2a9b81d4.tmp` → `a.json`),
 * or null when `name` is not one of this writer's temporary files.
 */
export function temporaryFileTarget(name: string): string | null {
  return TEMPORARY_NAME.exec(name)?.[1] ?? null;
}

async function writeInside(fs: AtomicWriteFs, target: string, content: string, folders: Set<string>): Promise<void> {
  const directory = path.dirname(target);
  const remembered = folders.has(directory);
  if (!remembered) await makeFolder(fs, directory, folders);
  const temporary = path.join(directory, `.${path.basename(target)}.${randomBytes(TEMPORARY_ID_BYTES).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, content, { flag: 'wx' }).catch(async (error: unknown) => {
      // The remembered folder was removed since: make it again, as a write without the memo would have.
      if (!remembered || (error as { code?: unknown } | null)?.code !== 'ENOENT') throw error;
      folders.delete(directory);
      await makeFolder(fs, directory, folders);
      await fs.writeFile(temporary, content, { flag: 'wx' });
    });
    await fs.rename(temporary, target);
  } catch (error) {
    // The removal may fail too (the device went away); the caller needs the first cause.
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function makeFolder(fs: AtomicWriteFs, directory: string, folders: Set<string>): Promise<void> {
  await fs.mkdir(directory, { recursive: true }).catch((error: unknown) => {
    // Node's recursive mkdir says EEXIST when a regular file stands where a folder should be.
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${directory}'`, { cause: error }), { code: 'ENOTDIR' });
  });
  folders.add(directory);
}

function isPermissionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EACCES' || code === 'EPERM';
}

async function writable(fs: AtomicWriteFs, folder: string): Promise<boolean> {
  try {
    await fs.access(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The output folder itself cannot be created or written to; `code` is the underlying error's (`ENOTDIR`, `EACCES`…). */
export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError';
  readonly code: string | undefined;

  constructor(
    readonly folder: string,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    const code = (cause as { code?: unknown } | null)?.code;
    this.code = typeof code === 'string' ? code : undefined;
  }
}

/**
 * Error codes that are the output device's state, not the one file's: a full disk (`ENOSPC`), a full
 * quota (`EDQUOT`), a read-only file system (`EROFS`), a failing device (`EIO`). Every later write
 * would fail the same way (or, worse, a small one would slip in after a large one failed).
 */
const DEVICE_FAILURES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

/**
 * Whether a write failure should end the run rather than fail one input: the device is full,
 * read-only or failing, or the output folder cannot be created or written to. Other failures
 * (`ENOTDIR` or permission denied under the output folder, a folder where the file should go, a
 * name too long) belong to one path and the run goes on. See docs/hardening.md, "Output safety".
 */
export function endsTheRun(error: unknown): boolean {
  if (error instanceof OutputFolderError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DEVICE_FAILURES.has(code);
}
