import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * An opinion column's note on its author, who is named in the byline above: under the byline, the
 * New York Times' "Ms. Kovacs is a pediatrician and the author of “Let Them Climb.”", and the bio
 * closing the column, "Anna Kovacs is a pediatrician in Minneapolis and the author of…".
 *
 *   By Anna Kovacs
 *   Ms. Kovacs is a pediatrician and the author of “Let Them Climb.”
 *   Last spring, a mother at the playground near my office asked me…
 *
 * Alone, either reads like a story sentence about someone ("Ms. Smith is a nurse at the hospital.",
 * "Jane Smith is the author of a new book on…"); what makes it the column's note is that it names the
 * byline's author, in the third person, in a column the author wrote. So the note names that author:
 * by the byline's full name anywhere after it, or by title and surname right under the byline (a
 * story may name another Smith further down).
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]*){1,2}`;
/**
 * "By Anna Kovacs", "By Anna Kovacs and Tom Reed": the names, nothing else on the line but the comma Forbes prints
 * before its "Contributor." line ("By Dana Whitcomb,").
 */
const BYLINE = new RegExp(String.raw`^By (${NAME})(?:(?:,| and| &) (${NAME}))*,?$`, 'u');
const BYLINE_NAMES = new RegExp(NAME, 'gu');
/**
 * A byline of the bare name, as ESPNcricinfo prints it over its reports (probe r34: "Alagappan Muthu" / … / "Alagappan Muthu is a
 * senior sub-editor at ESPNcricinfo"): the note then names exactly that line's full name, two or three words, not by title.
 */
const BARE_NAME = new RegExp(String.raw`^${NAME}$`, 'u');
/**
 * The note's opening: who, then "is a/an/the" or "was a/an/the", or the beat a contributor's note under Forbes' byline
 * gives ("Dana Whitcomb covers cybersecurity and privacy for consumers…").
 */
const OPENING = /^((?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.? )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]*){0,2}) (?:(?:is|was) (?:a|an|the)\b|(?:covers|writes about|reports on) )/u;
const TITLE = /^(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.? /u;
/** The note's length: a bio of a sentence or three. */
const MAX_WORDS = 60;
/** The byline sits near the top; looking no further keeps the rule linear on a long page. */
const MAX_BYLINE_POSITION = 80;
/** How far under the byline a note by title and surname may sit (the byline, then a stamp or a share bar). */
const TITLED_NOTE_REACH = 2;

export const rule: BlockRule = {
  kind: 'block',
  id: 'contributor-note',
  category: 'byline',
  description:
    'A column\'s note on its author named in the byline above: by title and surname right under the byline ("Ms. Kovacs is a pediatrician and the author of…", the New York Times), or by the byline\'s full name further down ("Anna Kovacs is a pediatrician in Minneapolis and…"); at most 60 words.',
  englishOnly: true,
  match(texts, start) {
    const text = texts[start]!;
    const opening = OPENING.exec(text);
    if (opening === null || wordCount(text) > MAX_WORDS) return null;
    const subject = opening[1]!;
    const titled = TITLE.test(subject);
    const surname = subject.slice(subject.lastIndexOf(' ') + 1);
    const from = titled ? Math.max(0, start - TITLED_NOTE_REACH) : 0;
    for (let i = Math.min(start, MAX_BYLINE_POSITION) - 1; i >= from; i--) {
      const byline = texts[i]!;
      if (!titled && byline === subject && BARE_NAME.test(byline) && i < start - 1) return { length: 1, reason: `note on the author named in the bare byline at paragraph ${i + 1}` };
      if (!BYLINE.test(byline)) continue;
      const names = byline.slice(3).match(BYLINE_NAMES) ?? [];
      const named = names.some((name) => (titled ? name.endsWith(` ${surname}`) : name === subject));
      if (named) return { length: 1, reason: `note on the columnist named in the byline at paragraph ${i + 1}` };
    }
    return null;
  },
  examples: {
    source: 'probe r24, a made-up page in the shape of a New York Times guest essay (10 lines 15–16 and 34)',
    remove: [],
    inContext: [
      {
        texts: ['Credit...Illustration by Jess Hart', 'By Anna Kovacs', 'Ms. Kovacs is a pediatrician and the author of “Let Them Climb.”', 'Last spring, a mother at the playground near my office asked me whether her son was too young to climb a tree.'],
        start: 2,
        length: 1,
      },
      {
        texts: [
          'By Anna Kovacs',
          'Last spring, a mother at the playground near my office asked me whether her son was too young to climb a tree.',
          'The boy climbed the tree, by the way. He got about halfway up, froze, and came down. Then he went back up.',
          'Anna Kovacs is a pediatrician in Minneapolis and the author of “Let Them Climb: Raising Brave Kids in a Cautious World.”',
        ],
        start: 3,
        length: 1,
      },
      // Probe r24b, a made-up page in the shape of a Forbes contributor page (forbes line 9): the byline, its label, the beat.
      {
        texts: ['By Dana Whitcomb,', 'Contributor.', 'Dana Whitcomb covers cybersecurity and privacy for consumers and small businesses.', 'Follow Author'],
        start: 2,
        length: 1,
      },
      { texts: ['By Tom Reed and Anna Kovacs', 'Dr. Kovacs is a professor of pediatrics at the University of Minnesota.'], start: 1, length: 1 },
      // Probe r34, a made-up ESPNcricinfo match report: the bare byline over the report, the note under it.
      {
        texts: [
          'Alagappan Muthu',
          '07-Dec-2026',
          'Travis Head was in the mood again. On a day that began with Jasprit Bumrah threatening to drag India back into the Test, Head counter-attacked.',
          'Alagappan Muthu is a senior sub-editor at ESPNcricinfo',
        ],
        start: 3,
        length: 1,
      },
    ],
    keep: [
      // Story sentences that open with a name: no byline names that person.
      ['By Anna Kovacs', 'Ms. Smith is a nurse at the hospital and has worked nights for a decade.', 'Jane Smith is the author of a new book on playgrounds.'],
      // The byline's surname, but far from it: another Kovacs in the story.
      [
        'By Anna Kovacs',
        'Last spring, a mother at the playground near my office asked me whether her son was too young to climb a tree.',
        'The tree was perhaps 12 feet tall. The lowest branch was at her son’s shoulder.',
        'Mr. Kovacs is a retired engineer who built the playground in 1974.',
      ],
      // The author's name in a sentence that is no note.
      ['By Anna Kovacs', 'Anna Kovacs, the author, declined to comment on the lawsuit.'],
      // A name standing alone right above a sentence about that person (a Q&A's speaker label), and a surname alone.
      ['Jane Smith', 'Jane Smith is a nurse at the hospital and has worked nights for a decade.'],
      ['Travis Head', 'The innings turned after lunch.', 'Head is a left-hander who opens in one-day cricket.'],
      // A beat sentence about someone the byline does not name.
      ['By Dana Whitcomb,', 'Contributor.', 'Tom Reed covers the night shift for his brother, who is ill.'],
    ],
  },
};
