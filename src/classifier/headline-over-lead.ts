import { contentTerms } from '../cohesion/terms.js';
import { opensWithDateline } from '../segment/openings.js';
import type { ParagraphMemo } from './paragraph-memo.js';
import { announcesNext } from './related-runs.js';

/** Paragraphs a headline is compared with: a lead's first sentence may paraphrase it ("Doctors offer…" / "A group of physicians…"). */
const LEAD_PARAGRAPHS = 2;

/**
 * Whether paragraph `index` (the row) reads as the headline of the paragraphs after it: they open
 * with a dateline ("LOS ANGELES (AP) — …": a story starts there, and the row right above it is its
 * headline), or restate it ({@link announcesNext}). Asked of the last row of a run of headlines
 * (related-runs.ts, teaser-runs.ts), and past a comments or related section, where the next glued
 * story's headline begins a new page (stages/clean.ts). `leadFrom`: where the lead starts, past
 * the byline and date lines of a page's header.
 */
export function headlineOverLead(texts: readonly string[], index: number, memo: ParagraphMemo, leadFrom = index + 1): boolean {
  const row = texts[index]!;
  const lead = texts.slice(leadFrom, leadFrom + LEAD_PARAGRAPHS);
  if (lead.length === 0) return false;
  if (opensWithDateline(lead[0]!)) return true;
  const [rowTerms, ...leadTerms] = contentTerms([row, ...lead], memo.stopwords, memo.language);
  return announcesNext(rowTerms!, leadTerms.flat());
}
