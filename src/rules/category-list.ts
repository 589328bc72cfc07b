import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A blog's category widget flattened one entry a line, each entry its label and its number of posts in brackets, as
 * WordPress and Blogger print them in the sidebar (aeb train page 7837c9d6…, an Indonesian blog: "Syi'ah (44)" / "Aliran Sesat
 * (225)" / "Bid'ah (15)" / …). One such line alone is a control with its count ("View all
 * (23)", left to `navigation-chrome`) or a story's line; a run of three or more is the widget. A label is a short name (at most
 * five words, no sentence mark or colon), so a story's list of results ("Labour won 203 seats (up 12).") is no entry.
 */
const ENTRY = /^(?:[►▼▸▾•] ?)?[^()!?:;.]{1,40} \(\d{1,6}\)$/u;
/**
 * A month's entry of an archive widget ("Novembro (113)", "► November (12)") is left to the classifier: aeb train page f6ac15a4…
 * prints its archive by month, 177 entries, and with them gone by rule the shipped classifier, every paragraph's position moved,
 * kept the page's menu (train `page` F1 0.97085 → 0.96556).
 */
const MONTH_ENTRY =
  /^(?:[►▼▸▾•] ?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maret|mei|agustus|desember|\d{4})(?: \d{4})? \(/iu;
const MAX_LABEL_WORDS = 6;
const MIN_ENTRIES = 3;

function isEntry(text: string): boolean {
  return ENTRY.test(text) && wordCount(text) <= MAX_LABEL_WORDS && !MONTH_ENTRY.test(text);
}

export const rule: BlockRule = {
  kind: 'block',
  id: 'category-list',
  category: 'related',
  description:
    'A blog\'s category widget, one entry a line with its number of posts in brackets ("Politik (3)", "Dakwah (60)"): a run of three or more such lines; an archive by month stays.',
  englishOnly: false,
  match(texts, start) {
    // The run is read from its first entry: a start inside it was the run's already.
    if (!isEntry(texts[start]!) || (start > 0 && isEntry(texts[start - 1]!))) return null;
    let end = start;
    while (end < texts.length && isEntry(texts[end]!)) end++;
    return end - start >= MIN_ENTRIES ? { length: end - start, reason: 'blog category list' } : null;
  },
  examples: {
    source: 'aeb train page 7837c9d6… (WordPress categories) and 85439e26… (a Japanese blog\'s categories); keep: an archive by month, as f6ac15a4… prints it',
    remove: [
      ["Syi'ah (44)", 'Aliran Sesat (225)', "Bid'ah (15)", 'Liberal (3)', 'Wahabi (185)', 'Amal Shaleh (1)', 'Google Ads (1)', 'israel (9)'],
      ['商標 (32)', '判例事例 (10)', 'コラム (1)'],
    ],
    keep: [
      ['View all (23)', 'The council met on Monday.'],
      ['Labour won 203 seats (up 12).', 'The Conservatives won 365 (up 47).', 'The SNP won 48 (up 13).'],
      ['Comments (4)', 'Share (12)'],
      ['Novembro (113)', 'Outubro (217)', 'Setembro (193)', 'Agosto (183)'],
      ['► 2019 (45)', '► November (12)', '► October (9)'],
    ],
  },
};
