import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardFromEnv } from '../../src/io/shard.js';
import { childEnv, ensureBuilt, listFiles, repoRoot, runInProcess, temporaryDirectory } from '../cli/helpers.js';
import { buildCorpus, readTree } from './corpus.js';

describe('--shard i/n', () => {
  it('shards 0/3, 1/3 and 2/3 together write exactly the files of one unsharded run, byte for byte', async () => {
    const corpus = buildCorpus();
    const whole = path.join(temporaryDirectory(), 'whole');
    const sharded = path.join(temporaryDirectory(), 'sharded');
    expect((await runInProcess([corpus, '-o', whole])).code).toBe(0);
    const perShard: string[][] = [];
    for (let index = 0; index < 3; index++) {
      const directory = path.join(temporaryDirectory(), `shard-${index}`);
      const result = await runInProcess([corpus, '-o', directory, '--shard', `${index}/3`]);
      expect(result.code).toBe(0);
      perShard.push(listFiles(directory).filter((file) => !file.startsWith('.')));
      // All shards write into one folder too, as n machines sharing a network folder would.
      expect((await runInProcess([corpus, '-o', sharded, '--shard', `${index}/3`])).code).toBe(0);
    }
    const expected = listFiles(whole);
    expect(expected).toHaveLength(12);
    // Disjoint and complete: every output written by exactly one shard, and no shard idle.
    expect(perShard.flat().sort()).toEqual(expected);
    for (const files of perShard) expect(files.length).toBeGreaterThan(0);
    expect(readTree(sharded, listFiles(sharded))).toEqual(readTree(whole, expected));
  });

  it('takes the shard from a Slurm array or a Kubernetes indexed job when --shard is not given', async () => {
    const corpus = buildCorpus(4);
    const fromFlag = path.join(temporaryDirectory(), 'flag');
    const fromSlurm = path.join(temporaryDirectory(), 'slurm');
    await runInProcess([corpus, '-o', fromFlag, '--shard', '1/2']);
    const slurm = { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '2' };
    expect((await runInProcess([corpus, '-o', fromSlurm], { env: slurm })).code).toBe(0);
    expect(listFiles(fromSlurm)).toEqual(listFiles(fromFlag));
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '3', NEWSCLEAN_SHARDS: '4' })).toEqual({ index: 3, count: 4 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '3' })).toBeNull();
    expect(shardFromEnv({})).toBeNull();
  });

  it('refuses malformed shards with exit 2', async () => {
    for (const value of ['3/3', '1', '-1/2', 'a/b', '0/0']) {
      const result = await runInProcess(['fixtures/seeds', '--shard', value]);
      expect(result.code, value).toBe(2);
      expect(result.stderr).toMatch(/--shard/);
    }
    const badEnv = await runInProcess(['fixtures/seeds'], { env: { SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_COUNT: '2' } });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toMatch(/shard index must be from 0 to 1/);
  });

  it('puts each path in exactly one shard, independently of the other inputs', () => {
    const paths = Array.from({ length: 200 }, (_, index) => `site-${index % 7}/page-${index}.txt`);
    const shards = [0, 1, 2, 3].map((index) => paths.filter((relative) => inShard(relative, { index, count: 4 })));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const share of shards) expect(share.length).toBeGreaterThan(20);
    expect(parseShard(' 2 / 5 ')).toEqual({ index: 2, count: 5 });
  });
});

describe('the GNU parallel recipe (README "Running at scale")', () => {
  it('concurrent shards into one folder, then the same line again with --resume, equal one unsharded run', async () => {
    ensureBuilt();
    const corpus = buildCorpus();
    const whole = path.join(temporaryDirectory(), 'whole');
    await runInProcess([corpus, '-o', whole]);
    const work = temporaryDirectory();
    const newsclean = `"${process.execPath}" "${path.join(repoRoot, 'bin/newsclean.js')}"`;
    const args = `"${corpus}" -o out/ --jobs 1 --resume`;
    // The README line when GNU parallel is installed; otherwise the same three processes started together by the shell.
    const recipe = [
      `if command -v parallel >/dev/null; then parallel -j 3 ${newsclean} ${args} --shard {}/3 ::: 0 1 2;`,
      `else for i in 0 1 2; do ${newsclean} ${args} --shard $i/3 & done; wait; fi`,
    ].join(' ');
    const run = (): string => execFileSync('sh', ['-c', `${recipe} 2>&1`], { cwd: work, env: childEnv(), encoding: 'utf8' });
    expect(run()).not.toMatch(/skipped/);
    const out = path.join(work, 'out');
    expect(readTree(out, listFiles(out))).toEqual(readTree(whole, listFiles(whole)));
    // Re-running the same line finds everything done.
    const again = run();
    expect(again.match(/\d+(?= inputs? skipped by --resume)/g)?.map(Number).reduce((a, b) => a + b, 0)).toBe(12);
    expect(readTree(out, listFiles(out))).toEqual(readTree(whole, listFiles(whole)));
  }, 120_000);
});
