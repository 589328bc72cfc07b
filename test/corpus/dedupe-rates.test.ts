/**
 * Measurement of duplicate detection (issue 8, "must show"): a corpus of every aeb document
 * (gold, container and page variants) and every Choi document, plus 10 % exact copies and 10 % lightly
 * edited copies, in a seeded shuffled order. Prints detection rates, time and memory; asserts
 * ≥ 99 % of exact and ≥ 95 % of edited copies found and no false pair among the originals.
 *
 * Families: the three aeb variants of one id are near-duplicates by construction (container and
 * gold often differ by a few junk lines), so they form one family and a pair inside it is expected,
 * not false. Every Choi document is its own family. A false pair is an article marked as a copy of an
 * article of another family. A copy is found when it is marked as a copy of an article of its
 * source's family (its source, or the first copy its source itself was marked a copy of).
 */
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, type DuplicateVerdict } from '../../src/corpus/duplicate-index.js';
import { createRandom, type Random } from '../../src/eval/random.js';
import { defaultOptions } from '../../src/options.js';
import { linesOf, loadAeb, loadChoi } from './datasets.js';

const aeb = loadAeb();
const choi = loadChoi();
if (aeb === null || choi === null) console.warn('skipping dedupe measurement: ../shared/datasets (aeb, choi) is absent');

interface CorpusArticle {
  id: string;
  family: string;
  kind: 'original' | 'exact-copy' | 'edited-copy';
  paragraphs: string[];
}

const REPLACEMENTS = ['reportedly', 'officials', 'however', 'yesterday', 'several', 'announced', 'according', 'local'];

/**
 * A light edit: one word in every 100 (at least 1, at most 5) replaced by another word, and two
 * paragraphs swapped when there are at least two.
 */
function lightlyEdited(paragraphs: readonly string[], random: Random): string[] {
  const edited = paragraphs.map((p) => p.split(' '));
  const words = edited.reduce((sum, p) => sum + p.length, 0);
  const changes = Math.max(1, Math.min(5, Math.round(words / 100)));
  for (let change = 0; change < changes; change++) {
    const paragraph = random.pick(edited);
    const at = random.int(0, paragraph.length - 1);
    paragraph[at] = REPLACEMENTS.find((word) => word !== paragraph[at]!.toLowerCase())!;
  }
  if (edited.length >= 2) {
    const a = random.int(0, edited.length - 1);
    const b = (a + random.int(1, edited.length - 1)) % edited.length;
    [edited[a], edited[b]] = [edited[b]!, edited[a]!];
  }
  return edited.map((p) => p.join(' '));
}

function buildCorpus(): CorpusArticle[] {
  const originals: CorpusArticle[] = [];
  for (const doc of aeb!) {
    for (const variant of ['gold', 'container', 'page'] as const) {
      originals.push({ id: `aeb/${variant}/${doc.id}`, family: `aeb/${doc.id}`, kind: 'original', paragraphs: linesOf(doc[variant]) });
    }
  }
  for (const doc of choi!) originals.push({ id: `choi/${doc.id}`, family: `choi/${doc.id}`, kind: 'original', paragraphs: doc.paragraphs });
  const random = createRandom(20260808);
  const sources = random.shuffle(originals.map((_, index) => index));
  const copies = Math.round(originals.length / 10);
  // Every article gets a sort key; a copy's key falls after its source's, so the source comes first.
  const keyed = originals.map((article, index) => ({ article, key: index }));
  sources.slice(0, 2 * copies).forEach((sourceIndex, n) => {
    const source = originals[sourceIndex]!;
    const exact = n < copies;
    keyed.push({
      article: {
        id: `${source.id}~copy${n}`,
        family: source.family,
        kind: exact ? 'exact-copy' : 'edited-copy',
        paragraphs: exact ? [...source.paragraphs] : lightlyEdited(source.paragraphs, random),
      },
      key: sourceIndex + 0.5 + random.next() * (originals.length - sourceIndex - 0.5),
    });
  });
  return keyed.sort((a, b) => a.key - b.key).map((entry) => entry.article);
}

function rate(found: number, total: number): string {
  return `${found}/${total} (${((100 * found) / total).toFixed(1)} %)`;
}

describe.skipIf(aeb === null || choi === null)('duplicate detection on the datasets plus copies', () => {
  // A measurement over 1,755 articles (16 M characters): 3.1 s here, 3.6 s with both cores busy,
  // the slowest test left at the 30 s default (a run with every default limit cut tenfold failed
  // here). A limit of its own, as the other whole-dataset measurements have.
  it('finds ≥ 99 % of exact and ≥ 95 % of edited copies with no false pair among originals', { timeout: 300_000 }, () => {
    const corpus = buildCorpus();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const index = new DuplicateIndex(defaultOptions.corpus);
    const verdicts: DuplicateVerdict[] = corpus.map((article) => index.add(index.sign(article.id, article.paragraphs)));
    const elapsed = performance.now() - started;
    const heapAfter = process.memoryUsage().heapUsed;

    const familyOf = new Map(corpus.map((article) => [article.id, article.family]));
    const sameFamily = (i: number): boolean => familyOf.get(verdicts[i]!.duplicateOf!) === corpus[i]!.family;
    const tally = { exact: [0, 0], edited: [0, 0], falsePairs: [] as string[], familyPairs: 0, editedSimilarities: [] as number[] };
    corpus.forEach((article, i) => {
      const marked = verdicts[i]!.duplicateOf !== null;
      if (article.kind === 'original') {
        if (marked && sameFamily(i)) tally.familyPairs++;
        if (marked && !sameFamily(i)) tally.falsePairs.push(`${article.id} → ${verdicts[i]!.duplicateOf} (${verdicts[i]!.similarity})`);
        return;
      }
      const bucket = article.kind === 'exact-copy' ? tally.exact : tally.edited;
      bucket[1]!++;
      if (marked && sameFamily(i)) bucket[0]!++;
      if (article.kind === 'edited-copy' && marked) tally.editedSimilarities.push(verdicts[i]!.similarity!);
      if (marked && !sameFamily(i)) tally.falsePairs.push(`${article.id} → ${verdicts[i]!.duplicateOf}`);
    });
    const characters = corpus.reduce((sum, a) => sum + a.paragraphs.reduce((s, p) => s + p.length + 1, 0), 0);
    console.log(
      `dedupe: ${corpus.length} articles (${(characters / 1e6).toFixed(1)} M chars); exact copies found ${rate(tally.exact[0]!, tally.exact[1]!)}, ` +
        `edited copies found ${rate(tally.edited[0]!, tally.edited[1]!)} (estimated Jaccard min ${Math.min(...tally.editedSimilarities).toFixed(2)}); aeb same-id variant pairs marked ${tally.familyPairs}; ` +
        `false pairs ${tally.falsePairs.length}${tally.falsePairs.length > 0 ? `: ${tally.falsePairs.join('; ')}` : ''}; ` +
        `first copies indexed ${index.size}; ${elapsed.toFixed(0)} ms (${((elapsed * 1000) / corpus.length).toFixed(0)} µs/article), ` +
        `heap +${((heapAfter - heapBefore) / 2 ** 20).toFixed(1)} MB while the index is alive`,
    );
    expect(tally.exact[0]! / tally.exact[1]!).toBeGreaterThanOrEqual(0.99);
    expect(tally.edited[0]! / tally.edited[1]!).toBeGreaterThanOrEqual(0.95);
    expect(tally.falsePairs).toEqual([]);
  });
});
