#!/usr/bin/env node
// Thin launcher: all behaviour lives in the compiled CLI (dist/cli/main.js), which tests also run in-process.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 lets a heap grow by up to 4× between full collections; newsclean allocates a few MB per
// document and keeps almost none of it, so most of that growth is garbage waiting. Growth of 1.5×
// took a two-thread run over 60 MB from 278 to 206 MB peak RSS for 3 % more CPU (DEVELOPERS.md).
// A flag the user passes (NODE_OPTIONS, node's own arguments) wins.
const userFlags = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
if (!userFlags.includes('heap-growing-percent')) setFlagsFromString('--heap-growing-percent=50');
// By default V8 first compiles a regular expression to bytecode and, from its second use, compiles
// it again to machine code. The rule catalogue and the segmenter use some 150 expressions, most
// with Unicode classes (\p{L}) that are costly to compile, and nearly all of them run more than once
// on the first document: compiling each once, straight to machine code, saved ~45 ms of the ~245 ms
// a run over one small file took (DEVELOPERS.md, "Start-up"). Long runs use compiled code anyway.
if (!userFlags.includes('regexp-tier-up')) setFlagsFromString('--no-regexp-tier-up');

// A reader that went away (`newsclean --help | head -1`, `2>&1 | head`) is not an error worth a stack
// trace. Standard output's errors (a closed pipe, `> /dev/full`) are the run's to report: it notices
// them on its own, says so on stderr and exits 1.
const ignoreClosedPipe = (error) => {
  if (error.code !== 'EPIPE') throw error;
};
process.stdout.on('error', () => undefined);
process.stderr.on('error', ignoreClosedPipe);

const { main } = await import(bundleIsCurrent() ? '../dist/bundle/main.js' : '../dist/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`newsclean: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

/**
 * `npm run build` also bundles dist/ into dist/bundle/ (a few files instead of ~130 modules: a
 * cleaning run starts about a third faster, docs in DEVELOPERS.md). A plain `tsc` rebuild leaves the
 * bundle older than dist/cli/main.js; then dist/ holds the current code and is run instead.
 */
function bundleIsCurrent() {
  const bundled = statSync(new URL('../dist/bundle/main.js', import.meta.url), { throwIfNoEntry: false });
  const compiled = statSync(new URL('../dist/cli/main.js', import.meta.url), { throwIfNoEntry: false });
  return bundled !== undefined && (compiled === undefined || bundled.mtimeMs >= compiled.mtimeMs);
}
