import { processContext, type CliContext } from './context.js';
import { packageVersion } from './version.js';

/**
 * Runs the CLI with `argv` (the arguments after the program name) and returns its exit code:
 * 0 every input processed, 1 some inputs failed (the others written), 2 usage error or no input
 * matched. Never calls `process.exit`, so tests run it in-process with a captured {@link CliContext}.
 */
export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  // The CLI may run millions of times from scripts: `--version` answers before anything is loaded.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    ctx.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const { runProgram } = await import('./program.js');
  return runProgram(argv, ctx);
}
