import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `content` to `target` atomically: the data goes to a temporary file in the same folder
 * (same file system, so the rename is atomic), which then replaces the target. A reader or an
 * interrupted run sees the old file or the new one, never a truncated one. Missing folders are
 * created. On failure the temporary file is removed and the error is rethrown.
 */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const directory = path.dirname(target);
  await mkdir(directory, { recursive: true });
  const temporary = path.join(directory, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
