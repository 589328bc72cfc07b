#!/usr/bin/env node
// Thin launcher: all behaviour lives in the compiled CLI (dist/cli/main.js), which tests also run in-process.
import { main } from '../dist/cli/main.js';

// A reader that went away (`newsclean --help | head -1`, `2>&1 | head`) is not an error worth a stack
// trace; the cleaning run notices it on its own and stops.
const ignoreClosedPipe = (error) => {
  if (error.code !== 'EPIPE') throw error;
};
process.stdout.on('error', ignoreClosedPipe);
process.stderr.on('error', ignoreClosedPipe);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`newsclean: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
