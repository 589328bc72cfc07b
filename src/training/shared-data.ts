import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The training scripts read the development data beside the repository (`../shared/datasets`),
 * which a clone does not hold. Without it they stop with one line saying what is missing and where
 * it was looked for, not with a stack trace from deep inside a file read.
 */

/** The aeb development set's folder, checked to hold its gold articles; throws a readable error otherwise. */
export function requireAebDataset(aebDir: string): string {
  if (!existsSync(path.join(aebDir, 'gold'))) {
    throw new Error(`the aeb development set was not found at ${aebDir} (its gold/ folder is missing): training needs ../shared/datasets/aeb beside the repository`);
  }
  return aebDir;
}

/** Runs a training script's main function; an error ends it with its message on stderr and exit code 1. */
export async function runTrainingScript(name: string, main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
