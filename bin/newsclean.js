#!/usr/bin/env node
// Thin launcher: all behaviour lives in the compiled CLI (dist/cli/main.js), which tests also run in-process.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A reader that went away (`newsclean --help | head -1`, `2>&1 | head`) is not an error worth a stack
// trace. Standard output's errors (a closed pipe, `> /dev/full`) are the run's to report: it notices
// them on its own, says so on stderr and exits 1.
const ignoreClosedPipe = (error) => {
  if (error.code !== 'EPIPE') throw error;
};
process.stdout.on('error', () => undefined);
process.stderr.on('error', ignoreClosedPipe);

const argv = process.argv.slice(2);
// Pipelines may call `newsclean --version` millions of times: it answers before the CLI is loaded.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await loadCli();
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`newsclean: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * `npm run build` also bundles dist/ into dist/bundle/cli.cjs and writes V8's code cache for it, so a
 * run compiles almost nothing (DEVELOPERS.md, "Start-up"). A plain `tsc` rebuild leaves the bundle
 * older than dist/cli/main.js; then dist/ holds the current code and is run instead.
 */
async function loadCli() {
  const { applyRunFlags, loadBundle, userNodeFlags } = await import('../dist/cli/launch.js');
  applyRunFlags(userNodeFlags());
  const bundle = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
  const bundled = statSync(bundle, { throwIfNoEntry: false });
  const compiled = statSync(new URL('../dist/cli/main.js', import.meta.url), { throwIfNoEntry: false });
  if (bundled !== undefined && (compiled === undefined || bundled.mtimeMs >= compiled.mtimeMs)) return loadBundle(bundle, bundled).cli;
  return import('../dist/cli/main.js');
}
