import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options.js';
import { processDocument } from '../../src/pipeline/process.js';
import { DocumentPool } from '../../src/io/pool/document-pool.js';
import { POOL_AFTER_DOCUMENTS } from '../../src/io/pool/runner.js';
import { ensureBuilt, listFiles, repoRoot, runCli, SEED_000, SEED_004, seedsDir, temporaryDirectory } from '../cli/helpers.js';
import { buildCorpus, readTree } from './corpus.js';

/** The compiled runner: only the build has the worker script that the pool starts. */
async function builtRunner(): Promise<typeof import('../../src/io/pool/runner.js')> {
  return (await import(pathToFileURL(path.join(repoRoot, 'dist/io/pool/runner.js')).href)) as typeof import('../../src/io/pool/runner.js');
}

describe('--jobs N', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('writes byte-identical output for --jobs 1 and --jobs 2, on standard output and under -o', () => {
    const corpus = buildCorpus(10);
    for (const format of ['jsonl', 'text']) {
      const one = runCli([corpus, '--jobs', '1', '--format', format, '-q']);
      const two = runCli([corpus, '--jobs', '2', '--format', format, '-q']);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
    }
    const outOne = path.join(temporaryDirectory(), 'one');
    const outTwo = path.join(temporaryDirectory(), 'two');
    expect(runCli([corpus, '-o', outOne, '--jobs', '1']).code).toBe(0);
    expect(runCli([corpus, '-o', outTwo, '--jobs', '2']).code).toBe(0);
    expect(listFiles(outOne)).toHaveLength(12);
    expect(readTree(outTwo, listFiles(outTwo))).toEqual(readTree(outOne, listFiles(outOne)));
  }, 60_000);

  it('starts worker threads only after the first documents, with results equal to in-process ones', async () => {
    const { DocumentRunner } = await builtRunner();
    const options = resolveOptions({ explain: true });
    const texts = [SEED_000, SEED_004].map((seed) => readFileSync(path.join(seedsDir, seed), 'utf8'));
    const runner = new DocumentRunner(2, options);
    try {
      const sources = Array.from({ length: POOL_AFTER_DOCUMENTS + 3 }, (_, index) => ({ source: `s${index}`, idBase: `d${index}` }));
      const early = sources.slice(0, POOL_AFTER_DOCUMENTS);
      for (const [index, source] of early.entries()) await runner.run(texts[index % 2] as string, source);
      expect(await runner.pooled()).toBe(false);
      const late = sources.slice(POOL_AFTER_DOCUMENTS);
      const results = await Promise.all(late.map((source, index) => runner.run(texts[index % 2] as string, source)));
      expect(await runner.pooled()).toBe(true);
      late.forEach((source, index) => {
        const { records, counters } = processDocument(texts[index % 2] as string, source, options);
        expect(results[index]).toEqual({ records, counters });
      });
    } finally {
      await runner.close();
    }
  }, 60_000);

  it('fails the documents instead of hanging or respawning for ever when no worker can start', async () => {
    const script = path.join(temporaryDirectory(), 'broken-worker.mjs');
    writeFileSync(script, "throw new Error('broken build');\n");
    const pool = new DocumentPool(2, pathToFileURL(script), resolveOptions({}));
    try {
      const runs = [1, 2, 3].map((index) => pool.run('Some text.', { source: `s${index}`, idBase: `d${index}` }));
      const outcomes = await Promise.allSettled(runs);
      expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'resolved'))).toEqual(
        Array(3).fill('Error: broken build'),
      );
    } finally {
      await pool.close();
    }
  });

  it('fails only the document a worker died on; the ones sent ahead to it go to its replacement', async () => {
    const script = path.join(temporaryDirectory(), 'crashing-worker.mjs');
    writeFileSync(
      script,
      [
        "import { parentPort } from 'node:worker_threads';",
        'parentPort.on(\'message\', (request) => {',
        "  if (request.text === 'crash') throw new Error('engine crashed');",
        '  parentPort.postMessage({ id: request.id, outcome: { records: [], counters: { articles: request.text.length } } });',
        '});',
        '',
      ].join('\n'),
    );
    const pool = new DocumentPool(1, pathToFileURL(script), resolveOptions({}), null, 4);
    try {
      const texts = ['a', 'crash', 'bb', 'ccc'];
      const outcomes = await Promise.allSettled(texts.map((text, index) => pool.run(text, { source: `s${index}`, idBase: `d${index}` })));
      expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : outcome.value.counters['articles']))).toEqual([
        1,
        'Error: engine crashed',
        2,
        3,
      ]);
    } finally {
      await pool.close();
    }
  });

  it('rejects a job count that is not a whole number of 1 or more', () => {
    for (const value of ['0', 'two', '1.5']) {
      const result = runCli([path.join(seedsDir, SEED_000), '--jobs', value]);
      expect(result.code, value).toBe(2);
      expect(result.stderr).toMatch(/expected a whole number of 1 or more/);
    }
  });
});
