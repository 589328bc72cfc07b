import { describe, expect, it } from 'vitest';
import { LearningPass } from '../../src/corpus/learn-pass.js';
import { defaultOptions } from '../../src/options.js';
import { proseArticle } from './synthetic.js';

/** A raw page as the CLI reads it: furniture lines, then a story, blank lines between paragraphs. */
function page(seed: number, furniture: readonly string[]): string {
  return [...furniture, ...proseArticle(seed)].join('\n\n');
}

describe('LearningPass', () => {
  it('learns from a corpus in one folder: the group threshold is capped at the groups seen', () => {
    const pass = new LearningPass(defaultOptions.corpus, 'folders');
    for (let i = 0; i < 5; i++) pass.observeText(page(i, ['Most Read', 'Newsletters']), '.');
    const profile = pass.profile();
    expect(profile.parameters).toEqual({ minDocuments: 5, minGroups: 1, groupLabel: 'folders' });
    expect(profile.lines.map((line) => line.example)).toEqual(['Most Read', 'Newsletters']);
  });

  it('keeps the configured group threshold once enough groups are seen', () => {
    const pass = new LearningPass(defaultOptions.corpus, 'folders');
    // "Most Read" in 6 documents of one folder; "Newsletters" in 6 documents across 3 folders.
    for (let i = 0; i < 6; i++) pass.observeText(page(i, ['Most Read', 'Newsletters']), 'a');
    for (let i = 6; i < 12; i++) pass.observeText(page(i, ['Newsletters']), i < 9 ? 'b' : 'c');
    const profile = pass.profile();
    expect(profile.parameters.minGroups).toBe(3);
    expect(profile.lines.map((line) => line.example)).toEqual(['Newsletters']);
  });

  it('counts a repeated article once, whatever furniture its copies carry', () => {
    const pass = new LearningPass(defaultOptions.corpus, 'folders');
    const counted = Array.from({ length: 6 }, (_, i) => pass.observeText(page(0, [`Partner box`]), `site${i}`));
    expect(counted).toEqual([true, false, false, false, false, false]);
    expect(pass.profile()).toMatchObject({ documents: 1, duplicatesSkipped: 5, lines: [] });
  });

  it('counts paragraphs as the pipeline normalises them (one per line in one-paragraph-per-line files)', () => {
    const pass = new LearningPass(defaultOptions.corpus, 'folders');
    for (let i = 0; i < 5; i++) pass.observeText([' Home ', ...proseArticle(i)].join('\n'), '.');
    expect(pass.profile().lines.map((line) => line.example)).toEqual(['Home']);
  });
});
