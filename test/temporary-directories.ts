import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A fresh temporary directory for one test, removed when its test file ends (test/setup.ts). */
export function temporaryDirectory(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'newsclean-test-'));
  made.push(directory);
  return directory;
}

/** Removes every directory {@link temporaryDirectory} made in this test file. */
export function removeTemporaryDirectories(): void {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
}
