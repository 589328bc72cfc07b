import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A line of labelled fields, the way a template prints an article's or a site's record: two or
 * more "Label: value" fields separated by " - " or " | ", with a date or a number among them.
 * "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo",
 * "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm",
 * "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com". Shape only, so it works
 * in any language; a story sentence does not chain labelled fields with dashes or bars.
 */
const FIELD = /(?:^|\s[-|–]\s)(?:\d[\d/.-]{0,10}\s[-|–]\s)?\p{Lu}[\p{L} .]{1,24}?\s?:\s/gu;
const MIN_FIELDS = 2;
const MAX_WORDS = 40;
const DIGIT = /\p{N}/u;
const SENTENCE_END = /[.!?]["”’)]*$/u;

export const rule: LineRule = {
  kind: 'line',
  id: 'field-line',
  category: 'byline',
  description: 'A line of two or more labelled fields separated by " - " or " | ", with a date or number ("05/10/2018 - Publicado por: X - Categoria: Saúde - Tags: …", "PUBLISHED: … | UPDATED: …").',
  englishOnly: false,
  match(text) {
    if (wordCount(text) > MAX_WORDS || !DIGIT.test(text) || SENTENCE_END.test(text)) return null;
    const fields = text.match(FIELD)?.length ?? 0;
    return fields >= MIN_FIELDS ? { reason: 'a line of labelled fields (date, author, category, source)' } : null;
  },
  examples: {
    source: 'aeb container f6ac15… line 2; aeb page 264dc3…, ba4dfe…, 654082…, 30b771…',
    remove: [
      '05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo',
      'PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm',
      'PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019',
      'Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com',
      'Telephone: 01507 529529 | Company No. 3676192 | VAT No: GB 716 6328 31',
    ],
    keep: [
      'Score: 3-1 - a fine result for the visitors.',
      'Q: What changed in 2019? A: Everything, she said.',
      'VIP : 60,000₩',
      'Palm Bay (1-0): Tolivert 25 points. Davis 17 points.',
    ],
  },
};
