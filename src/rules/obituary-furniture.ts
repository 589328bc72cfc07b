import type { LineRule } from './types.js';

/**
 * The furniture an obituary platform prints around a paid death notice (Legacy.com and the funeral-home sites built
 * like it, for hundreds of papers): the notice's run in the paper ("Published by The Times-Tribune from Mar. 13 to
 * Mar. 15, 2024."), the store's promo ("To plant trees in memory, please visit the Sympathy Store."), the service
 * box's heading and buttons ("Funeral services provided by:", "Get Directions") and the guest book's buttons ("Sign
 * the Guest Book", "Send Flowers", "Browse example messages"). The family's own text stays, pointers included ("To
 * leave an online condolence, please visit www.kearneyfuneralhome.com."): it is the notice.
 */
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?`;
/**
 * A run of dates, not one: a book's details read "Published by Knopf on March 5, 2024". The paper's name is read by its
 * capital, so without the i flag (under it `\p{Lu}` is any letter: a feature's "Published in weekly instalments from Apr.
 * 30 to Nov. 26, 1859." went).
 */
const NOTICE_RUN = new RegExp(String.raw`^[Pp]ublished (?:by|in) (?:[Tt]he )?\p{Lu}[^.!?]{0,60}? from ${MONTH_DAY} to ${MONTH_DAY}\.?$`, 'u');
/** The store's promo names the store: the family's own pointers name a charity or the funeral home's site. */
const STORE_PROMO = /^to (?:plant (?:a )?(?:memorial )?trees?|send (?:flowers|a (?:sympathy )?gift))\b[^.!?]{0,80}\b(?:visit|go to) (?:the|our) (?:[\p{L}]+ ){0,3}(?:store|shop)\.?$/iu;
const BUTTON =
  /^(?:sign (?:the|our|a|my) guest ?book|send (?:sympathy )?flowers|send a (?:sympathy )?gift|browse (?:example|sample|suggested) (?:messages|condolences)|get directions|(?:funeral )?(?:services|arrangements) (?:provided|handled|entrusted) (?:by|to):)[ .!>»›]*$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'obituary-furniture',
  category: 'navigation',
  description:
    'An obituary platform\'s furniture around a death notice: its run in the paper ("Published by X from Mar. 13 to Mar. 15, 2024."), the store\'s promo ("To plant trees in memory, please visit the Sympathy Store."), the service box ("Funeral services provided by:", "Get Directions") and the guest book\'s buttons ("Sign the Guest Book", "Send Flowers", "Browse example messages").',
  englishOnly: true,
  match(text) {
    if (BUTTON.test(text)) return { reason: 'obituary page button or heading' };
    if (NOTICE_RUN.test(text)) return { reason: 'death notice\'s run in the paper' };
    return STORE_PROMO.test(text) ? { reason: 'obituary store promo' } : null;
  },
  examples: {
    source: 'a paid death notice on an obituary platform, Legacy.com\'s layout (probe r23, made-up notice; none in ../shared/datasets)',
    remove: [
      'Published by The Times-Tribune from Mar. 13 to Mar. 15, 2024.',
      'To plant trees in memory, please visit the Sympathy Store.',
      'Sign the Guest Book',
      'Send Flowers',
      'Browse example messages',
      'Get Directions',
      'Funeral services provided by:',
    ],
    keep: [
      // The family's own pointers close the notice (probe r23, labelled as story).
      'To leave an online condolence, please visit www.kearneyfuneralhome.com.',
      'In lieu of flowers, memorial contributions may be made to the St. Francis of Assisi Kitchen, 500 Penn Ave., Scranton, PA 18509.',
      'Published by Knopf on March 5, 2024, the novel sold 40,000 copies in its first week.',
      // A feature's line on a serialised novel, which the i flag took: its \p{Lu} read "weekly" as a paper's name (2026-12-07).
      'Published in weekly instalments from Apr. 30 to Nov. 26, 1859.',
      'Arrangements are entrusted to the Kearney Funeral Home, Scranton.',
      'Send flowers to the funeral home, the family asked, not to the house.',
      'To plant trees in memory of the victims, the council will visit every school in the district.',
      'Get directions from a local before you set off, rangers advise.',
    ],
  },
};
