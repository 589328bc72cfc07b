/**
 * House-style markers: choices a publication makes the same way in every story, so a change of
 * choice across a gap suggests another publication. Each marker pairs two rival choices; a text
 * counts how often it makes each.
 */
export interface StyleMarker {
  name: string;
  /** The two rival choices; counted independently. */
  choices: readonly [RegExp, RegExp];
}

export const STYLE_MARKERS: readonly StyleMarker[] = [
  // “Typographic” vs "typewriter" quotes: a CMS setting, constant within a site.
  { name: 'double-quotes', choices: [/[“”]/gu, /"/gu] },
  // Apostrophes: ’ vs '.
  { name: 'apostrophes', choices: [/\p{L}’\p{L}/gu, /\p{L}'\p{L}/gu] },
  // UK vs US spelling of common news words (Labour is UK politics' own word, a fair cue too). A
  // suffix is found with one word character before it: the same words as `\b\w+(?:isation…)\b`,
  // without trying every prefix of every word (2 × 200 ms of a one-worker run, session 24).
  {
    name: 'spelling',
    choices: [
      /\b(?:colour|favour|honour|labour|behaviour|neighbour|centre|theatre|defence|licence|programme|per cent|travelled|travelling|cancelled)\w*|\w(?:isation|ised|ising)\b/giu,
      /\b(?:color|favor|honor|labor|behavior|neighbor|center|theater|defense|license|program|percent|traveled|traveling|canceled)\b|\w(?:ization|ized|izing)\b/giu,
    ],
  },
  // "27 February" (UK) vs "February 27" / "Feb. 27" (US).
  {
    name: 'dates',
    choices: [
      /\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/gu,
      /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/gu,
    ],
  },
  // "Mr Khan" (UK) vs "Mr. Khan" (US).
  { name: 'honorific-dot', choices: [/\b(?:Mr|Mrs|Ms|Dr) \p{Lu}/gu, /\b(?:Mr|Mrs|Ms|Dr)\. \p{Lu}/gu] },
];

/** Counts of each choice of each marker: `[marker][choice]`. */
export type StyleCounts = number[][];

// Called for every paragraph and gap: loops, not callbacks made anew on every call (gap-features.ts says why).

export function styleCounts(text: string): StyleCounts {
  const counts: StyleCounts = [];
  for (const marker of STYLE_MARKERS) counts.push([text.match(marker.choices[0])?.length ?? 0, text.match(marker.choices[1])?.length ?? 0]);
  return counts;
}

export function addStyleCounts(into: StyleCounts, counts: StyleCounts): void {
  for (let marker = 0; marker < counts.length; marker++) {
    for (let choice = 0; choice < counts[marker]!.length; choice++) into[marker]![choice]! += counts[marker]![choice]!;
  }
}

export function subtractStyleCounts(from: StyleCounts, counts: StyleCounts): void {
  for (let marker = 0; marker < counts.length; marker++) {
    for (let choice = 0; choice < counts[marker]!.length; choice++) from[marker]![choice]! -= counts[marker]![choice]!;
  }
}

export function emptyStyleCounts(): StyleCounts {
  const counts: StyleCounts = [];
  for (let marker = 0; marker < STYLE_MARKERS.length; marker++) counts.push([0, 0]);
  return counts;
}

/**
 * How many markers flip across a gap: one side makes only one choice, the other side only the
 * rival one. A side that makes both, or neither, says nothing.
 */
export function styleConflicts(before: StyleCounts, after: StyleCounts): number {
  let conflicts = 0;
  for (let marker = 0; marker < before.length; marker++) {
    const [a, b] = before[marker]!;
    const [c, d] = after[marker]!;
    if ((a! > 0 && b === 0 && c === 0 && d! > 0) || (a === 0 && b! > 0 && c! > 0 && d === 0)) conflicts++;
  }
  return conflicts;
}
