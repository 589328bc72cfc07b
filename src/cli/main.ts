import { processContext, type CliContext } from './context.js';

/**
 * Runs the CLI with `argv` (the arguments after the program name) and returns its exit code:
 * 0 every input processed, 1 some inputs failed (the others written), 2 usage error or no input
 * matched. Never calls `process.exit`, so tests run it in-process with a captured {@link CliContext}.
 * (`newsclean --version` from the shell is answered by bin/newsclean.js before this is loaded.)
 */
export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  const { runProgram } = await import('./program.js');
  return runProgram(argv, ctx);
}
