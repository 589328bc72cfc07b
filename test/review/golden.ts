import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from './gold-result.js';

/** Golden files are rewritten only when this variable is set: `UPDATE_GOLDEN=1 npx vitest run test/review`. */
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const GOLDEN_DIR = path.join(repoRoot, 'test/review/golden');

/** Compares `actual` with the golden file `name`, failing on any difference or a missing file. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/review`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
