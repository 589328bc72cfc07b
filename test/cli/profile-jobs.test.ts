import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { furnitureCorpus } from './corpus-fixture.js';
import { ensureBuilt, runCli } from './helpers.js';

/**
 * The worker pool gets the profile through `workerData`; it starts after 8 documents and only from the
 * built CLI, so this runs the child process on 20 pages.
 */
describe('learned boilerplate on worker threads', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('writes byte-identical output for --jobs 1 and --jobs 3, learning or loading the profile', () => {
    const dir = furnitureCorpus(20, 2);
    const args = [dir, '--no-split', '--explain', '--learn-boilerplate', '--profile', path.join(dir, 'site.json')];
    const learned = runCli([...args, '--jobs', '1']);
    expect(learned.code).toBe(0);
    expect(learned.stdout).toContain('"rule":"learned"');
    const pooledLoading = runCli([...args, '--jobs', '3']);
    expect(pooledLoading.code).toBe(0);
    expect(pooledLoading.stdout).toBe(learned.stdout);
    const pooledLearning = runCli([dir, '--no-split', '--explain', '--learn-boilerplate', '--jobs', '3']);
    expect(pooledLearning.stdout).toBe(learned.stdout);
  }, 120_000);
});
