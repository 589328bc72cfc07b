import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inShard } from '../../src/io/shard.js';
import { listFiles, runInProcess, temporaryDirectory } from '../cli/helpers.js';
import { buildCorpus, readTree } from './corpus.js';

describe('--resume', () => {
  it('finishes a run killed half way with the outputs of an uninterrupted run, skipping what was done', async () => {
    const corpus = buildCorpus();
    const whole = path.join(temporaryDirectory(), 'whole');
    expect((await runInProcess([corpus, '-o', whole])).code).toBe(0);
    const expected = listFiles(whole);

    // The "killed" run got as far as the first shard of 2; one more output was lost before its rename.
    const resumed = path.join(temporaryDirectory(), 'resumed');
    await runInProcess([corpus, '-o', resumed, '--shard', '0/2']);
    const doneBefore = listFiles(resumed);
    rmSync(path.join(resumed, doneBefore[0] as string));
    const survivors = doneBefore.slice(1);
    const writtenAt = new Map(survivors.map((file) => [file, statSync(path.join(resumed, file)).mtimeMs]));
    expect(survivors.length).toBeGreaterThan(0);
    expect(survivors.length).toBeLessThan(expected.length);

    const result = await runInProcess([corpus, '-o', resumed, '--resume']);
    expect(result.code).toBe(0);
    const skipped = survivors.length;
    expect(result.stderr).toContain(`newsclean: ${skipped} input${skipped === 1 ? '' : 's'} skipped by --resume`);
    expect(result.stderr).toContain(`newsclean: ${expected.length - skipped} files,`);
    expect(readTree(resumed, listFiles(resumed))).toEqual(readTree(whole, expected));
    // Skipped outputs were not rewritten.
    for (const [file, mtime] of writtenAt) expect(statSync(path.join(resumed, file)).mtimeMs).toBe(mtime);
  });

  it('does nothing and exits 0 when every output is already complete', async () => {
    const corpus = buildCorpus(2);
    const out = path.join(temporaryDirectory(), 'out');
    await runInProcess([corpus, '-o', out]);
    const before = readTree(out, listFiles(out));
    const result = await runInProcess([corpus, '-o', out, '--resume']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('newsclean: 4 inputs skipped by --resume');
    expect(readTree(out, listFiles(out))).toEqual(before);
  });

  it("removes a killed run's temporary files of the outputs it writes, and no other shard's", async () => {
    const corpus = buildCorpus(6);
    const out = path.join(temporaryDirectory(), 'out');
    await runInProcess([corpus, '-o', out]);
    const outputs = listFiles(out);
    // Shard membership is by input path; `part-0/doc-00.json` came from `part-0/doc-00.txt`.
    const ofShard0 = (output: string): boolean => inShard(output.replace(/\.json$/, '.txt'), { index: 0, count: 2 });
    const lost = outputs.find(ofShard0) as string;
    const otherShards = outputs.find((output) => !ofShard0(output)) as string;
    const complete = outputs.find((output) => ofShard0(output) && output !== lost) as string;
    const leftover = (output: string, hex: string): string => path.join(out, path.dirname(output), `.${path.basename(output)}.${hex}.tmp`);
    rmSync(path.join(out, lost));
    const swept = [leftover(lost, '0123456789ab'), leftover(lost, 'ba9876543210')];
    const kept = [leftover(otherShards, '0123456789ab'), leftover(complete, '0123456789ab'), path.join(out, path.dirname(lost), `.${path.basename(lost)}.tmp`)];
    for (const file of [...swept, ...kept]) writeFileSync(file, '{"partial');

    const result = await runInProcess([corpus, '-o', out, '--resume', '--shard', '0/2']);
    expect(result.code).toBe(0);
    expect(swept.filter((file) => existsSync(file))).toEqual([]);
    expect(kept.filter((file) => existsSync(file))).toEqual(kept);
    expect(existsSync(path.join(out, lost))).toBe(true);
  });

  it('needs -o', async () => {
    const result = await runInProcess(['fixtures/seeds', '--resume']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsclean: --resume needs -o DIR/);
  });
});
