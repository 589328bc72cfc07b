import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `npm run build`, second step: bundles the compiled CLI (dist/cli/main.js) and the pool's worker
 * (dist/io/pool/worker.js) into dist/bundle/, which bin/newsclean.js runs. A cleaning run then loads
 * a handful of files instead of ~130 modules and ~40 package files, which is most of its start-up
 * (DEVELOPERS.md, "Start-up"). Code splitting keeps what only some runs need (the subcommands, the
 * cleaning run itself behind `--version` and `--help`) in chunks loaded on demand, as the `import()`
 * calls in dist/ do. dist/ itself stays as tsc wrote it: the library entry and the tests use it.
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
 * Chunks of earlier builds are removed once this old: a run started before a rebuild may still
 * import them (their names carry a content hash, the entries do not).
 */
const STALE_AFTER_MS = 10 * 60_000;

async function main(): Promise<void> {
  const result = await build({
    entryPoints: [path.join(repoRoot, 'dist/cli/main.js'), path.join(repoRoot, 'dist/io/pool/worker.js')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    external: EXTERNAL,
    // Bundled CommonJS packages (commander, natural, chardet) call `require` for Node's built-ins.
    banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'warning',
  });
  const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(repoRoot, file)));
  await removeStale(written);
}

async function removeStale(written: ReadonlySet<string>): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(outdir)) {
    const file = path.join(outdir, name);
    if (written.has(file)) continue;
    const info = await stat(file).catch(() => null);
    if (info !== null && now - info.mtimeMs > STALE_AFTER_MS) await rm(file, { force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bundle: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
