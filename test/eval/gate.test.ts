import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSeedsDataset } from '../../src/eval/datasets/seeds.js';
import { checkFloors, type Floors } from '../../src/eval/floors.js';
import { evaluateDataset } from '../../src/eval/run.js';
import { newscleanSystem } from '../../src/eval/systems.js';
import { resolveOptions } from '../../src/options.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const floors = JSON.parse(readFileSync(path.join(repoRoot, 'fixtures/eval/floors.json'), 'utf8')) as Record<string, Floors>;

const sets = [
  { name: 'seeds', folder: path.join(repoRoot, 'fixtures/seeds') },
  { name: 'fixtures', folder: path.join(repoRoot, 'fixtures/eval/annotated') },
];

describe('quality gate (fixtures/eval/floors.json)', () => {
  for (const set of sets) {
    it(`${set.name} stays at or above its floors`, async () => {
      const dataset = await readSeedsDataset(set.folder);
      const run = evaluateDataset(dataset, 'all', [newscleanSystem(resolveOptions())], 0);
      expect(run.summaries).toHaveLength(1);
      const pinned = floors[set.name];
      expect(pinned, `floors.json has no entry for ${set.name}`).toBeDefined();
      expect(checkFloors(run.summaries[0]!, pinned!)).toEqual([]);
    });
  }
});
