import type { SpanRule } from './types.js';

/**
 * A politician's hover card flattened into the sentence that names them, as The Hill prints its
 * member links: the name, then (glued on) the card's copy of the name and the card's related
 * headlines, closed by its "MORE" link:
 *
 *   …threatened to kill Rep. Ilhan OmarIlhan OmarHillicon Valley: Progressives oppose funding bill
 *   over surveillance authority | … MORE (D-Minn.), the U.S. Attorney’s Office … announced Monday.
 *
 * The span runs from the glued word to "MORE", so what remains is the story's sentence short of the
 * surname, which the flattening glued to the card ("OmarIlhan") and which goes with it, since a
 * span removes whole words: "…threatened to kill Rep. Ilhan (D-Minn.), the U.S. Attorney’s Office
 * …". This is the one span rule that cuts inside a sentence: the card is the text that had broken
 * it. The glue is the card's mark: a surname ending in a lowercase letter with the first name
 * right after it, no space ("OmarIlhan", "NoemKristi Lynn Noem"), and the surname again inside the
 * card.
 */
const GLUED_NAME = /(\p{Lu}[\p{L}'’.-]{1,30}) (?:\p{Lu}[\p{L}'’.-]{0,30} )?(\p{Lu}[\p{L}'’-]{0,30}\p{Ll})(?=\1[ \p{Lu}])/gu;
/** The card's closing link: "MORE" as a word of its own, before the sentence goes on. */
const MORE = / MORE(?:\s+|$)/gu;
/** A card holds a few headlines: the "MORE" link is this close to the glue. */
const MAX_CARD_CHARS = 1500;

export const rule: SpanRule = {
  kind: 'span',
  id: 'hover-card',
  category: 'related',
  description: 'A politician\'s hover card flattened into a story sentence: the glued copy of the name, the card\'s headlines and its "MORE" link ("Rep. Ilhan OmarIlhan OmarHillicon Valley: … MORE (D-Minn.)").',
  englishOnly: false,
  match(text) {
    // Without a "MORE" link no glue can match, and the glue pattern is the costly part.
    if (!text.includes(' MORE')) return null;
    GLUED_NAME.lastIndex = 0;
    for (let glued = GLUED_NAME.exec(text); glued !== null; glued = GLUED_NAME.exec(text)) {
      const surname = glued[2]!;
      const cardStart = glued.index + glued[0].length;
      MORE.lastIndex = cardStart;
      const more = MORE.exec(text);
      if (more === null || more.index - cardStart > MAX_CARD_CHARS) return null;
      if (!text.slice(cardStart, more.index).includes(surname)) continue;
      // The surname is glued to the card: the span takes the whole glued word, so every word of
      // the line is either kept or removed whole.
      const wordStart = cardStart - surname.length;
      const start = text[wordStart - 1] === ' ' ? wordStart - 1 : wordStart;
      return { start, end: more.index + more[0].length, reason: 'a hover card flattened into the sentence' };
    }
    return null;
  },
  examples: {
    source: 'aeb container 6ebac0… lines 1 and 9, 156770… line 1 (The Hill)',
    cases: [
      {
        input:
          "A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan OmarIlhan OmarHillicon Valley: Progressives oppose funding bill over surveillance authority | Senators call for 5G security coordinator | Facebook gets questions over location tracking | Louisiana hit by ransomware attack Progressives oppose spending stopgap measure over surveillance authority extension Omar asks court to apply 'system of compassion' in sentencing man convicted of threatening her MORE (D-Minn.), the U.S. Attorney’s Office for the Western District of New York announced Monday.",
        remains: 'A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan (D-Minn.), the U.S. Attorney’s Office for the Western District of New York announced Monday.',
      },
      {
        input:
          "South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on 'meth, we're on it' anti-drug campaign South Dakota drops pipeline protest laws after lawsuit New South Dakota law requiring 'In God We Trust' sign to hang in public schools goes into effect MORE (R) is defending the state’s launch of an anti-drug campaign with the slogan “Meth, we’re on it.”",
        remains: 'South Dakota Gov. Kristi (R) is defending the state’s launch of an anti-drug campaign with the slogan “Meth, we’re on it.”',
      },
      {
        input:
          "Rep. Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders doubles down on Bolivia 'coup,' few follow suit Hillicon Valley: Progressives oppose funding bill over surveillance authority | Senators call for 5G security coordinator MORE (D-N.Y.) shortly after the arrest linked the incident to Fox News host Jeanine Pirro’s comments on Omar’s hijab.",
        remains: 'Rep. Alexandria (D-N.Y.) shortly after the arrest linked the incident to Fox News host Jeanine Pirro’s comments on Omar’s hijab.',
      },
    ],
    keep: [
      'Rep. Ilhan Omar (D-Minn.) said she would not comment on the case.',
      'The McDonald’s McFlurry machine is broken again, and customers want MORE from the chain.',
      'Ilhan Omar, Ilhan Omar! the crowd chanted as she walked in. They wanted MORE (and louder).',
    ],
  },
};
