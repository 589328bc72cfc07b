import { spawnSync } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

/**
 * `npm run build`, second step: bundles the compiled CLI (dist/cli/main.js) into one CommonJS file,
 * dist/bundle/cli.cjs, which bin/newsclean.js compiles with V8's code cache (written here, by
 * `src/cli/write-code-cache.ts`, after a run over the seed files), and the pool's worker
 * (dist/io/pool/worker.js) into dist/bundle/worker.js. A cleaning run then reads two files instead
 * of ~130 modules and ~40 package files, and compiles almost nothing (DEVELOPERS.md, "Start-up").
 * One file, not chunks: code splitting exists only for ES modules, and V8's code cache only for
 * scripts; the subcommands in it are compiled from the cache, not run. dist/ itself stays as tsc
 * wrote it: the library entry and the tests use it.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = path.join(repoRoot, 'dist/bundle');

/**
 * Left to Node's own loader: data that the bundler would inline as large JavaScript object literals
 * (slower to parse than JSON, and read at start-up whether used or not: iconv-lite's code-page
 * tables, stopwords-iso's 200 kB of lists, which natural also requires) and fast-glob, loaded only
 * for directory and pattern inputs.
 */
const EXTERNAL = ['iconv-lite', 'stopwords-iso', 'fast-glob'];

/**
 * Files of earlier builds are removed once this old: a run started before a rebuild may still read
 * them. Earlier code caches go at once: each belongs to a bundle that no longer exists, and a run
 * that misses one only compiles afresh.
 */
const STALE_AFTER_MS = 10 * 60_000;

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  metafile: true,
  logLevel: 'warning',
};

async function main(): Promise<void> {
  const cli = await build({
    ...COMMON,
    entryPoints: [path.join(repoRoot, 'dist/cli/main.js')],
    outfile: path.join(outdir, 'cli.cjs'),
    format: 'cjs',
    // The CLI's modules find their neighbours (the pool's worker.js) from import.meta.url: in the
    // bundle that is the bundle's own address.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  const worker = await build({
    ...COMMON,
    entryPoints: [path.join(repoRoot, 'dist/io/pool/worker.js')],
    outfile: path.join(outdir, 'worker.js'),
    format: 'esm',
    // Bundled CommonJS packages (natural, chardet) call `require` for Node's built-ins.
    banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);" },
  });
  const written = new Set([...Object.keys(cli.metafile!.outputs), ...Object.keys(worker.metafile!.outputs)].map((file) => path.resolve(repoRoot, file)));
  written.add(writeCodeCache());
  await removeStale(written);
}

/**
 * Runs `src/cli/write-code-cache.ts` in a fresh process (the cache must be made under the launcher's
 * flags alone) and returns the file it wrote.
 */
function writeCodeCache(): string {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli/write-code-cache.js')], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const reported = /^code cache: (.+)$/m.exec(result.stderr);
  if (result.status !== 0 || reported === null) throw new Error(`writing the code cache failed: ${result.stderr.trim()}`);
  return reported[1]!;
}

async function removeStale(written: ReadonlySet<string>): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(outdir)) {
    const file = path.join(outdir, name);
    if (written.has(file)) continue;
    const info = await stat(file).catch(() => null);
    if (info !== null && (name.endsWith('.cache') || now - info.mtimeMs > STALE_AFTER_MS)) await rm(file, { force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bundle: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
