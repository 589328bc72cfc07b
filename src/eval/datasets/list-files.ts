import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** All files below a folder, as sorted `/`-separated paths relative to it (hidden entries skipped). */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
