import { constants as bufferConstants } from 'node:buffer';
import { fstatSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeBytes, DecodeError } from './decode.js';
import type { DecodedInput } from './encoding.js';
import { readdirInBatches } from './glob-readdir.js';
import { fastGlob } from './lazy-packages.js';
import { InputListBuilder, STDIN_SOURCE, type InputGroup, type InputList } from './input-list.js';

export { STDIN_SOURCE };

/** Pattern used to find inputs inside a directory argument when `--glob` is not given. */
export const DEFAULT_GLOB = '**/*.txt';

/** Folders never searched inside directories and glob patterns (hidden folders are skipped too). */
const IGNORED = ['**/node_modules/**'];

/**
 * fast-glob settings for directories and patterns: no hidden entries, files only, and symbolic
 * links to folders not followed, so a link loop cannot make a search endless. `unique: false`:
 * fast-glob would keep every path in a Map until the search ends (about 100 bytes per file); a
 * pattern that matches one file twice (`{a,a}.txt`) is deduplicated after sorting instead. Folders
 * are read in batches ({@link readdirInBatches}).
 */
const SEARCH = { ignore: IGNORED, dot: false, onlyFiles: true, followSymbolicLinks: false, unique: false, fs: { readdir: readdirInBatches } } as const;

/** One input to process. */
export interface InputFile {
  /**
   * The input as the user named it: a file argument as given, a directory argument joined with the
   * file's path inside it, a glob match as fast-glob returns it, or `-` for standard input. Shown
   * as the record's `source` and in error lines.
   */
  source: string;
  /** Absolute path on disk; null for standard input. */
  path: string | null;
  /**
   * Path relative to the common root of the whole batch, `/`-separated, with its extension (`stdin`
   * for standard input). Distinct inputs always get distinct values, so it names the mirrored
   * output under `-o DIR` and, without extension, the record ids.
   */
  relative: string;
}

/** An argument that yielded no input. */
export interface InputProblem {
  /** The argument as given. */
  source: string;
  reason: string;
  /** `failed`: the argument is broken (missing, unreadable); `empty`: a directory or pattern matched nothing. */
  kind: 'failed' | 'empty';
}

export interface InputListing {
  /** Inputs in processing order: argument order, and sorted by path within one directory or pattern. */
  files: InputFile[];
  problems: InputProblem[];
}

/** {@link InputListing} with the inputs held compactly, for a run over any number of files. */
export interface CompactInputListing {
  files: InputList;
  problems: InputProblem[];
}

export interface ListInputsOptions {
  /** Directory that relative arguments are resolved against. */
  cwd: string;
  /** Pattern for files inside directory arguments; default {@link DEFAULT_GLOB}. */
  glob?: string;
}

/**
 * Expands command-line arguments into the list of inputs: files, directories (searched recursively
 * with `glob`, hidden folders and node_modules skipped), glob patterns and `-` for standard input.
 * The same file named twice is processed once. Never throws for a bad argument: it becomes a
 * {@link InputProblem} so the batch goes on. Each input is an object of its own: for a few inputs
 * (`newsclean review`); a cleaning run uses {@link listInputsCompactly}.
 */
export async function listInputs(args: readonly string[], options: ListInputsOptions): Promise<InputListing> {
  const { files, problems } = await listInputsCompactly(args, options);
  return { files: [...files], problems };
}

/**
 * {@link listInputs} for a run over any number of files: the inputs are packed into an
 * {@link InputList} (28 bytes per file listing 145,011 files, where objects held 341), each
 * argument's matches held as a plain array only while that argument is expanded.
 */
export async function listInputsCompactly(args: readonly string[], options: ListInputsOptions): Promise<CompactInputListing> {
  const builder = new InputListBuilder();
  const roots: string[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    const expansion = await expandArgument(arg, options);
    if ('problem' in expansion) problems.push(expansion.problem);
    else {
      builder.add(expansion.group);
      for (const root of expansion.roots) roots.push(root);
    }
  }
  return { files: builder.build(commonAncestor(roots, options.cwd)), problems };
}

/**
 * Reads and decodes one input (docs/hardening.md: UTF-8, UTF-16 with a BOM, legacy 8-bit text,
 * mojibake repaired). Throws {@link InputError} whose message is the reason to show after the path,
 * e.g. `no such file or directory` or `binary file (…)`.
 */
export async function readDecodedInput(
  file: InputFile,
  stdin: NodeJS.ReadableStream,
  maxBytes: number = MAX_INPUT_BYTES,
): Promise<DecodedInput> {
  let bytes: Uint8Array;
  try {
    bytes = file.path === null ? await readStream(stdin) : await readFile(file.path);
  } catch (error) {
    throw new InputError(file.source, describeFsError(error));
  }
  if (bytes.length > maxBytes) throw new InputError(file.source, tooLarge(bytes.length, maxBytes));
  try {
    return decodeBytes(bytes);
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(file.source, error.message);
    // Decoding can still outgrow the longest string (a legacy encoding's replacement characters).
    if (isStringTooLong(error)) throw new InputError(file.source, tooLarge(bytes.length, maxBytes));
    throw error;
  }
}

