import { FEATURE_NAMES } from './gap-features.js';

/**
 * A story does not start inside a list or a table, nor at its first row: "June 9 – West Palm Beach,
 * FL @ Coral Sky Amphitheatre" after "The Doobie Brothers Tour Dates" continues the story, however
 * little its words share with the paragraphs before. The rows of a list change vocabulary at every
 * line, which the cohesion signals read as a new topic, so the decoder never splits at these gaps.
 * Nor does one start inside an interview's labelled questions and answers ("Q: Where did you grow
 * up?" / "A: St. Croix…" / "Q: Favorite childhood memory?"), which change subject at every question,
 * nor with a bare web address (the link line of a list item).
 */

const SAME_ROW_SHAPE = FEATURE_NAMES.indexOf('same-row-shape');
const LIST_STARTS_AFTER = FEATURE_NAMES.indexOf('list-starts-after');
const BEFORE_RECURRING_ROW = FEATURE_NAMES.indexOf('before-recurring-row');
const LISTING_GOES_ON = FEATURE_NAMES.indexOf('listing-goes-on');
const AFTER_HEADLINE_LIKE = FEATURE_NAMES.indexOf('after-headline-like');
const BEFORE_UNFINISHED = FEATURE_NAMES.indexOf('before-unfinished');
const INSIDE_INTERVIEW = FEATURE_NAMES.indexOf('inside-interview');
const OPENS_WITH_LINK = FEATURE_NAMES.indexOf('opens-with-link');

/** Share of the next rows that must repeat the first row's shape for a list to start there. */
const LIST_START_SHARE = 2 / 3;

/** Share of saturation at which a row's opener recurs often enough to be a listing's skeleton (2 other rows). */
const RECURRING_ROW_SHARE = 2 / 3;

/**
 * Whether a gap (its feature vector) lies inside a list or table (between two rows of a run of three
 * or more), between a heading or lead-in line and the list's first row ("The Doobie Brothers Tour
 * Dates", "Here’s why:"), or just after a row whose opener recurs through the document, while the
 * listing goes on ("Get it on Amazon for $…" ending every item of a deals page: the next item
 * follows, not a new story). The listing goes on when the opener comes again further on, or when
 * the next paragraph is not a finished sentence (the title of a last item that has no such row);
 * after the last row, a finished sentence may open the next story ("Portion Fix Containers: 1 tsp."
 * closing a recipe's rows, then an unrelated report's lead), inside
 * an interview's labelled questions and answers, or before a bare link. A list
 * right after a finished sentence may open the next story ("Claim", "Rating", … of a fact check).
 */
export function isListGap(features: readonly number[]): boolean {
  const afterLeadIn = features[AFTER_HEADLINE_LIKE] === 1 || features[BEFORE_UNFINISHED] === 1;
  return (
    features[SAME_ROW_SHAPE] === 1 ||
    (features[LIST_STARTS_AFTER]! >= LIST_START_SHARE && afterLeadIn) ||
    (features[BEFORE_RECURRING_ROW]! >= RECURRING_ROW_SHARE && features[LISTING_GOES_ON] === 1) ||
    features[INSIDE_INTERVIEW] === 1 ||
    features[OPENS_WITH_LINK] === 1
  );
}

/** The margins with every list gap made impossible to split. */
export function vetoListGaps(margins: readonly number[], features: readonly (readonly number[])[]): number[] {
  // A loop, not a callback made anew on every call (gap-features.ts says why).
  const vetoed: number[] = [];
  for (let gap = 0; gap < margins.length; gap++) vetoed.push(isListGap(features[gap]!) ? Number.NEGATIVE_INFINITY : margins[gap]!);
  return vetoed;
}
