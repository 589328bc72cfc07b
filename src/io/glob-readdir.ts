import type { Dirent } from 'node:fs';
import { opendir } from 'node:fs/promises';
import type { Options } from 'fast-glob';

/** Directory entries read per call: 2,048 × 16 bytes of libuv's entry buffer, and a small copy of each name. */
const ENTRIES_PER_READ = 2048;

type Readdir = NonNullable<NonNullable<Options['fs']>['readdir']>;
type Callback<T> = (error: NodeJS.ErrnoException | null, entries: T[]) => void;

/**
 * `fs.readdir` for fast-glob's `fs` option, read in batches through `fs.opendir`. Node's readdir
 * uses scandir(3), whose array of entries is one allocation doubled as it fills (1 MB for a folder
 * of 72,000 files): freeing it raises glibc's mmap threshold for the rest of the run (see
 * `uint32-blocks.ts`), so a corpus in large folders made every thread keep more freed memory. The
 * same entries, in the folder's own order where readdir sorts them by name: the search sorts its
 * matches anyway.
 */
export const readdirInBatches = ((directory: string, options: unknown, callback?: Callback<Dirent | string>): void => {
  // fast-glob asks `(directory, { withFileTypes: true }, callback)`; the names-only form is its fallback.
  const withTypes = typeof options !== 'function';
  const done = (withTypes ? callback : options) as Callback<Dirent | string>;
  readAll(directory).then(
    (entries) => done(null, withTypes ? entries : entries.map((entry) => entry.name)),
    (error: NodeJS.ErrnoException) => done(error, []),
  );
}) as Readdir;

async function readAll(directory: string): Promise<Dirent[]> {
  const entries: Dirent[] = [];
  // The iterator closes the folder when it ends or fails.
  for await (const entry of await opendir(directory, { bufferSize: ENTRIES_PER_READ })) entries.push(entry);
  return entries;
}
