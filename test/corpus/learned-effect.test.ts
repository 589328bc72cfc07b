/**
 * Offline measurement of learned boilerplate on the aeb `page` variant: token F1 (the scorer of
 * `newsclean eval`) of the pipeline's output without and with a profile, and whether the profile
 * removes any gold line that the pipeline kept. Prints the figures; see docs/corpus.md.
 */
import { describe, expect, it } from 'vitest';
import { BoilerplateLearner } from '../../src/corpus/boilerplate-learner.js';
import { learnedLookup, removeLearnedBoilerplate, type LearnedLookup } from '../../src/corpus/apply-profile.js';
import { normaliseLineForCounting } from '../../src/corpus/normalise-line.js';
import { devSplitOf } from '../../src/eval/split.js';
import { scoreTokens, summariseTokens } from '../../src/eval/metrics/token-overlap.js';
import { resolveOptions } from '../../src/options.js';
import { processDocument } from '../../src/pipeline/process.js';
import { assembleRecords } from '../../src/stages/assemble.js';
import { cleanDocument } from '../../src/stages/clean.js';
import { normaliseText } from '../../src/stages/normalise.js';
import { splitStories } from '../../src/stages/split-stories.js';
import type { CleanedDocument } from '../../src/types.js';
import { linesOf, loadAeb, type AebDocument } from './datasets.js';

const aeb = loadAeb();
/**
 * Cleaning is what is measured: each aeb page holds one article, so splitting is off (it would only
 * move a promoted headline out of the scored text, the same with and without a profile).
 */
const options = resolveOptions({ segmentation: { enabled: false } });
if (aeb === null) console.warn('skipping learned-boilerplate measurement: ../shared/datasets/aeb is absent');

interface Prepared {
  doc: AebDocument;
  /** Paragraphs as the first pass counts them: normalised, before any rule. */
  normalised: string[];
  cleaned: CleanedDocument;
  /** The pipeline's output text without a profile. */
  before: string;
}

/** The second pass as the CLI will run it: normalise → clean → learned → segment → assemble. */
function outputWithProfile(prepared: Prepared, lookup: LearnedLookup): { text: string; removed: string[] } {
  const learned = removeLearnedBoilerplate(prepared.cleaned, lookup);
  const segmented = splitStories(learned, options.segmentation);
  const records = assembleRecords(segmented, { source: prepared.doc.id, idBase: prepared.doc.id }, false);
  const removed = learned.messages.filter((m) => m.ruleId === 'learned').map((m) => m.text);
  return { text: records.map((r) => r.text).join('\n\n'), removed };
}

function learnProfile(prepared: readonly Prepared[]): LearnedLookup {
  const started = performance.now();
  const learner = new BoilerplateLearner(options.corpus, 'sites');
  for (const { doc, normalised } of prepared) learner.observe({ paragraphs: normalised, group: doc.site });
  const profile = learner.toProfile();
  const json = JSON.stringify(profile);
  console.log(
    `first pass over ${prepared.length} pages: ${(performance.now() - started).toFixed(0)} ms; profile ${profile.lines.length} lines, ` +
      `${(json.length / 1024).toFixed(1)} KB JSON; ${profile.duplicatesSkipped} duplicate pages skipped; ` +
      `top lines: ${profile.lines.slice(0, 8).map((line) => `"${line.example}" ${line.documents}/${line.groups}`).join(', ')}`,
  );
  return learnedLookup(profile);
}

function measure(prepared: readonly Prepared[], lookup: LearnedLookup) {
  const before = [];
  const after = [];
  const goldRemoved: string[] = [];
  let removals = 0;
  for (const item of prepared) {
    const withProfile = outputWithProfile(item, lookup);
    before.push(scoreTokens(item.before, item.doc.gold));
    after.push(scoreTokens(withProfile.text, item.doc.gold));
    removals += withProfile.removed.length;
    const gold = new Set(linesOf(item.doc.gold).map(normaliseLineForCounting));
    for (const text of withProfile.removed) if (gold.has(normaliseLineForCounting(text))) goldRemoved.push(`${item.doc.id}: ${text}`);
  }
  return { before: summariseTokens(before), after: summariseTokens(after), goldRemoved, removals };
}

function fixed(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(4);
}

describe.skipIf(aeb === null)('learned boilerplate on aeb page', () => {
  const started = performance.now();
  const befores = (aeb ?? []).map((doc) => processDocument(doc.page, { source: doc.id, idBase: doc.id }, options).records.map((r) => r.text).join('\n\n'));
  console.log(`pipeline without a profile over ${befores.length} pages: ${(performance.now() - started).toFixed(0)} ms`);
  const prepared: Prepared[] = (aeb ?? []).map((doc, i) => {
    const normalised = normaliseText(doc.page);
    const cleaned = cleanDocument(normalised, options.cleaning);
    return { doc, normalised: normalised.paragraphs.map((p) => p.text), cleaned, before: befores[i]! };
  });

  it('raises macro token F1 over all 181 pages and removes no gold line the pipeline kept', () => {
    const lookup = learnProfile(prepared);
    const { before, after, goldRemoved, removals } = measure(prepared, lookup);
    console.log(
      `learned on all ${prepared.length} pages: ${lookup.lines.size} lines, ${removals} paragraphs removed; macro F1 ${fixed(before.macroF1)} → ${fixed(after.macroF1)}, ` +
        `macro P ${fixed(before.macroPrecision)} → ${fixed(after.macroPrecision)}, macro R ${fixed(before.macroRecall)} → ${fixed(after.macroRecall)}; ` +
        `gold lines removed: ${goldRemoved.length}${goldRemoved.length > 0 ? `\n  ${goldRemoved.join('\n  ')}` : ''}`,
    );
    expect(after.macroF1 ?? 0).toBeGreaterThan(before.macroF1 ?? 1);
    expect(goldRemoved).toEqual([]);
  });

  it('does not hurt held-out pages with a profile learned on the training pages only', () => {
    const train = prepared.filter(({ doc }) => devSplitOf(doc.id) === 'train');
    const heldOut = prepared.filter(({ doc }) => devSplitOf(doc.id) === 'held-out');
    const lookup = learnProfile(train);
    const { before, after, goldRemoved, removals } = measure(heldOut, lookup);
    console.log(
      `learned on ${train.length} train pages (${lookup.lines.size} lines), scored on ${heldOut.length} held-out pages: ${removals} paragraphs removed; ` +
        `macro F1 ${fixed(before.macroF1)} → ${fixed(after.macroF1)}; gold lines removed: ${goldRemoved.length}`,
    );
    expect(after.macroF1 ?? 0).toBeGreaterThanOrEqual(before.macroF1 ?? 1);
    expect(goldRemoved).toEqual([]);
  });
});
