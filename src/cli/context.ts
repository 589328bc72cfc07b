import { fstatSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { SignalSource } from './interrupt.js';

/**
 * Everything the CLI touches of the outside world, passed in so that `main` runs in-process in
 * tests with captured streams and a chosen environment.
 */
export interface CliContext {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /**
   * Whether standard output is a pipe or socket to another program (`newsclean … | head`, a parent
   * process reading it). The summary line is then left out so the pipeline's standard error stays
   * quiet. Default false.
   */
  stdoutIsPipe?: boolean;
  /** Monotonic clock in milliseconds, for the summary's throughput and the progress bar. Default `performance.now`. */
  now?: () => number;
  /**
   * SIGINT / SIGTERM to stop a cleaning run between inputs (exit 130 / 143, docs/hardening.md);
   * `process` in the CLI. Absent: signals keep their default behaviour.
   */
  signals?: SignalSource;
}

export function processContext(): CliContext {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsPipe: isPipe(1),
    now: () => performance.now(),
    signals: process,
  };
}

function isPipe(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isFIFO() || stats.isSocket();
  } catch {
    // A closed descriptor is not a pipe the user is watching; treat it as no pipe.
    return false;
  }
}
