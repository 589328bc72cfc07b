import { processContext, type CliContext } from './context.js';

/** Runs the CLI and returns its exit code. Placeholder until the CLI lands. */
export async function main(_argv: string[], ctx: CliContext = processContext()): Promise<number> {
  ctx.stderr.write('newsclean: not built yet\n');
  return 2;
}
