import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * The author box under a post, in any of the languages a blog theme translates it into: a heading that names the
 * author ("About Victor Davis Hanson", "Über Moritz Bachmann", "Sobre Carlos Nadalim") or says "about the author", the
 * author's name on its own line under the generic heading, then the bio, which names the author again:
 *
 *   Über Moritz Bachmann
 *   Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen dem internen Online-Marketing und …
 *
 * A heading of "About" and two or three capitalised words is the site's furniture even without a bio ("About Houston
 * Chronicle", "About Our Ads": every such line on the aeb train pages is junk); a bio line goes only when it names the
 * person the heading named, so the story's paragraph after a bare heading stays.
 */
/** Not Dutch "Over", Swedish "Om" or Czech "O": "Over The Top" is a headline, "Om Prakash" a name, "O Estado" Portuguese's article. */
const ABOUT = String.raw`(?:About|Über|Sobre|À propos de|Acerca de)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]+`;
const NAMED_HEADING = new RegExp(String.raw`^${ABOUT} (${NAME_WORD}(?: ${NAME_WORD}){1,2})$`, 'u');
const GENERIC_HEADING =
  /^(?:about the authors?|about the writer|über (?:den|die) autor(?:in)?|sobre (?:o|a|el|la) autor[ae]?|acerca del autor|à propos de l['’]auteur|sull['’]autore|over de auteur|om forfatteren)$/iu;
const BARE_NAME = new RegExp(String.raw`^${NAME_WORD}(?: ${NAME_WORD}){1,3}$`, 'u');
const MAX_BIO_WORDS = 120;

/** Whether `bio` is a bio of `name`: no longer than a bio, it names the person by one of their names ("Zac covers…"). */
function isBioOf(bio: string | undefined, name: string): boolean {
  if (bio === undefined || wordCount(bio) > MAX_BIO_WORDS) return false;
  return name.split(' ').some((word) => word.length >= 3 && bio.includes(word));
}

export const rule: BlockRule = {
  kind: 'block',
  id: 'author-box',
  category: 'byline',
  description:
    'An author box: "About" and a name in English, German, Portuguese, Spanish or French ("About Victor Davis Hanson", "Über Moritz Bachmann"), or "About the author" over the name, then the bio when it names the author again (≤ 120 words).',
  englishOnly: false,
  match(texts, start) {
    const heading = texts[start]!;
    let name = NAMED_HEADING.exec(heading)?.[1];
    let end = start + 1;
    if (name === undefined) {
      if (!GENERIC_HEADING.test(heading)) return null;
      const next = texts[end];
      if (next === undefined || !BARE_NAME.test(next)) return { length: 1, reason: 'author box heading' };
      name = next;
      end++;
    }
    if (isBioOf(texts[end], name)) end++;
    return { length: end - start, reason: 'author box' };
  },
  examples: {
    source: 'aeb train pages 57b4dafd… (German), 23aaecd1… (Portuguese), f5c90a6d…, 9ebb3af6…, 5fa5679d…, cc4aa22b…',
    remove: [
      [
        'Über Moritz Bachmann',
        'Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen dem internen Online-Marketing und dem Bereich Sales.',
      ],
      [
        'Sobre Carlos Nadalim',
        'Pai de Francesco e Teresa e marido de Bárbara, Carlos Nadalim é também coordenador pedagógico na escola Mundo do Balão Mágico, em Londrina, cidade onde mora.',
      ],
      ['About Victor Davis Hanson'],
      ['About Houston Chronicle'],
      ['About the author', 'Adam Clark Estes'],
      ['About the Author', 'Zac Hall', 'Zac covers Apple news, hosts the 9to5Mac Happy Hour podcast, and created SpaceExplored.com.'],
    ],
    inContext: [
      // A line naming the author goes with the heading (f5c90a6d…); one that does not stays for the other rules (9ebb3af6…).
      { texts: ['About Victor Davis Hanson', 'Follow Victor Davis Hanson on Twitter', 'Comments'], start: 0, length: 2 },
      { texts: ['About Houston Chronicle', 'Advertise with Us'], start: 0, length: 1 },
    ],
    keep: [
      ['About Face', 'The band reunited in 2019 after a decade apart.'],
      ['About 200 people gathered outside the court on Monday.'],
      ['About the author’s claims, the publisher said nothing.'],
      ['Über Nacht fiel der Schnee.'],
    ],
  },
};
