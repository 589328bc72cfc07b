import { EventEmitter } from 'node:events';
import { readdirSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { repoRoot } from './shared-data.js';
import { temporaryDirectory } from '../cli/helpers.js';

describe('a signal during a run', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal}: finishes the file in hand, writes no partial file, exits ${code}`, async () => {
      const out = temporaryDirectory();
      const signals = new EventEmitter();
      const stderr = new PassThrough();
      const lines: string[] = [];
      // Inputs run in sorted order and the first (binary-control.txt) fails: its error line on
      // standard error is the moment the signal arrives, deterministically, between two inputs.
      stderr.on('data', (chunk: Buffer) => {
        if (lines.length === 0) signals.emit(signal);
        lines.push(chunk.toString());
      });
      const exitCode = await main(['fixtures/bad', '-o', out, '--quiet'], {
        stdin: Readable.from([]),
        stdout: new PassThrough(),
        stderr,
        env: {},
        cwd: repoRoot,
        stdoutIsTTY: false,
        stderrIsTTY: false,
        signals,
      });
      expect(exitCode).toBe(code);
      expect(readdirSync(out)).toEqual([]);
      expect(lines.join('')).toBe(
        `newsclean: fixtures/bad/binary-control.txt: binary file (10% control bytes in the first 1020 bytes), not text\nnewsclean: stopped by ${signal}; every output written is complete\n`,
      );
    });
  }
});
