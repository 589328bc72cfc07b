import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU, pageText } from './corpus-fixture.js';
import { runInProcess, temporaryDirectory } from './helpers.js';

/**
 * A `pairs` dataset of `pages` pages carrying the fixture's furniture (`page/`), with gold that is the
 * page without its furniture; `claimed` adds a furniture line to one document's gold, as if it were
 * content, so removing it costs a gold line.
 */
function pairsDataset(pages: number, claimed?: { document: string; text: string }): string {
  const root = temporaryDirectory();
  for (const folder of ['gold', 'page']) mkdirSync(path.join(root, folder));
  for (let i = 0; i < pages; i++) {
    const id = `doc-${String(i).padStart(2, '0')}`;
    const raw = pageText(i);
    writeFileSync(path.join(root, 'page', `${id}.txt`), raw);
    const story = raw.split('\n\n').slice(MENU.length).join('\n');
    writeFileSync(path.join(root, 'gold', `${id}.txt`), claimed?.document === id ? `${claimed.text}\n${story}` : story);
  }
  return root;
}

type Removal = { document: string; line: number; text: string; gold: boolean };

async function learnedRemovals(root: string): Promise<Removal[]> {
  const result = await runInProcess(['eval', path.join(root, 'page'), '--learn-boilerplate', '--no-split', '--json']);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { learned: { removals: Removal[] } }).learned.removals;
}

describe('newsclean eval --learn-boilerplate', () => {
  it('scores a variant folder before and after learning, and counts the gold lines learned removal took', async () => {
    const root = pairsDataset(8);
    const result = await runInProcess(['eval', path.join(root, 'page'), '--learn-boilerplate', '--no-split', '--no-baselines']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^page +newsclean +8 /m);
    expect(result.stdout).toMatch(/^page +without-learned +8 /m);
    expect(result.stdout).toMatch(
      /page: 3 lines learned from 8 documents \(0 copies not counted\); \d+ paragraphs removed, of them gold lines the rules had kept: 0; macro token F1 (0\.\d{4}) → (0\.\d{4})\n/,
    );
    const [, before, after] = /macro token F1 (0\.\d{4}) → (0\.\d{4})/.exec(result.stdout)!;
    expect(Number(after)).toBeGreaterThan(Number(before));
  });

  it('names each gold line that a learned line removed', async () => {
    // Which furniture the classifier leaves to the profile moves with its weights: take one it left.
    const [first] = await learnedRemovals(pairsDataset(8));
    expect(first).toBeDefined();
    const removals = await learnedRemovals(pairsDataset(8, first));
    expect(removals.filter((removal) => removal.gold)).toEqual([{ ...first, gold: true }]);
  });
});
