import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedModel } from '../../src/classifier/model.js';
import { devSplitOf } from '../../src/eval/split.js';
import { loadTrainingDocument, scoreCleaning, trainIds } from '../../src/training/classifier-data.js';

const STORY = [
  'The city council voted on Tuesday to close the old bridge to lorries from January, after engineers found cracks in two of its piers.',
  'Repairs are expected to take eighteen months and cost about four million pounds, the council said in a statement.',
  'Residents on both banks have asked for a ferry while the work goes on, and the council said it would look at the idea.',
];

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A folder shaped like the aeb set, holding the given ids, each with the story as gold and a menu above it on the page. */
function aebFolder(ids: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'newsclean-aeb-'));
  folders.push(root);
  for (const folder of ['gold', 'container', 'page']) mkdirSync(path.join(root, folder));
  for (const id of ids) {
    writeFileSync(path.join(root, 'gold', `${id}.txt`), `${STORY.join('\n\n')}\n`);
    writeFileSync(path.join(root, 'container', `${id}.txt`), `${STORY.join('\n')}\n`);
    writeFileSync(path.join(root, 'page', `${id}.txt`), `Home\nNews\nSport\nWeather\n${STORY.join('\n')}\n`);
  }
  return root;
}

/** Made-up ids, as many as it takes to hold both splits. */
const ids = Array.from({ length: 12 }, (_, i) => `doc${i.toString().padStart(2, '0')}`);

describe('the classifier training data', () => {
  it('lists the train split only, sorted, so a held-out document is never read', () => {
    const listed = trainIds(aebFolder(ids));
    expect(listed).toEqual(ids.filter((id) => devSplitOf(id) === 'train'));
    expect(ids.some((id) => devSplitOf(id) === 'held-out')).toBe(true);
  });

  it('labels the menu junk and the story content, and scores a cleaning against the gold words', () => {
    const id = ids.find((i) => devSplitOf(i) === 'train')!;
    const document = loadTrainingDocument(aebFolder([id]), id, 'page');
    // One label per paragraph the rules left: the menu's lines (those no rule took) are junk, the story's three lines content.
    expect(document.labels).toHaveLength(document.vectors.local.length);
    expect(document.labels.length).toBeGreaterThan(STORY.length);
    expect(document.labels.slice(-STORY.length)).toEqual([0, 0, 0]);
    expect(document.labels.slice(0, -STORY.length).every((label) => label === 1)).toBe(true);
    const score = scoreCleaning(document, shippedModel(), shippedModel().threshold);
    expect(score.recall).toBe(1);
    expect(score.kept).toEqual(STORY);
  });
});
