import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/eval/gold.js';
import { renderEvalReport } from '../../src/eval/report.js';
import { evaluateDataset, selectSplit, synthGold } from '../../src/eval/run.js';
import { keepEverythingSystem, removedLinesOf, type EvalSystem } from '../../src/eval/systems.js';
import { buildSynthDocuments } from '../../src/eval/synth.js';
import { devSplitOf } from '../../src/eval/split.js';
import type { Message } from '../../src/types.js';

const dataset: Dataset = {
  layout: 'seeds',
  root: 'mem',
  measures: ['cleaning', 'lines', 'segmentation'],
  documents: [
    {
      id: 'two',
      group: 'g',
      raw: 'Alpha one.\nShare\nAlpha two.\nBeta one.\nBeta two.\n',
      articles: [['Alpha one.', 'Alpha two.'], ['Beta one.', 'Beta two.']],
      lineLabels: [{ kind: 'content', article: 0 }, { kind: 'boilerplate' }, { kind: 'content', article: 0 }, { kind: 'content', article: 1 }, { kind: 'content', article: 1 }],
    },
  ],
};

/** Removes "Share" and "Alpha two." (a lost line) and splits before "Beta one.". */
const fake: EvalSystem = {
  name: 'fake',
  description: 'test system',
  run: () => ({ articles: [['Alpha one.'], ['Beta one.', 'Beta two.']], removedLines: new Set([2, 3]) }),
};

describe('evaluateDataset', () => {
  const run = evaluateDataset(dataset, 'all', [fake, keepEverythingSystem], 1);

  it('summarises each system per group', () => {
    expect(run.summaries.map((s) => s.system)).toEqual(['fake', 'keep-everything']);
    const fakeSummary = run.summaries[0]!;
    expect(fakeSummary.lines).toMatchObject({ precision: 0.5, recall: 1, contentLinesLost: 1, boilerplateLinesKept: 0 });
    expect(fakeSummary.tokens.macroPrecision).toBe(1);
    // "Alpha two." is lost and inherits article 0: the boundary is still found exactly.
    expect(fakeSummary.segmentation).toMatchObject({ pk: 0, windowDiff: 0, exactCount: 1 });
    const baseline = run.summaries[1]!;
    expect(baseline.segmentation.exact.recall).toBe(0);
    expect(baseline.lines).toMatchObject({ recall: 0, boilerplateLinesKept: 1 });
  });

  it('lists the worst document with its lost lines', () => {
    expect(run.worst).toHaveLength(1);
    expect(run.worst[0]!.lostLines).toEqual([{ line: 3, text: 'Alpha two.' }]);
    expect(run.worst[0]!.missedSplits).toEqual([]);
  });

  it('renders every table the dataset supports', () => {
    const text = renderEvalReport(run);
    expect(text).toContain('Cleaning: token overlap');
    expect(text).toContain('boilerplate decision per line');
    expect(text).toContain('Segmentation over gold paragraphs');
    expect(text).toContain('lost content lines (1):');
    expect(text).toMatch(/^g +fake +1 +1\.000/m);
  });
});

describe('boundary recall by kind of join', () => {
  // Three articles; the system finds the first boundary exactly, the second one paragraph late.
  const kinds: Dataset = {
    layout: 'synth',
    root: 'mem',
    measures: ['segmentation'],
    documents: [
      {
        id: 'three',
        group: 'synth',
        raw: 'A1.\nA2.\nB1.\nB2.\nC1.\nC2.\n',
        articles: [['A1.', 'A2.'], ['B1.', 'B2.'], ['C1.', 'C2.']],
        lineLabels: null,
        boundaryKinds: [
          ['random join', 'headline shown'],
          ['same-topic join', 'headline shown'],
        ],
      },
    ],
  };
  const late: EvalSystem = { name: 'late', description: 'test system', run: () => ({ articles: [['A1.', 'A2.'], ['B1.', 'B2.', 'C1.'], ['C2.']], removedLines: new Set() }) };
  const run = evaluateDataset(kinds, 'all', [late], 0);

  it('counts each gold boundary under each of its kinds, exact and within one paragraph', () => {
    expect(run.summaries[0]!.segmentation.byKind).toEqual([
      { kind: 'headline shown', boundaries: 2, exact: 0.5, near: 1 },
      { kind: 'random join', boundaries: 1, exact: 1, near: 1 },
      { kind: 'same-topic join', boundaries: 1, exact: 0, near: 1 },
    ]);
  });

  it('prints the table only when the gold names its joins', () => {
    expect(renderEvalReport(run)).toMatch(/^synth +late +same-topic join +1 +0\.000 +1\.000$/m);
    expect(renderEvalReport(evaluateDataset(dataset, 'all', [fake], 0))).not.toContain('by kind of join');
  });
});

