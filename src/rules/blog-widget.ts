import type { LineRule } from './types.js';

/**
 * A blog engine's sidebar widgets and post meta, printed in English (or half translated) whatever the blog's language, as
 * WordPress.com prints them (aeb train page 7837c9d6…, an Indonesian blog): the stats widget, "Blog Stats" over its count
 * "10.423.242 hits"; the popular-posts heading "Top Posts & Pages" ("Top Posts & Halaman"); and the theme's post meta, "Filed
 * under: Syi'ah |", the categories after the label and the tags' bar cut off. Whole lines: a story's "10,000 hits" goes on.
 */
const WIDGET_LINE = /^(?:blog stats|\d{1,3}(?:[.,]\d{3})+ hits|top posts(?: (?:&|and) (?:pages|halaman|páginas|pages))?)$/iu;
/** "Filed under: X |", "Filed under: News, Politics | Tagged: …": the label with its colon, then categories without a sentence end. */
const FILED_UNDER = /^filed under: [^.!?]{1,120}(?: \|(?: [^.!?]{0,120})?)$/iu;

export const rule: LineRule = {
  kind: 'line',
  id: 'blog-widget',
  category: 'navigation',
  description: 'A blog engine\'s sidebar widget or post meta line ("Blog Stats", "10.423.242 hits", "Top Posts & Pages", "Filed under: X |").',
  englishOnly: false,
  match(text) {
    if (WIDGET_LINE.test(text)) return { reason: 'blog sidebar widget' };
    if (FILED_UNDER.test(text)) return { reason: 'blog post meta' };
    return null;
  },
  examples: {
    source: 'aeb train page 7837c9d6… (WordPress.com, lines 181 and 198–200)',
    remove: ['Blog Stats', '10.423.242 hits', 'Top Posts & Halaman', 'Top Posts & Pages', "Filed under: Syi'ah |", 'Filed under: News, Politics | Tagged: election, senate'],
    keep: ['The video had 10,000 hits by Monday.', 'Top posts in the ministry went to loyalists.', 'Filed under: the case was closed in 2019.', 'Blog stats show a rise in readers, the firm said.'],
  },
};
