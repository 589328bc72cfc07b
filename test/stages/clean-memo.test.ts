import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyParagraphs, documentVectors } from '../../src/classifier/classify.js';
import { shippedModel } from '../../src/classifier/model.js';
import { ParagraphMemo } from '../../src/classifier/paragraph-memo.js';
import { defaultOptions } from '../../src/options.js';
import { cleanDocument } from '../../src/stages/clean.js';
import { normaliseText } from '../../src/stages/normalise.js';

/**
 * The clean stage remembers per-text results while it cleans one document (rounds, languages). The
 * memo must only save work: a document cleans the same alone, twice in a row, after another
 * document, and whatever texts repeat inside it.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = path.resolve(repoRoot, 'fixtures/seeds');
const seeds = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .slice(0, 4)
      .map((file) => readFileSync(path.join(seedsDir, file), 'utf8'))
  : [];

const clean = (text: string) => cleanDocument(normaliseText(text), defaultOptions.cleaning);

// Menus repeated at the top and the bottom, a span rule's header twice, a repeated teaser: the same
// text at several places, where position, neighbours and line numbers differ.
const repetitive = [
  'date 2023-10-27 Home',
  'News',
  'Sport',
  'Sir Keir is united with Rishi Sunak, the US, and most recently the EU in pushing for “humanitarian pauses” in the fighting.',
  'Why farmers may want to paint their cows with zebra stripes',
  'The party said on Friday that it would set out its position in a speech to the conference next week.',
  'Why farmers may want to paint their cows with zebra stripes',
  'date 2023-10-27 Home',
  'News',
  'Sport',
  'Share this article',
].join('\n');

describe('cleaning with per-document memos', () => {
  const documents = [repetitive, ...seeds];

  it('cleans a document the same twice in a row and after other documents', () => {
    const alone = documents.map(clean);
    for (const [i, text] of documents.entries()) expect(clean(text)).toEqual(alone[i]);
    for (const [i, text] of [...documents.entries()].reverse()) expect(clean(text)).toEqual(alone[i]);
  });

  it('reports each copy of a repeated text at its own lines', () => {
    const cleaned = clean(repetitive);
    const headers = cleaned.messages.filter((m) => m.ruleId === 'date-header');
    expect(headers.map((m) => m.line)).toEqual([1, 8]);
    expect(headers.every((m) => m.column === 1)).toBe(true);
  });
});

describe('ParagraphMemo', () => {
  const texts = repetitive.split('\n');
  const options = { ...defaultOptions.cleaning, threshold: shippedModel().threshold };

  it('gives the same vectors and judgements as computing afresh, even when shared by two documents', () => {
    const memo = new ParagraphMemo('en');
    const other = [...texts].reverse().slice(2);
    expect(documentVectors(other, 'en', [], memo)).toEqual(documentVectors(other, 'en'));
    expect(documentVectors(texts, 'en', [], memo)).toEqual(documentVectors(texts, 'en'));
    expect(classifyParagraphs(texts, 'en', shippedModel(), options, [], memo)).toEqual(classifyParagraphs(texts, 'en', shippedModel(), options));
  });

  it('keeps position and repetition per occurrence', () => {
    const { own } = documentVectors(texts, 'en', [], new ParagraphMemo('en'));
    expect(own[4]!.position).not.toBe(own[6]!.position);
    expect(own[4]!.repeated).toBe(1);
    expect(own[3]!.repeated).toBe(0);
  });

  it('refuses a memo made for another language', () => {
    expect(() => documentVectors(texts, 'de', [], new ParagraphMemo('en'))).toThrow(/memo/);
  });
});
