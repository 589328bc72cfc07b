import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A sponsor's paragraph inside a newsletter, under its label, as POLITICO's Playbook and Axios print it
 * between the newsletter's items:
 *
 *   A message from Amazon:
 *   Amazon employs more than 1 million people across the U.S., with an average starting wage of over
 *   $20.50 per hour. Our employees also get health care from day one. Learn more.
 *
 * The label alone could head a message a story quotes ("A message from President Zelensky:"), so the
 * paragraph under it must be the sponsor's: it ends on the advert's link ("Learn more.", "Find out
 * more.") or names the sponsor and speaks for it ("our", "we").
 */
const LABEL = /^(?:a )?message from (\p{L}[\p{L}\p{N}&.'’-]*(?: [\p{L}\p{N}&.'’-]+){0,3}):?$/iu;
/** The label's sponsor is a name: capitalised, as the label prints it in any case. */
const NAME_START = /^\p{Lu}/u;
const ADVERT_LINK = /(?:^|[.!?] )(?:learn more|find out more|read more|discover more|see how|see more|get started)[.!]?$/i;
const SPEAKS_FOR_ITSELF = /\b(?:our|we|we['’]re|we['’]ve|us)\b/i;
/** A sponsor's paragraph is an advert's length. */
const MAX_WORDS = 80;

export const rule: BlockRule = {
  kind: 'block',
  id: 'sponsor-message',
  category: 'advertisement',
  description:
    'A newsletter sponsor\'s paragraph under its label ("A message from Amazon:", POLITICO, Axios): the label and the paragraph after it (≤ 80 words), which ends on the advert\'s link ("Learn more.") or names the sponsor and speaks for it ("our", "we").',
  englishOnly: true,
  match(texts, start) {
    const label = LABEL.exec(texts[start]!);
    const paragraph = texts[start + 1];
    if (label === null || paragraph === undefined || !NAME_START.test(label[1]!) || wordCount(paragraph) > MAX_WORDS) return null;
    const sponsor = label[1]!.toLowerCase();
    const sponsors = ADVERT_LINK.test(paragraph) || (paragraph.toLowerCase().includes(sponsor) && SPEAKS_FOR_ITSELF.test(paragraph));
    return sponsors ? { length: 2, reason: `sponsor's message (${label[1]!})` } : null;
  },
  examples: {
    source: 'probe r24, a made-up page in the shape of POLITICO Playbook (05 lines 33–34); an Axios-style label in capitals',
    remove: [
      [
        'A message from Amazon:',
        'Amazon employs more than 1 million people across the U.S., with an average starting wage of over $20.50 per hour. Our employees also get health care from day one. Learn more.',
      ],
      ['A MESSAGE FROM PHRMA', 'PhRMA members are investing billions in research because we believe patients deserve new cures.'],
    ],
    keep: [
      // A message a story quotes, under its heading: it neither links out nor names its sender.
      [
        'A message from President Zelensky:',
        'Ukraine will not give up its land. We will fight for every town and every village, and we will win.',
      ],
      ['A message from the mayor:', 'Stay indoors tonight. Learn more.'],
      ['A message from Amazon arrived on Tuesday.', 'It said the order was late.'],
    ],
  },
};
