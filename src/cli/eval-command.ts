import { Command } from 'commander';
import type { SubcommandFactory } from './subcommand.js';

/** Placeholder: `newsclean eval` is built in its own issue. */
export const evalCommand: SubcommandFactory = (ctx, setExitCode) =>
  new Command('eval').description('not built yet').action(() => {
    ctx.stderr.write('newsclean eval: not built yet\n');
    setExitCode(2);
  });
