import { readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/**
 * What bin/newsclean.js needs before the CLI runs: V8 flags, and the bundled CLI compiled from V8's
 * code cache (DEVELOPERS.md, "Start-up"). Kept apart from the CLI so the launcher loads this small
 * module and the bundle, nothing else; `npm run build` writes the cache with the same flags
 * (`write-code-cache.ts`), since V8 rejects a cache made under other flags.
 */

/** The part of the CLI module the launcher calls. */
export interface CliModule {
  main(argv: string[]): Promise<number>;
}

/**
 * V8 flags for a run, each left out when the user gives it (NODE_OPTIONS or node's own arguments):
 * - `--heap-growing-percent=50`: V8 lets a heap grow by up to 4× between full collections; newsclean
 *   allocates a few MB per document and keeps almost none of it, so most of that growth is garbage
 *   waiting. Growth of 1.5× took a two-thread run over 60 MB from 278 to 206 MB peak RSS for 3 %
 *   more CPU.
 * - `--no-regexp-tier-up`: V8 first compiles a regular expression to bytecode and, from its second
 *   use, again to machine code. The rule catalogue and the segmenter use some 150 expressions, most
 *   with Unicode classes that are costly to compile, nearly all run more than once on the first
 *   document: compiling each once, straight to machine code, saved ~45 ms of a ~245 ms run over one
 *   small file. Long runs use compiled code anyway.
 */
export function applyRunFlags(userFlags: string): void {
  if (!userFlags.includes('heap-growing-percent')) setFlagsFromString('--heap-growing-percent=50');
  if (!userFlags.includes('regexp-tier-up')) setFlagsFromString('--no-regexp-tier-up');
}

/** The flags the user gave node, as {@link applyRunFlags} reads them. */
export function userNodeFlags(): string {
  return `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
}

/**
 * The code cache that belongs to this build of the bundle. V8 checks a cache against its own version,
 * its flags and the source's length only, so the name carries the bundle's size and modification
 * time: a rebuilt bundle never meets the cache of another.
 */
export function codeCacheFile(bundle: string, stats: Pick<Stats, 'size' | 'mtimeMs'>): string {
  return `${bundle}.${stats.size}-${Math.floor(stats.mtimeMs)}.cache`;
}

/** A CommonJS bundle compiled and run as Node's loader would, with its code cache when there is a valid one. */
export interface LoadedBundle {
  cli: CliModule;
  script: Script;
  /** Whether a cache was found and V8 refused it (another Node version or other flags); null when none was found. */
  cacheRejected: boolean | null;
}

// Node's CommonJS wrapper: the bundle uses `require` for Node's built-ins and the packages left out of it.
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_TAIL = '\n})';

export function loadBundle(file: string, stats: Pick<Stats, 'size' | 'mtimeMs'> = statSync(file)): LoadedBundle {
  const bundle = path.resolve(file);
  const source = readFileSync(bundle, 'utf8');
  const cachedData = readIfPresent(codeCacheFile(bundle, stats));
  const script = new Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: bundle, ...(cachedData === null ? {} : { cachedData }) });
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as CliModule };
  factory.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { cli: module.exports, script, cacheRejected: cachedData === null ? null : script.cachedDataRejected === true };
}

/**
 * Writes the code cache of a bundle loaded by {@link loadBundle}: after a run, so that the functions
 * the run compiled are in it, not only the top level.
 */
export function writeCodeCache(bundle: string, loaded: LoadedBundle): string {
  const file = codeCacheFile(bundle, statSync(bundle));
  writeFileSync(file, loaded.script.createCachedData());
  return file;
}

function readIfPresent(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}
