import { access } from 'node:fs/promises';

/**
 * `--resume` relies on the atomic writer (src/io/write-atomic.ts): an output file appears only by a
 * rename after its content is fully written, so an output that exists IS complete, and it is the
 * per-input done marker. No separate manifest is kept: shards sharing one output folder would race
 * on it, and a kill between an output and its manifest entry would redo work anyway.
 */

/** Whether `target` (an output path) already exists, i.e. a previous run finished that input. */
export async function outputComplete(target: string): Promise<boolean> {
  try {
    await access(target);
    return true;
  } catch {
    return false;
  }
}
