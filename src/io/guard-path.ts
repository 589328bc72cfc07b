import path from 'node:path';

/**
 * Keeps every output under `-o DIR`. Relative paths and ids come from the inputs (file names, and ids
 * or names carried by JSON Lines input), so a hostile or careless name such as `../../etc/passwd`,
 * `/tmp/x` or `C:\x` must never choose where newsclean writes.
 */

/** Thrown when a name would place output outside the output folder; `message` is the reason. */
export class UnsafePathError extends Error {
  override readonly name = 'UnsafePathError';
}

/**
 * Characters never allowed in one path segment: C0 controls and DEL, and those Windows forbids
 * (`\ : * ? " < > |`), so an output tree copies to any file system.
 */
const UNSAFE_SEGMENT_CHARACTERS = /[\u0000-\u001f\u007f\\:*?"<>|]/g;

/** Longest segment kept, in UTF-16 code units: under the 255-byte name limit of common file systems even in UTF-8. */
const MAX_SEGMENT_LENGTH = 80;

/**
 * Why `relative` (a `/`-separated path) cannot name a file inside the output folder, or null when it
 * can. Refused: empty paths, absolute paths (`/x`, `\\x`, `C:x`), `..` segments, empty or `.`
 * segments, and NUL bytes.
 */
export function unsafePathReason(relative: string): string | null {
  if (relative === '') return 'empty output path';
  if (relative.includes('\u0000')) return 'output path holds a NUL byte';
  if (relative.startsWith('/') || relative.startsWith('\\') || /^[A-Za-z]:/.test(relative) || path.isAbsolute(relative)) {
    return `absolute output path ${JSON.stringify(relative)} refused`;
  }
  const segments = relative.split(/[\\/]/);
  if (segments.includes('..')) return `output path ${JSON.stringify(relative)} leaves the output folder (".." refused)`;
  if (segments.some((segment) => segment === '' || segment === '.')) return `output path ${JSON.stringify(relative)} has an empty segment`;
  return null;
}

/**
 * Resolves `relative` (`/`-separated) inside `directory`, or throws {@link UnsafePathError}. The
 * lexical check of {@link unsafePathReason} is confirmed on the resolved path, so no spelling slips through.
 */
export function resolveInside(directory: string, relative: string): string {
  const reason = unsafePathReason(relative);
  if (reason !== null) throw new UnsafePathError(reason);
  const root = path.resolve(directory);
  const target = path.resolve(root, ...relative.split('/'));
  const back = path.relative(root, target);
  if (back === '' || back === '..' || back.startsWith(`..${path.sep}`) || path.isAbsolute(back)) {
    throw new UnsafePathError(`output path ${JSON.stringify(relative)} leaves the output folder`);
  }
  return target;
}

/**
 * Turns an id or name from the input (e.g. a JSON Lines record's `id`) into a safe relative path:
 * separators `/` kept, other unsafe characters and leading dots of each segment become `_`, `..` and
 * empty segments are dropped, each segment is cut to {@link MAX_SEGMENT_LENGTH}. Returns `fallback`
 * when nothing usable remains. Always satisfies {@link unsafePathReason}.
 */
export function sanitiseName(name: string, fallback: string): string {
  const segments = name
    .split(/[\\/]/)
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => segment.replace(UNSAFE_SEGMENT_CHARACTERS, '_').replace(/^\.+/, '_').slice(0, MAX_SEGMENT_LENGTH))
    .filter((segment) => segment.trim() !== '');
  return segments.length === 0 ? fallback : segments.join('/');
}
