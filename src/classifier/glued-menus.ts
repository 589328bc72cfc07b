import type { FurnitureShape } from './furniture-lines.js';

/**
 * A menu or a share bar whose links the flattening glued together, kept as story: "Share to
 * LinkedInLinkedInShare to FacebookFacebookShare to TwitterTwitterShare to EmailEmailShare to
 * MoreMore", "100 People You Should Know ShowcaseAnnual Report Card ShowcaseBest of Breed …",
 * "Commercial Blue OriginCeres RoboticsCLPSlunar landerSierra Nevada Corp.SpaceXTyvak". Where one
 * link's text ends and the next begins, a lowercase letter meets a capital inside a word; a story
 * has such words only in brand names ("WeWork", "MacBook", "iPad Pro"), never a quarter of them
 * (at most 4 of 36 words in a train gold line). Checked after scoring (`furniture-lines.ts` says why).
 */
const MIN_GLUED_WORDS = 3;
const MIN_GLUED_SHARE = 0.25;
const GLUE = /\p{Ll}\p{Lu}/u;
const GLUES = /\p{Ll}\p{Lu}/gu;
/** A link or a handle spells its own case ("http://amzn.to/2iJFhRj", "@NGRSenate"): no glue. */
const ADDRESS = /[/@]/u;

export const gluedMenu: FurnitureShape = { test: isGluedMenu, why: 'removed: links glued into one line (a menu)' };

/** At least {@link MIN_GLUED_WORDS} words, and {@link MIN_GLUED_SHARE} of all, join two links. */
export function isGluedMenu(text: string): boolean {
  // A word joins two links only where the whole text has a glue, and no glue spans two words: a
  // paragraph with fewer glues than a menu needs (nearly every story paragraph) is not split into words.
  if ((text.match(GLUES)?.length ?? 0) < MIN_GLUED_WORDS) return false;
  const words = text.split(' ');
  let glued = 0;
  for (const word of words) if (GLUE.test(word) && !ADDRESS.test(word)) glued++;
  return glued >= MIN_GLUED_WORDS && glued >= MIN_GLUED_SHARE * words.length;
}
