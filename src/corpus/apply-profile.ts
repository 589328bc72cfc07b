import { detectLanguage, stopwordsFor, type LanguageCode } from '../text/language.js';
import type { CleanedDocument, Message, Paragraph } from '../types.js';
import { hash64, hash64Hex } from './hash.js';
import { normaliseLineForCounting } from './normalise-line.js';
import type { LearnedLine, Profile } from './profile.js';
import { isProseLike } from './prose.js';

/** A profile ready for lookups: normalised-line hash → learned line. */
export interface LearnedLookup {
  lines: ReadonlyMap<string, LearnedLine>;
  groupLabel: string;
}

/** Indexes a profile once, before a run's second pass. */
export function learnedLookup(profile: Profile): LearnedLookup {
  return { lines: new Map(profile.lines.map((line) => [line.hash, line])), groupLabel: profile.parameters.groupLabel };
}

/**
 * Second pass of learned boilerplate: removes every paragraph whose normalised form is a learned
 * line, each with a `learned` message giving its counts ("recurs in 37 documents across 12 sites"),
 * and records the removal gaps (removals between kept paragraphs) for the segmenter.
 *
 * Context revises the label (jusText's neighbour rule the other way round): a learned line with a
 * prose neighbour stays, because a heading or separator inside the story ("Disclaimer" before a
 * CNBC disclaimer paragraph, AP's "___") can be the same words as a footer link elsewhere. Runs of
 * furniture (menus, footers, share bars) have furniture for neighbours and go.
 *
 * @param language the document's language if known (src/text/language.ts); detected otherwise
 */
export function removeLearnedBoilerplate(doc: CleanedDocument, lookup: LearnedLookup, language?: LanguageCode): CleanedDocument {
  if (lookup.lines.size === 0 || doc.paragraphs.length === 0) return doc;
  const texts = doc.paragraphs.map((p) => p.text);
  const stopwords = stopwordsFor(language ?? detectLanguage(texts));
  const prose = texts.map((text) => isProseLike(text, stopwords));
  const learned = texts.map((text) => lookup.lines.get(hash64Hex(hash64(normaliseLineForCounting(text)))));
  const removedBefore = new Set(doc.removalGaps);
  const paragraphs: Paragraph[] = [];
  const removalGaps: number[] = [];
  const messages: Message[] = [];
  let gapPending = false;
  doc.paragraphs.forEach((paragraph, index) => {
    if (removedBefore.has(index)) gapPending = true;
    const line = learned[index];
    if (line !== undefined && !prose[index - 1] && !prose[index + 1]) {
      messages.push(learnedMessage(paragraph, line, lookup.groupLabel));
      gapPending = true;
      return;
    }
    // As in the clean stage, only a removal between two kept paragraphs is a gap.
    if (gapPending && paragraphs.length > 0) removalGaps.push(paragraphs.length);
    gapPending = false;
    paragraphs.push(paragraph);
  });
  if (messages.length === 0) return doc;
  // Same order as the clean stage's own messages: by raw line (the sort is stable for ties).
  const allMessages = [...doc.messages, ...messages].sort((x, y) => x.line - y.line || (x.column ?? 0) - (y.column ?? 0));
  return { ...doc, paragraphs, removalGaps, messages: allMessages };
}

function learnedMessage(paragraph: Paragraph, line: LearnedLine, groupLabel: string): Message {
  return {
    stage: 'clean',
    action: 'remove-line',
    ruleId: 'learned',
    category: 'learned',
    // One group says nothing (a corpus in one folder); "across 1 folders" would only puzzle.
    reason: `recurs in ${line.documents} documents${line.groups > 1 ? ` across ${line.groups} ${groupLabel}` : ''}`,
    line: paragraph.firstLine,
    endLine: paragraph.lastLine,
    text: paragraph.text,
  };
}
