import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEED_000, SEED_004, seedsDir, temporaryDirectory } from '../cli/helpers.js';

/**
 * A small corpus for scale tests: the two seeds plus `generated` files in nested folders, each a
 * deterministic mix of the seeds' paragraphs (so every file is real news text, and files differ).
 * Returns the corpus folder.
 */
export function buildCorpus(generated = 10): string {
  const root = path.join(temporaryDirectory(), 'corpus');
  mkdirSync(path.join(root, 'seeds'), { recursive: true });
  copyFileSync(path.join(seedsDir, SEED_000), path.join(root, 'seeds', SEED_000));
  copyFileSync(path.join(seedsDir, SEED_004), path.join(root, 'seeds', SEED_004));
  const paragraphs = [SEED_000, SEED_004]
    .flatMap((seed) => readFileSync(path.join(seedsDir, seed), 'utf8').split(/\n\s*\n/))
    .filter((paragraph) => paragraph.trim() !== '');
  for (let file = 0; file < generated; file++) {
    const picked = paragraphs.filter((_, index) => (index * 7 + file) % 5 < 2);
    const folder = path.join(root, `part-${file % 3}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `doc-${String(file).padStart(2, '0')}.txt`), `${picked.join('\n\n')}\n`);
  }
  return root;
}

/** Every file under `directory` with its content, keyed by `/`-separated relative path. */
export function readTree(directory: string, files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, readFileSync(path.join(directory, file), 'utf8')]));
}
