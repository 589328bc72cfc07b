import type { Palette } from './colour.js';
import type { ProgressBar } from './progress.js';

/**
 * Every line the CLI writes to standard error goes through here, so a progress bar is erased
 * before a message and messages keep one shape: `newsclean: <path>: <reason>`.
 */
export class Diagnostics {
  constructor(
    private readonly stream: NodeJS.WritableStream,
    readonly palette: Palette,
    private readonly progress: ProgressBar | null,
  ) {}

  /** One input failed; the batch goes on. */
  inputFailed(source: string, reason: string): void {
    this.write(`newsclean: ${this.palette.error(`${source}: ${reason}`)}\n`);
  }

  /** Something the user should know that is not a failure, e.g. a folder with no matching file. */
  warning(source: string, reason: string): void {
    this.write(`newsclean: ${this.palette.warning(`${source}: ${reason}`)}\n`);
  }

  /** Reports progress: `done` inputs finished out of the total, `current` being processed. */
  progressed(done: number, current: string): void {
    this.progress?.update(done, current);
  }

  /** Writes a finished block of text (summary, explanation listing). */
  write(text: string): void {
    this.progress?.clear();
    this.stream.write(text);
  }

  /** Erases the progress bar at the end of the run. */
  finish(): void {
    this.progress?.clear();
  }
}
