import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * Forbes' close under every contributor's story, in its template's words, and the author box the page prints right
 * after it: the sign-off, the author's name alone, then the bio (aeb page a078b3…, lines 197–199):
 *
 *   Follow me on Twitter or LinkedIn. Check out my website.
 *   Bruce Y. Lee
 *   I am a writer, journalist, professor, systems modeler, …
 *
 * The sign-off alone is the writer's own links, then "Check out my website"; a story does not send the reader to its
 * writer's website. Taken alone it left the box under it to the classifier, which kept the name and the bio; so the
 * box goes with it: a name line, and a bio that speaks of the author in the first person or opens with the name.
 */
const NETWORK = String.raw`(?:Twitter|LinkedIn|Instagram|Facebook|X|Threads|Bluesky)`;
const SIGN_OFF = new RegExp(
  String.raw`^[Ff]ollow me on ${NETWORK}(?:(?:, | or | and |, or |, and )${NETWORK}){0,3}\. [Cc]heck out my (?:website|[Ww]ebsite or some of my other work here)\.?$`,
  'u',
);
/** "Bruce Y. Lee", "Dana Whitcomb": two to four capitalised words or initials, nothing else. */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){1,3}$/u;
/** The bio's opening: "I am a writer…", "I cover…", "She writes about…". */
const FIRST_PERSON_BIO = /^(?:I(?:['’]m| am| have| write| cover| report| was)|(?:He|She|They) (?:is|was|has|covers|writes))\b/u;
/** A bio of a few sentences; a longer paragraph is not the box. */
const MAX_BIO_WORDS = 80;

export const rule: BlockRule = {
  kind: 'block',
  id: 'contributor-sign-off',
  category: 'byline',
  description:
    'Forbes\' contributor sign-off ("Follow me on Twitter or LinkedIn. Check out my website.") and the author box printed right under it: the author\'s name alone and a bio in the first person or opening with that name.',
  englishOnly: true,
  match(texts, start) {
    if (!SIGN_OFF.test(texts[start]!)) return null;
    let end = start + 1;
    const name = texts[end];
    if (name !== undefined && NAME_LINE.test(name)) {
      const bio = texts[end + 1];
      if (bio !== undefined && wordCount(bio) <= MAX_BIO_WORDS && (FIRST_PERSON_BIO.test(bio) || bio.startsWith(`${name} `))) end += 2;
    }
    return { length: end - start, reason: end - start > 1 ? 'contributor sign-off and author box' : 'contributor sign-off' };
  },
  examples: {
    source: 'aeb page a078b3… lines 197–199 (Forbes); probe r24b, a made-up page in the shape of a Forbes contributor page (forbes line 30)',
    remove: [
      ['Follow me on Twitter or LinkedIn. Check out my website.'],
      ['Follow me on Twitter or LinkedIn. Check out my website or some of my other work here.'],
      [
        'Follow me on Twitter or LinkedIn. Check out my website.',
        'Bruce Y. Lee',
        'I am a writer, journalist, professor, systems modeler, computational and digital health expert, avocado-eater, and entrepreneur.',
      ],
    ],
    inContext: [
      // Probe r24b: the name alone, then the page's footer links: the sign-off goes, the name stays for the classifier.
      { texts: ['Follow me on Twitter or LinkedIn. Check out my website.', 'Dana Whitcomb', 'Editorial Standards'], start: 0, length: 1 },
    ],
    keep: [
      ['Follow me on this one, the coach said. Check out my website later.', 'Bruce Y. Lee', 'I am a writer.'],
      ['He told fans to follow him on LinkedIn. Check out my website, he joked.'],
    ],
  },
};
