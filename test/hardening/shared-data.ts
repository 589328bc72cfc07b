/**
 * The real documents the invariants are checked on: the two seeds and both aeb variants. The data
 * lives beside the repository (`../shared`); {@link loadRealDocuments} returns null when it is absent
 * so the tests skip with a message (a user's clone may not have it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedRoot = path.resolve(repoRoot, '../shared');

export interface RealDocument {
  /** `seeds/<file>`, `aeb-container/<file>` or `aeb-page/<file>`. */
  name: string;
  text: string;
}

/** Every seed and aeb (container and page) document, sorted by name; null when ../shared is absent. */
export function loadRealDocuments(): RealDocument[] | null {
  const folders: Array<[string, string]> = [
    ['seeds', path.join(sharedRoot, 'seeds')],
    ['aeb-container', path.join(sharedRoot, 'datasets/aeb/container')],
    ['aeb-page', path.join(sharedRoot, 'datasets/aeb/page')],
  ];
  if (!folders.every(([, folder]) => existsSync(folder))) return null;
  return folders.flatMap(([label, folder]) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => ({ name: `${label}/${file}`, text: readFileSync(path.join(folder, file), 'utf8') })),
  );
}
