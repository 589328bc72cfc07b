import { createRequire } from 'node:module';

/**
 * Packages loaded on first use, so that runs that do not need them do not pay for them: iconv-lite
 * and chardet only for inputs that are not clean UTF-8 (legacy code pages, mojibake; loading both at
 * start-up cost a one-file run about 15 ms), fast-glob only for directory and pattern inputs. With
 * `require`, as the bundled CLI is a script, which cannot `import()` (src/cli/launch.ts). Node's
 * module cache holds each once loaded, so these are lookups, not state.
 */
const load = createRequire(import.meta.url);

/** iconv-lite, loaded on first call. */
export function iconvLite(): typeof import('iconv-lite') {
  return load('iconv-lite') as typeof import('iconv-lite');
}

/** chardet, loaded on first call. */
export function chardetDetector(): typeof import('chardet') {
  return load('chardet') as typeof import('chardet');
}

/** fast-glob, loaded on first call. */
export function fastGlob(): typeof import('fast-glob') {
  return load('fast-glob') as typeof import('fast-glob');
}
