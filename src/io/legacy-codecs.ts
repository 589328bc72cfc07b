import { createRequire } from 'node:module';

/**
 * iconv-lite and chardet, loaded on first use: only inputs that are not clean UTF-8 (legacy code
 * pages, mojibake) need them, and loading both at start-up costs a one-file run about 15 ms. Node's
 * module cache holds them once loaded, so these are lookups, not state.
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
