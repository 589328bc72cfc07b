/**
 * SIGINT and SIGTERM during a cleaning run: the run stops between inputs, so the file in hand is
 * either finished (its output written atomically) or never started, and no partial file is left.
 * The exit code is the shell's for a death by that signal: 128 + 2 = 130, 128 + 15 = 143.
 */

export type StopSignal = 'SIGINT' | 'SIGTERM';

const EXIT_CODES: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/** Where signals come from: `process` in the CLI, any emitter in tests. */
export interface SignalSource {
  on(event: StopSignal, listener: () => void): unknown;
  off(event: StopSignal, listener: () => void): unknown;
}

/** Watches for a stop signal until disposed; `received` is the first one seen, or null. */
export class InterruptWatch {
  private first: StopSignal | null = null;
  private readonly listeners: Array<[StopSignal, () => void]>;

  constructor(private readonly source: SignalSource) {
    this.listeners = (Object.keys(EXIT_CODES) as StopSignal[]).map((signal) => [signal, () => (this.first ??= signal)]);
    for (const [signal, listener] of this.listeners) source.on(signal, listener);
  }

  get received(): StopSignal | null {
    return this.first;
  }

  /** The exit code for the signal received (130 or 143), or null when none came. */
  get exitCode(): number | null {
    return this.first === null ? null : EXIT_CODES[this.first];
  }

  /** Stops listening, so the default behaviour (or another handler) applies again. */
  dispose(): void {
    for (const [signal, listener] of this.listeners) this.source.off(signal, listener);
  }
}