/**
 * The largest input cleaned, in bytes: the longest string V8 can hold (2^29 - 24 characters on 64-bit
 * Node). UTF-8 and 8-bit text decode to at most one character per byte, so any input up to this size
 * becomes one string; a larger one would end the whole batch with V8's `Cannot create a string longer
 * than 0x1fffffe8 characters`, so it fails alone, with a reason.
 */
export const MAX_INPUT_BYTES = bufferConstants.MAX_STRING_LENGTH;

function tooLarge(bytes: number, maxBytes: number): string {
  return `too large to clean as one text (${formatMegabytes(bytes)}; at most ${formatMegabytes(maxBytes)}): split it first`;
}

function formatMegabytes(bytes: number): string {
  return bytes >= 1e6 ? `${Math.floor(bytes / 1e6)} MB` : `${bytes} bytes`;
}

function isStringTooLong(error: unknown): boolean {
  return errorCode(error) === 'ERR_STRING_TOO_LONG' || (error instanceof RangeError && /string length|string longer/i.test(error.message));
}

/** The text of one input (see {@link readDecodedInput}). */
export async function readInput(file: InputFile, stdin: NodeJS.ReadableStream): Promise<string> {
  return (await readDecodedInput(file, stdin)).text;
}

/** The id prefix of an input's records: its relative path without extension. */
export function idBaseOf(file: InputFile): string {
  const extension = path.posix.extname(file.relative);
  return extension === '' ? file.relative : file.relative.slice(0, -extension.length);
}

/** A per-input failure; `message` is the human reason, `source` the input as given. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** One argument's inputs, and the folders their relative paths may be taken from. */
type Expansion = { group: InputGroup; roots: string[] } | { problem: InputProblem };

async function expandArgument(arg: string, options: ListInputsOptions): Promise<Expansion> {
  if (arg === STDIN_SOURCE) return { group: { kind: 'stdin' }, roots: [] };
  const absolute = path.resolve(options.cwd, arg);
  // path.resolve drops a trailing slash, but `story.txt/` names a folder and must fail as `cat` does.
  const asGiven = arg.endsWith('/') || arg.endsWith(path.sep) ? `${absolute}${path.sep}` : absolute;
  let kind: 'file' | 'directory' | 'missing';
  try {
    kind = (await stat(asGiven)).isDirectory() ? 'directory' : 'file';
  } catch (error) {
    if (!isMissing(error)) return { problem: { source: arg, reason: describeFsError(error), kind: 'failed' } };
    kind = 'missing';
  }
  if (kind === 'file') return { group: { kind: 'file', source: arg, path: absolute }, roots: [path.dirname(absolute)] };
  if (kind === 'directory') return expandDirectory(arg, absolute, options.glob ?? DEFAULT_GLOB);
  if (fastGlob().isDynamicPattern(arg)) return expandPattern(arg, options.cwd);
  return { problem: { source: arg, reason: 'no such file or directory', kind: 'failed' } };
}

async function expandDirectory(arg: string, absolute: string, glob: string): Promise<Expansion> {
  const matches = await search(glob, absolute);
  if (matches.length === 0) return { problem: { source: arg, reason: `no files match ${glob}`, kind: 'empty' } };
  return { group: { kind: 'directory', source: arg, path: absolute, matches }, roots: [absolute] };
}

async function expandPattern(pattern: string, cwd: string): Promise<Expansion> {
  const matches = await search(pattern, cwd);
  if (matches.length === 0) return { problem: { source: pattern, reason: 'no files match this pattern', kind: 'empty' } };
  // One root per folder, not per file: a pattern may match a folder of 100,000 files.
  const roots = new Set(matches.map((match) => path.dirname(path.resolve(cwd, match))));
  return { group: { kind: 'pattern', cwd, matches }, roots: [...roots] };
}

/**
 * fast-glob's matches of `pattern` under `cwd`, sorted, each once. Streamed: its array form keeps
 * an entry object and a directory entry per match until the search ends.
 */
async function search(pattern: string, cwd: string): Promise<string[]> {
  const matches: string[] = [];
  for await (const match of fastGlob().stream(pattern, { ...SEARCH, cwd })) matches.push(match as string);
  return sortPaths(matches).filter((match, index, sorted) => index === 0 || match !== sorted[index - 1]);
}


/** Code-unit order, independent of the user's locale, so every machine processes in one order. */
function sortPaths(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Deepest directory containing all of `directories` (absolute paths); `fallback` if there are none. */
function commonAncestor(directories: string[], fallback: string): string {
  const [first, ...rest] = directories;
  if (first === undefined) return fallback;
  let common = first;
  for (const directory of rest) {
    while (!isInside(directory, common)) common = path.dirname(common);
  }
  return common;
}

function isInside(candidate: string, directory: string): boolean {
  const relative = path.relative(directory, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  // `newsclean - < folder` gives a readable descriptor that ends at once without an error: ask it.
  const fd: unknown = (stream as { fd?: unknown }).fd;
  if (typeof fd === 'number' && fstatSync(fd).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function isMissing(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'not a directory (a file was used as a folder in the path)',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  ERR_FS_FILE_TOO_LARGE: 'too large to clean as one text (over 2 GiB): split it first',
};

/** One short reason for a file-system error, without Node's `ENOENT: … open '…'` noise. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && FS_REASONS[code] !== undefined) return FS_REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
