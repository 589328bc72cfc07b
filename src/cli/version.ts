import { createRequire } from 'node:module';

/**
 * The package version, read from package.json at run time (`src/cli` and `dist/cli` are both two
 * levels below it), so `newsclean --version` needs no build step to stay true and loads nothing else.
 */
export function packageVersion(): string {
  const manifest: unknown = createRequire(import.meta.url)('../../package.json');
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
    return manifest.version;
  }
  return 'unknown';
}
