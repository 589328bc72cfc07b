import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A related-story link set in capitals between a story's paragraphs, as Fox News drops them into
 * its stories: "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'", "TAYLOR SWIFT'S FORMER LABEL
 * BOSS BLASTS HER SCOOTER BRAUN 'BULLYING' CLAIMS, SAYS SHE KNEW ABOUT SALE". A story's own
 * subheading in capitals is shorter ("WHAT YOU NEED TO MAKE JAM", "HOW WILL OBAMA PLAY?": at most
 * 7 words in the aeb train golds), so the line must be a full headline of 8 words or more, set
 * in capitals throughout, and not end a sentence.
 */
const MIN_WORDS = 8;
const MAX_WORDS = 25;
/** Share of the line's letters that are capitals; scripts without case (Hangul, kana) have none. */
const MIN_UPPER_SHARE = 0.95;
const MIN_LETTERS = 25;
const UPPER = /\p{Lu}/gu;
const LETTER = /\p{L}/gu;
const SENTENCE_END = /[.!?…:]["”’')]*$/u;

export const rule: LineRule = {
  kind: 'line',
  id: 'shouted-teaser',
  category: 'related',
  description: 'A related-story headline of 8+ words set in capitals between the paragraphs, without a sentence end ("SEAN SPICER ELIMINATED FROM \'DANCING WITH THE STARS\'").',
  englishOnly: false,
  match(text) {
    const words = wordCount(text);
    if (words < MIN_WORDS || words > MAX_WORDS || SENTENCE_END.test(text)) return null;
    const letters = text.match(LETTER)?.length ?? 0;
    if (letters < MIN_LETTERS) return null;
    const upper = text.match(UPPER)?.length ?? 0;
    return upper >= MIN_UPPER_SHARE * letters ? { reason: 'a related-story headline set in capitals' } : null;
  },
  examples: {
    source: 'aeb container 7dfc3e…, eb62ac…, 513745… (Fox News, Fox Business); keep: aeb gold 4219d0…, aec5de…, 05844…',
    remove: [
      "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'",
      "'DANCING WITH THE STARS' CARRIE ANN INABA OPENS UP ABOUT SERIOUS HEALTH CONDITION",
      "A LONG, DRAWN OUT HISTORY OF TAYLOR SWIFT'S FEUDS",
      "TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS HER SCOOTER BRAUN 'BULLYING' CLAIMS, SAYS SHE KNEW ABOUT SALE",
      "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM",
    ],
    keep: [
      'WHAT YOU NEED TO MAKE JAM',
      'HOW TO USE A WATER BATH CANNER',
      'WILL SOMEONE STAND UP FOR THE ESTABLISHMENT?',
      'VOLKSWAGEN ID. SPACE VIZZION CONCEPT',
      'Taylor Swift cleared to perform hits at AMAs amid feud with Scooter Braun, Big Machine Records',
      'SBS <그녀로 말할 것 같으면> 역시 막장의 요소가 다분한 작품이다. 폭력남편에게 고통당하던 여주인공은 전신성형 수술 후 기억상실에 걸린다',
    ],
  },
};
