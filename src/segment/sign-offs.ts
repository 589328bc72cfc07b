/**
 * Closing lines: what a news story's last paragraph says when it is about the story rather than
 * part of it (where it first ran, who owns it, who helped report it, the wire's end mark, an
 * embedded post's attribution, a "did not respond to a request for comment" formula). Such a line
 * ends an article; the next paragraph may start another. Without this cue the segmenter saw a
 * short line that shares no words with either side and most often cut before it, leaving the
 * closing line at the head of the next story.
 *
 * Cues are data: each has an id, a pattern tested against one short paragraph, and a real
 * closing line from a train article of the aeb development set (`devSplitOf(id) === 'train'`),
 * which `test/segment/sign-offs.test.ts` checks it matches.
 */
export interface SignOffCue {
  id: string;
  pattern: RegExp;
  /** A real closing line (aeb train article id in brackets). */
  example: string;
}

export const SIGN_OFF_CUES: readonly SignOffCue[] = [
  {
    id: 'republished',
    pattern: /\b(?:(?:originally|first) (?:published|appeared|ran)|(?:re)?printed (?:on|in|with)|republished|adapted from|original (?:source|article|story))\b/iu,
    example: 'This article has been adapted from its original source. [833caf3b]',
  },
  {
    id: 'copyright',
    pattern: /©|ⓒ|\bcopyright\b|\ball rights reserved\b/iu,
    example: 'Copyright 2019 Hawaii News Now. All rights reserved. [f344ca5f]',
  },
  {
    id: 'contributors',
    pattern: /^(?:contributing|additional reporting|reporting|writing|editing)(?: by)?\s*:|\b(?:contributed to this (?:report|story)|(?:additional )?reporting by|editing by)\b/iu,
    example: 'Contributing: Kristine Phillips [c58aa507]',
  },
  {
    // Case-sensitive: under the i flag `\p{Lu}` is any letter, and "fitted with copper wires" signed off.
    id: 'wires-credit',
    pattern: /\b(?:[Ww]ith|WITH) (?:\p{Lu}\S* )*(?:wires|WIRES)\b/u,
    example: 'With Post wires [432362af]',
  },
  {
    id: 'credit-line',
    pattern: /^\(?(?:main |top |header )?(?:image|photo|graphic|picture)s? (?:credit|source)s?\s*:|^provided by\b/iu,
    example: '(Image credit: All About Space) [686bb170]',
  },
  {
    id: 'wire-end-mark',
    pattern: /^[_=*#~-]{3,}$/u,
    example: '___ [82b6d780]',
  },
  {
    id: 'post-attribution',
    pattern: /^[—–-]\s.*\(@\w+\)\s+\p{L}+\.? \d{1,2},? \d{4}$/u,
    example: '— Rep. Ilhan Omar (@Ilhan) November 19, 2019 [6ebac05f]',
  },
  {
    id: 'no-comment',
    pattern: /\bdid(?:n[’']t| not) immediately (?:respond|reply|return|provide)\b|\bcould not (?:immediately )?be reached for comment\b|\bdeclined to comment\b/iu,
    example: "The governor's office didn't immediately respond to The Hill's request for comment. [156770d6]",
  },
  {
    id: 'follow-us',
    pattern: /^(?:you can (?:also )?)?(?:follow|like|subscribe to|sign up for|catch up on)\b.*\b(?:on (?:facebook|twitter|instagram|x)|newsletter|podcast)\b/iu,
    example: 'Follow NBC Latino on Facebook, Twitter and Instagram. [abd9d629]',
  },
  {
    id: 'affiliate-disclosure',
    pattern: /\baffiliate links?\b|^disclaimer\b|^ftc\s*:/iu,
    example: 'FTC: We use income earning auto affiliate links. More. [cc4aa22b]',
  },
];

/** Closing lines are short: a paragraph longer than this is story text whatever it mentions. */
const MAX_SIGN_OFF_WORDS = 25;

/** The cue a paragraph matches as a story's closing line, or null. */
export function signOffCue(text: string): SignOffCue | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.split(/\s+/u).length > MAX_SIGN_OFF_WORDS) return null;
  // A loop, not a callback made anew on every call: this runs for every paragraph (gap-features.ts says why).
  for (const cue of SIGN_OFF_CUES) if (cue.pattern.test(trimmed)) return cue;
  return null;
}
