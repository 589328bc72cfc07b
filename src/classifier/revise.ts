import type { LineJudgement } from './classify.js';

/** How sure a first label is, in the manner of jusText's good / bad / short-or-near-good classes. */
export type InitialClass = 'good' | 'bad' | 'uncertain';

/** The revision of an uncertain paragraph whose nearest certain neighbours are both junk (the block revisions read it). */
export const BETWEEN_BOILERPLATE = 'between boilerplate lines';

/**
 * jusText's context revision: an uncertain paragraph between two story paragraphs is story (a
 * subheading, "There were wins too."), between two junk lines it is junk (a menu item). Between
 * story and junk, a sentence (`sentences[i]`: longer than a short line and ending like a sentence)
 * is story, as jusText keeps a near-good paragraph with a good neighbour: the lead right under a
 * removed byline ("A HUNTER who killed and ate a wild rabbit…"), the story's last line before its
 * captions ("Nowadays, plague is easily treated with antibiotics."). Otherwise the paragraph's own
 * probability decides against its threshold. Certain paragraphs keep their label.
 *
 * The search for the nearest certain paragraph passes over the paragraphs marked in `passedOver`
 * (the rows of a teaser widget inside the story): the widget's headlines are junk, but the story
 * goes on below them, so the lead above the widget is not "between boilerplate lines":
 *
 *   Two United States service members have been killed in a helicopter crash in Afghanistan, …   (0.55, uncertain)
 *   "The cause of the crash is under investigation, however preliminary reports do not …"        (0.62, uncertain)
 *   Afghan woman politician sees Taliban talks as only hope                                       (teaser widget)
 *   Young people, including Taliban youth, must be heard: UN envoy                                (teaser widget, bad)
 *   China invites Taliban, Afghan officials for two-day talks                                     (teaser widget)
 *   It did not reveal the crash location and said it was withholding the names of those killed …  (good)
 */
export function reviseByNeighbours(
  probabilities: readonly number[],
  initial: readonly InitialClass[],
  thresholds: readonly number[],
  sentences: readonly boolean[],
  passedOver: readonly boolean[] = [],
): LineJudgement[] {
  const left = nearestCertainFrom(initial, passedOver, -1);
  const right = nearestCertainFrom(initial, passedOver, 1);
  // A loop, not a callback made anew on every call: this runs for every document (DEVELOPERS.md, "Workers").
  const judgements: LineJudgement[] = [];
  for (let i = 0; i < probabilities.length; i++) judgements.push(revise(probabilities[i]!, initial[i]!, left[i], right[i], thresholds[i]!, sentences[i]!));
  return judgements;
}

function revise(
  probability: number,
  own: InitialClass,
  leftClass: InitialClass | undefined,
  rightClass: InitialClass | undefined,
  threshold: number,
  sentence: boolean,
): LineJudgement {
  if (own !== 'uncertain') return { probability, initial: own, boilerplate: own === 'bad', revision: null };
  // As in jusText, the document's edges count as boilerplate: a menu at the top has no story before it.
  const left = leftClass ?? 'bad';
  const right = rightClass ?? 'bad';
  if (left === 'good' && right === 'good') {
    return { probability, initial: own, boilerplate: false, revision: 'between story paragraphs' };
  }
  if (left === 'bad' && right === 'bad') {
    return { probability, initial: own, boilerplate: true, revision: BETWEEN_BOILERPLATE };
  }
  // One story neighbour and one junk neighbour: headlines, labels and menu items ending no sentence
  // stay with their own score (a teaser's headline sits right above the story as often as a subheading).
  if (sentence) return { probability, initial: own, boilerplate: false, revision: 'a sentence next to story paragraphs' };
  return { probability, initial: own, boilerplate: probability >= threshold, revision: null };
}

/**
 * For every paragraph, the class of the nearest certain paragraph before it (`step` −1) or after it
 * (`step` 1) that is not passed over, undefined at the document's edge. One sweep, so a long run of
 * uncertain one-word lines costs O(n), not O(n²).
 */
function nearestCertainFrom(
  initial: readonly InitialClass[],
  passedOver: readonly boolean[],
  step: 1 | -1,
): Array<InitialClass | undefined> {
  const nearest = new Array<InitialClass | undefined>(initial.length);
  let seen: InitialClass | undefined;
  const first = step === 1 ? initial.length - 1 : 0;
  for (let i = first; i >= 0 && i < initial.length; i -= step) {
    nearest[i] = seen;
    if (initial[i] !== 'uncertain' && passedOver[i] !== true) seen = initial[i];
  }
  return nearest;
}