describe('titles against known headlines', () => {
  const headline = 'Council backs budget';
  const titled: Dataset = {
    layout: 'pairs',
    root: 'mem',
    measures: ['cleaning'],
    documents: [
      // The headline is a line of the input: exact, wrong or missed.
      ...['exact', 'wrong', 'missed'].map((id) => ({ id, group: 'page', raw: `Menu\n${headline}\nA1.\nA2.\n`, articles: [['A1.', 'A2.']], lineLabels: null, headlines: [headline] })),
      // An extract that starts below the headline: no title is right here.
      { id: 'absent', group: 'page', raw: 'A1.\nA2.\n', articles: [['A1.', 'A2.']], lineLabels: null, headlines: [headline] },
      // No known headline: a title given is counted apart.
      { id: 'unknown', group: 'page', raw: 'Menu\nA1.\nA2.\n', articles: [['A1.', 'A2.']], lineLabels: null, headlines: [null] },
    ],
  };
  const titles: Record<string, string | null> = { exact: headline, wrong: 'Menu', missed: null, absent: null, unknown: 'Menu' };
  const titler: EvalSystem = { name: 'titler', description: 'test system', run: (doc) => ({ articles: [['A1.', 'A2.']], titles: [titles[doc.id]!], removedLines: new Set() }) };

  it('counts exact, wrong and missed titles over the headlines the input holds', () => {
    const run = evaluateDataset(titled, 'all', [titler, keepEverythingSystem], 0);
    expect(run.summaries[0]!.titles).toEqual({ headlines: 4, inInput: 3, exact: 1, wrong: 1, missed: 1, extra: 1 });
    expect(run.summaries[1]!.titles).toBeNull();
    expect(renderEvalReport(run)).toMatch(/^page +titler +4 +3 +1 \(0\.333\) +1 +1 \(0\.333\) +1$/m);
  });

  it('prints no title table when the gold knows no headline', () => {
    expect(renderEvalReport(evaluateDataset(dataset, 'all', [fake], 0))).not.toContain('Titles');
  });
});

describe('selectSplit', () => {
  it('keeps one side of the fixed development split', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `doc-${i}` }));
    const heldOut = selectSplit(items, 'held-out');
    const train = selectSplit(items, 'train');
    expect(heldOut.length + train.length).toBe(40);
    for (const item of heldOut) expect(devSplitOf(item.id)).toBe('held-out');
    expect(selectSplit(items, 'all')).toEqual(items);
  });
});

describe('synthGold', () => {
  it('turns a synthetic document into gold with line labels', () => {
    const [doc] = buildSynthDocuments([{ id: 'a', title: null, paragraphs: ['One.', 'Two.'] }, { id: 'b', title: null, paragraphs: ['Three.'] }], { seed: 2, count: 1, singleArticleShare: 0 });
    const gold = synthGold(doc!);
    expect(gold.raw).toBe(doc!.text);
    expect(gold.lineLabels).toHaveLength(doc!.lines.length);
    expect(gold.articles.flat().sort()).toEqual(['One.', 'Three.', 'Two.']);
  });
});

describe('removedLinesOf', () => {
  const message = (action: Message['action'], line: number, endLine: number, text: string): Message => ({
    stage: 'clean', action, ruleId: 'r', category: 'c', reason: 'x', line, endLine, text,
  });

  it('takes remove-line ranges and lines mostly removed as spans', () => {
    const removed = removedLinesOf(
      [message('remove-line', 2, 3, ''), message('remove-span', 5, 5, 'x'.repeat(30)), message('metadata', 5, 5, 'y'.repeat(15)), message('remove-span', 6, 6, 'short')],
      [10, 10, 10, 10, 80, 80],
    );
    expect([...removed].sort()).toEqual([2, 3, 5]);
  });
});
