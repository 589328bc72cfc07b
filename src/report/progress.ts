import type { Palette } from './colour.js';

/** A progress bar is drawn only once a run has lasted this long (ms): short runs stay silent. */
export const SHOW_AFTER_MS = 500;
/** Minimum time between redraws (ms), so drawing never costs more than the work. */
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 24;

/** A stream that may know its width, as a terminal does. */
type TerminalStream = NodeJS.WritableStream & { columns?: number };

/**
 * A one-line progress bar redrawn in place on a terminal (standard error). The caller decides
 * whether to create one (only when standard error is a terminal); it appears only when the run
 * is long. Call {@link clear} before writing any other line to the same stream.
 */
export class ProgressBar {
  private readonly startedAt: number;
  private lastDrawAt = Number.NEGATIVE_INFINITY;
  private visible = false;

  /** `now` returns milliseconds from any fixed origin. */
  constructor(
    private readonly stream: TerminalStream,
    private readonly total: number,
    private readonly now: () => number,
    private readonly palette: Palette,
  ) {
    this.startedAt = now();
  }

  /** Reports that `done` of the inputs are finished and `current` is being processed. */
  update(done: number, current: string): void {
    const time = this.now();
    if (time - this.startedAt < SHOW_AFTER_MS || time - this.lastDrawAt < REDRAW_EVERY_MS) return;
    this.lastDrawAt = time;
    this.visible = true;
    this.stream.write(`\r${this.render(done, current)}\x1b[K`);
  }

  /** Erases the bar if it is shown. */
  clear(): void {
    if (!this.visible) return;
    this.stream.write('\r\x1b[K');
    this.visible = false;
  }

  private render(done: number, current: string): string {
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((done / this.total) * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    const counts = `${done}/${this.total}`;
    // A terminal of unknown size (columns 0 or missing, as under `script`) is taken as 80 wide.
    const width = this.stream.columns !== undefined && this.stream.columns > 0 ? this.stream.columns : 80;
    const room = width - BAR_WIDTH - counts.length - 3;
    const label = room <= 1 ? '' : current.length > room ? `…${current.slice(-(room - 1))}` : current;
    return `${this.palette.success(bar)} ${counts} ${this.palette.dim(label)}`;
  }
}
