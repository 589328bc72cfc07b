import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/eval-command.js';
import type { CliContext } from '../../src/cli/context.js';
import { catalogue } from '../../src/rules/index.js';
import { runInProcess } from '../cli/helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function runEval(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: '', stderr: '' };
  stdout.on('data', (c: Buffer) => (chunks.stdout += c.toString()));
  stderr.on('data', (c: Buffer) => (chunks.stderr += c.toString()));
  const ctx: CliContext = { stdin: new PassThrough(), stdout, stderr, env: {}, cwd: repoRoot, stdoutIsTTY: false, stderrIsTTY: false };
  let code = -1;
  await evalCommand(ctx, (c) => (code = c)).exitOverride().parseAsync(args, { from: 'user' });
  return { code, ...chunks };
}

describe('newsclean eval (in-process)', () => {
  it('scores a pairs dataset as JSON with the baselines', async () => {
    const { code, stdout, stderr } = await runEval(['fixtures/eval/pairs', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const run = JSON.parse(stdout) as { layout: string; summaries: Array<{ group: string; system: string }> };
    expect(run.layout).toBe('pairs');
    expect(run.summaries.map((s) => `${s.group}/${s.system}`)).toEqual(['page/newsclean', 'page/keep-everything', 'page/one-article-per-file']);
  });

  it('builds and scores a synthetic set from a folder of articles', async () => {
    const { code, stdout } = await runEval(['--synth', 'fixtures/eval/pairs/page', '--seed', '3', '--count', '4', '--no-baselines']);
    expect(code).toBe(0);
    expect(stdout).toContain('layout synth');
    expect(stdout).toContain('Segmentation over gold paragraphs');
  });

  it('scores each article of a folder alone with --singles: one gold article per document', async () => {
    const { code, stdout } = await runEval(['--synth', 'fixtures/eval/pairs/page', '--singles', '--json', '--no-baselines']);
    expect(code).toBe(0);
    const run = JSON.parse(stdout) as { summaries: Array<{ group: string; documents: number; segmentation: { falseSplitRate: number } }> };
    expect(run.summaries[0]!.group).toBe('singles');
    expect(run.summaries[0]!.segmentation.falseSplitRate).toBe(0);
    expect((await runEval(['fixtures/eval/pairs', '--singles'])).stderr).toContain('--singles goes with --synth DIR');
  });

  it('scores files of whole pages written one after another with --glue-pages', async () => {
    const { code, stdout } = await runEval(['fixtures/eval/pairs', '--glue-pages', '--count', '3', '--json', '--no-baselines']);
    expect(code).toBe(0);
    const run = JSON.parse(stdout) as { summaries: Array<{ group: string; documents: number }> };
    expect(run.summaries.map((s) => [s.group, s.documents])).toEqual([['glued page', 3]]);
    expect((await runEval(['--synth', 'fixtures/eval/pairs/page', '--glue-pages'])).stderr).toContain('--glue-pages goes with a pairs dataset');
  });

  it('refuses the options of a built set when no set is built, rather than ignore them', async () => {
    const pool = await runEval(['fixtures/eval/pairs', '--same-topic-pool', '1000']);
    expect(pool.code).toBe(2);
    expect(pool.stderr).toContain('--same-topic-pool goes with --synth DIR');
    expect((await runEval(['--synth', 'fixtures/eval/pairs/page', '--singles', '--same-topic-pool', '4'])).stderr).toContain('--same-topic-pool goes with --synth DIR');
    expect((await runEval(['fixtures/eval/pairs', '--seed', '3'])).stderr).toContain('--seed and --count go with --synth DIR or --glue-pages');
    expect((await runEval(['fixtures/eval/pairs', '--glue-pages', '--seed', '3', '--count', '2', '--no-baselines'])).code).toBe(0);
  });

  it('takes the pool of same-topic joins from --same-topic-pool, at least 1', async () => {
    expect((await runEval(['--synth', 'fixtures/eval/pairs/page', '--same-topic-pool', '1000', '--count', '4', '--no-baselines'])).code).toBe(0);
    await expect(runEval(['--synth', 'fixtures/eval/pairs/page', '--same-topic-pool', '0'])).rejects.toThrow(/at least|≥ 1/);
  });

  it('says clearly when the shared data is absent', async () => {
    const { code, stderr } = await runEval(['../shared-absent-for-test/shared/datasets/aeb']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not found\. The development data lives in .*shared.*absent here/);
  });

  it('scores with --rules overrides, and says why a rules file is unusable', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'newsclean-eval-rules-'));
    try {
      const disableAll = path.join(folder, 'disable-all.json');
      await writeFile(disableAll, JSON.stringify({ disable: catalogue.map((rule) => rule.id) }));
      const precision = async (args: string[]): Promise<number> => {
        const { code, stdout } = await runEval(['fixtures/eval/pairs', '--json', '--no-baselines', '--no-split', ...args]);
        expect(code).toBe(0);
        return (JSON.parse(stdout) as { summaries: Array<{ tokens: { macroPrecision: number } }> }).summaries[0]!.tokens.macroPrecision;
      };
      // Without its rules the cleaner keeps boilerplate it removed before: the overrides reached the pipeline.
      expect(await precision(['--rules', disableAll])).toBeLessThan(await precision([]));
      const broken = path.join(folder, 'broken.json');
      await writeFile(broken, '{ "disable": ');
      const bad = await runEval(['fixtures/eval/pairs', '--rules', broken]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`--rules ${broken}:`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is a usage error without a dataset or with a bad split', async () => {
    expect((await runEval([])).code).toBe(2);
    const bad = await runEval(['fixtures/eval/pairs', '--split', 'dev']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--split must be train, held-out or all');
  });

  it('passes the decoder options through to the pipeline', async () => {
    const args = ['fixtures/eval/annotated', '--json', '--no-baselines', '--split-threshold', '0.01'];
    const segmentation = async (extra: string[]): Promise<unknown> => {
      const run = JSON.parse((await runEval([...args, ...extra])).stdout) as { summaries: Array<{ segmentation: unknown }> };
      return run.summaries[0]!.segmentation;
    };
    // A lexical cost this heavy makes extra articles cheaper than one long vocabulary: more splits.
    expect(await segmentation(['--lexical-weight', '50'])).not.toEqual(await segmentation(['--lexical-weight', '0']));
    await expect(runEval([...args, '--lexical-weight', '-1'])).rejects.toThrow(/expected a number ≥ 0/);
  });
});

describe('newsclean eval through the main program', () => {
  // The main program defines --no-split too; commander hands it the flag when it follows `eval`.
  it('turns segmentation off with --no-split', async () => {
    const boundaryRecall = async (extra: string[]): Promise<number> => {
      const result = await runInProcess(['eval', 'fixtures/eval/annotated', '--json', '--no-baselines', ...extra]);
      const run = JSON.parse(result.stdout) as { summaries: Array<{ segmentation: { exact: { recall: number } } }> };
      return run.summaries[0]!.segmentation.exact.recall;
    };
    expect(await boundaryRecall([])).toBeGreaterThan(0);
    expect(await boundaryRecall(['--no-split'])).toBe(0);
  });

  it('keeps --split <part> when --no-split is given too, in either order', async () => {
    const scored = async (extra: string[]): Promise<{ split: string; recall: number }> => {
      const result = await runInProcess(['eval', 'fixtures/eval/annotated', '--json', '--no-baselines', ...extra]);
      const run = JSON.parse(result.stdout) as { split: string; summaries: Array<{ segmentation: { exact: { recall: number } } }> };
      return { split: run.split, recall: run.summaries[0]!.segmentation.exact.recall };
    };
    for (const order of [['--split', 'train', '--no-split'], ['--no-split', '--split', 'train']]) {
      expect(await scored(order)).toEqual({ split: 'train', recall: 0 });
    }
  });
});
