import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * An academic outlet's disclosure box under its byline (The Conversation, probe r28), flattened one element a line:
 *
 *   Disclosure statement
 *   Helena Marsh receives funding from the Natural Environment Research Council.
 *   Partners
 *   University of Reading provides funding as a member of The Conversation UK.
 *   View all partners
 *
 * The statement alone reads like a story sentence about someone's funding; what makes it the box is the heading right above
 * it. So the heading must open the block, the statement under it must speak of the author's funding, employment, shares,
 * consulting or affiliations, and the partner lines after it go only under their own "Partners" heading.
 */
const HEADING = /^disclosure statement:?$/i;
const STATEMENT =
  /\b(?:receives?|received|has received|have received) funding\b|\b(?:works?|worked) for\b|\bconsults? (?:for|to)\b|\bowns? shares\b|\bhas disclosed\b|\bhave disclosed\b|\baffiliations?\b|\bis (?:a |an )?(?:member|trustee|director|adviser|advisor|fellow) (?:of|at|to)\b/i;
const MAX_STATEMENT_WORDS = 90;
const PARTNERS_HEADING = /^partners:?$/i;
/** A partner line: the funder named as the outlet's member or partner, or the box's link. */
const PARTNER_LINE = /^(?:view all partners|[^.!?]{1,120}\bprovides? funding as (?:a )?(?:founding )?(?:partner|member)s? of\b[^!?]{1,60})$/i;
/** The partner lines the box prints: the funders (one or two) and the link. */
const MAX_PARTNER_LINES = 3;

export const rule: BlockRule = {
  kind: 'block',
  id: 'disclosure-statement',
  category: 'legal',
  description:
    'An academic outlet\'s disclosure box (The Conversation): the heading "Disclosure statement", the statement under it on the author\'s funding, work, shares or affiliations (≤ 90 words), and the "Partners" heading with its funder lines and "View all partners" after it.',
  englishOnly: true,
  match(texts, start) {
    if (!HEADING.test(texts[start]!)) return null;
    const statement = texts[start + 1];
    if (statement === undefined || wordCount(statement) > MAX_STATEMENT_WORDS || !STATEMENT.test(statement)) return null;
    let end = start + 2;
    if (end < texts.length && PARTNERS_HEADING.test(texts[end]!)) {
      end++;
      const limit = end + MAX_PARTNER_LINES;
      while (end < texts.length && end < limit && PARTNER_LINE.test(texts[end]!)) end++;
    }
    return { length: end - start, reason: 'disclosure box: the author\'s statement and the outlet\'s partners' };
  },
  examples: {
    source: 'probe r28, a made-up page in the shape of two glued stories of The Conversation (12 lines 15–19, 42–45)',
    remove: [
      [
        'Disclosure statement',
        'Helena Marsh receives funding from the Natural Environment Research Council.',
        'Partners',
        'University of Reading provides funding as a member of The Conversation UK.',
        'View all partners',
      ],
      [
        'Disclosure statement',
        'Daniel Kerrigan does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.',
        'Partners',
        'View all partners',
      ],
    ],
    inContext: [
      // The box's statement only, the story after it.
      {
        texts: ['Disclosure statement', 'Helena Marsh receives funding from the Natural Environment Research Council.', 'When people talk about heatwaves, they usually talk about peak temperatures.'],
        start: 0,
        length: 2,
      },
    ],
    keep: [
      // A story sentence on someone's funding, without the box's heading.
      ['Helena Marsh receives funding from the Natural Environment Research Council, which paid for the fieldwork.', 'Partners'],
      // A story's subheading over a paragraph that is no statement, and a bare "Disclosure" heading over one that is.
      ['Disclosure statement', 'The company will publish its accounts on Monday, a spokesperson said.'],
      ['Disclosure', 'The minister has disclosed that he owns shares in the firm.'],
    ],
  },
};
