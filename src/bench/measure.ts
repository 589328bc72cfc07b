import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** One timed child process. */
export interface ProcessRun {
  /** Wall time from spawn to exit, milliseconds. */
  elapsedMs: number;
  exitCode: number | null;
  /** Peak resident set size in bytes (Linux VmHWM, polled), or null where /proc is unavailable. */
  peakRssBytes: number | null;
  stdout: string;
  stderr: string;
}

const POLL_MS = 50;

/** Runs a command, discarding or capturing its output, and samples its peak memory while it runs. */
export function runProcess(command: string, args: readonly string[], captureStdout: boolean): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const sample = (): void => {
      if (child.pid === undefined) return;
      readPeakRss(child.pid).then(
        (value) => {
          if (value !== null) peak = Math.max(peak ?? 0, value);
        },
        () => undefined,
      );
    };
    const timer = setInterval(sample, POLL_MS);
    sample();
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ elapsedMs: performance.now() - started, exitCode, peakRssBytes: peak, stdout, stderr });
    });
  });
}

/** VmHWM ("high water mark") of a live process, in bytes. */
async function readPeakRss(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return match === null ? null : Number(match[1]) * 1024;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
