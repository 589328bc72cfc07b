/**
 * A real SIGINT or SIGTERM sent to the built CLI while it writes under `-o` with worker threads
 * (issue 7): it exits 130 or 143 with its one line, leaves only complete outputs and no temporary
 * file, and the same command with `--resume` then finishes the rest. The signal is sent when the
 * tenth output appears (an event, not a delay), well before the last of 60 inputs is done.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { childEnv, ensureBuilt, runCli, SEED_000, seedsDir, temporaryDirectory } from '../cli/helpers.js';
import { repoRoot } from './shared-data.js';

const INPUTS = 60;
const SIGNAL_AFTER_OUTPUTS = 10;

interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the CLI and sends `signal` once `SIGNAL_AFTER_OUTPUTS` outputs exist in `out`. */
function runAndSignal(args: string[], out: string, signal: NodeJS.Signals): Promise<Stopped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/newsclean.js'), ...args], { env: childEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const watch = setInterval(() => {
      let written: string[] = [];
      try {
        written = readdirSync(out).filter((name) => name.endsWith('.json'));
      } catch {
        return;
      }
      if (written.length >= SIGNAL_AFTER_OUTPUTS) {
        clearInterval(watch);
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('close', (code, killedBy) => {
      clearInterval(watch);
      resolve({ code, signal: killedBy, stderr });
    });
  });
}

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('%s sent to `newsclean DIR -o OUT --jobs 2`', (signal, exitCode) => {
  const work = temporaryDirectory();
  const inputs = path.join(work, 'inputs');
  const out = path.join(work, 'out');
  let stopped: Stopped;
  let outputsAtStop: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(inputs);
    for (let i = 0; i < INPUTS; i++) copyFileSync(path.join(seedsDir, SEED_000), path.join(inputs, `${String(i).padStart(3, '0')}.txt`));
    stopped = await runAndSignal([inputs, '-o', out, '--jobs', '2', '--quiet'], out, signal);
    outputsAtStop = readdirSync(out).sort();
  }, 120_000);

  it(`exits ${exitCode} with one line saying so`, () => {
    expect(stopped.signal).toBeNull();
    expect(stopped.code).toBe(exitCode);
    expect(stopped.stderr).toBe(`newsclean: stopped by ${signal}; every output written is complete\n`);
  });

  it('stopped early, leaving only complete outputs and no temporary file', () => {
    expect(outputsAtStop.length).toBeGreaterThanOrEqual(SIGNAL_AFTER_OUTPUTS);
    expect(outputsAtStop.length).toBeLessThan(INPUTS);
    expect(outputsAtStop.filter((name) => !/^\d{3}\.json$/.test(name))).toEqual([]);
    for (const name of outputsAtStop) expect(JSON.parse(readFileSync(path.join(out, name), 'utf8'))).toHaveLength(1);
  });

  it('--resume then writes the rest and skips what was done', () => {
    const resumed = runCli([inputs, '-o', out, '--jobs', '2', '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`newsclean: ${outputsAtStop.length} inputs skipped by --resume`);
    expect(readdirSync(out).sort()).toEqual(Array.from({ length: INPUTS }, (_, i) => `${String(i).padStart(3, '0')}.json`));
  }, 60_000);
});
