import { Command } from 'commander';
import type { SubcommandFactory } from './subcommand.js';

/** Placeholder: `newsclean review` is built in its own issue. */
export const reviewCommand: SubcommandFactory = (ctx, setExitCode) =>
  new Command('review').description('not built yet').action(() => {
    ctx.stderr.write('newsclean review: not built yet\n');
    setExitCode(2);
  });
