import { describe, expect, it } from 'vitest';
import { BoilerplateLearner } from '../../src/corpus/boilerplate-learner.js';
import { defaultOptions, type CorpusOptions } from '../../src/options.js';
import { proseArticle } from './synthetic.js';

const options: CorpusOptions = { ...defaultOptions.corpus, learnedMinDocuments: 3, learnedMinGroups: 2, sketchWidth: 1 << 12 };

function learnedExamples(learner: BoilerplateLearner): string[] {
  return learner.toProfile().lines.map((line) => line.example);
}

describe('BoilerplateLearner', () => {
  it('learns a furniture line seen in enough documents and groups, with its counts', () => {
    const learner = new BoilerplateLearner(options, 'sites');
    // 4 different articles on 2 sites, each with the same share bar; one repeats it twice.
    for (let i = 0; i < 4; i++) {
      const furniture = i === 0 ? ['Share on Facebook', 'SHARE ON  FACEBOOK'] : ['Share on Facebook'];
      learner.observe({ paragraphs: [...furniture, ...proseArticle(i)], group: i < 2 ? 'a.example' : 'b.example' });
    }
    const profile = learner.toProfile();
    expect(profile.lines).toEqual([{ hash: expect.stringMatching(/^[0-9a-f]{16}$/), documents: 4, groups: 2, example: 'Share on Facebook' }]);
    expect(profile).toMatchObject({ documents: 4, duplicatesSkipped: 0, parameters: { minDocuments: 3, minGroups: 2, groupLabel: 'sites' } });
  });

  it('does not learn a line from too few groups or documents', () => {
    const oneSite = new BoilerplateLearner(options);
    for (let i = 0; i < 5; i++) oneSite.observe({ paragraphs: ['Most Read', ...proseArticle(i)], group: 'a.example' });
    expect(learnedExamples(oneSite)).toEqual([]);
    const twoDocuments = new BoilerplateLearner(options);
    for (let i = 0; i < 2; i++) twoDocuments.observe({ paragraphs: ['Most Read', ...proseArticle(i)], group: `site${i}` });
    expect(learnedExamples(twoDocuments)).toEqual([]);
  });

  it('counts an article published several times once, exact or lightly edited', () => {
    const learner = new BoilerplateLearner(options);
    const article = proseArticle(7, 8);
    const edited = [...article.slice(1), article[0]!.replace(/^\w+/, 'meanwhile')];
    const copies = [article, article, edited, article];
    copies.forEach((paragraphs, i) => learner.observe({ paragraphs: ['BOYS SOCCER', ...paragraphs], group: `site${i}` }));
    expect(learner.toProfile()).toMatchObject({ documents: 1, duplicatesSkipped: 3, lines: [] });
  });

  it('never learns prose, however often it recurs', () => {
    const learner = new BoilerplateLearner(options);
    const sentence = 'The Associated Press contributed to this report from the capital.';
    for (let i = 0; i < 6; i++) learner.observe({ paragraphs: [sentence, ...proseArticle(i)], group: `site${i}` });
    expect(learnedExamples(learner)).toEqual([]);
  });

  it('never learns a line without letters: numbers in tables are content', () => {
    const learner = new BoilerplateLearner(options);
    for (let i = 0; i < 6; i++) learner.observe({ paragraphs: [`${i + 1}`, `${10 + i}:0${i}`, 'Comments', ...proseArticle(i)], group: `site${i}` });
    expect(learnedExamples(learner)).toEqual(['Comments']);
  });

  it('keeps the frequent lines when the table overflows and stays within the table size', () => {
    const learner = new BoilerplateLearner({ ...options, learnerTableSize: 8 });
    // Digits would normalise to '#' and make the one-off links one line, so they differ by letters.
    for (let i = 0; i < 12; i++) {
      const tag = String.fromCharCode(97 + i);
      learner.observe({ paragraphs: ['Privacy Policy', `One-off link ${tag}`, `Another link ${tag}`, ...proseArticle(100 + i)], group: `site${i % 3}` });
    }
    expect(learnedExamples(learner)).toEqual(['Privacy Policy']);
    expect(learner.toProfile().lines[0]!.documents).toBe(12);
  });

  it('caps the profile at learnedMaxLines, most frequent first', () => {
    const learner = new BoilerplateLearner({ ...options, learnedMaxLines: 1 });
    for (let i = 0; i < 4; i++) {
      const paragraphs = i < 3 ? ['Menu', 'Search', ...proseArticle(i)] : ['Search', ...proseArticle(i)];
      learner.observe({ paragraphs, group: `site${i}` });
    }
    expect(learnedExamples(learner)).toEqual(['Search']);
  });
});
