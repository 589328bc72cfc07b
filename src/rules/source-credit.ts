import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A caption that ends with its credit: "Hong Kong Cyberport hosts AI summit. Source: Cyberport",
 * "… (Image credit: NASA)", "… (NASA/JPL-Caltech/ASU)", or a bare agency credit line
 * "Sakib Ali/Hindustan Times/Getty Images".
 */
const TRAILING_SOURCE = /(?:^|[.!?)”"] )(?:source|sources|credit|credits|photo|image|image credit|photo credit)s?: [^.!?:]{1,60}$/i;
const TRAILING_PAREN_CREDIT = /\((?:[Ii]mage|[Pp]hoto|[Pp]icture|[Pp]ic|[Cc]redit)(?: [Cc]redit)?: [^()]{1,80}\)$|\(\p{Lu}[^()\s/]{0,29}(?:\/\p{Lu}[^()/]{0,29}){1,3}\)$/u;
/** "(AP Photo/Alan Diaz, File)", "… 2019. REUTERS/Brendan McDermid", "… J. Scott Applewhite / AP file". */
const WIRE_PHOTO_CREDIT =
  /(?:\((?:AP|AFP|EPA|Reuters|Getty)(?: Photo)?\/[^()]{1,60}\)|\b(?:REUTERS|AP|AFP|EPA)\/[\p{L} .'’-]{1,40}(?:\/File(?: Photo)?)?|\/ (?:AP|AFP|Reuters|Getty Images)(?: file)?)$/u;
const AGENCY_CREDIT = /^[^.!?]{0,80}\/ ?(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|pa|pa wire|ap photo|afp via getty images)$/i;
/** Captions are short; a long paragraph ending in "Source: X" is a story with its attribution. */
const MAX_CAPTION_WORDS = 40;

export const rule: LineRule = {
  kind: 'line',
  id: 'source-credit',
  category: 'caption',
  description: 'A short caption line ending in its credit (". Source: X", "(Image credit: X)", "(A/B)", "Name/Agency").',
  englishOnly: false,
  match(text) {
    if (wordCount(text) > MAX_CAPTION_WORDS) return null;
    if (TRAILING_SOURCE.test(text) || TRAILING_PAREN_CREDIT.test(text) || WIRE_PHOTO_CREDIT.test(text) || AGENCY_CREDIT.test(text)) {
      return { reason: 'caption with a photo or chart credit' };
    }
    return null;
  },
  examples: {
    source: 'seed 004 lines 67, 134, 68; aeb container 16c30a…, 359fee…; aeb page ba4dfe…, bc13ff…; aeb container 513745…, 7a457a…',
    remove: [
      'Hong Kong Cyberport hosts AI summit. Source: Cyberport',
      'Arizona moves up in the strategic reserve race. Source: Bitcoin Laws',
      'Sakib Ali/Hindustan Times/Getty Images',
      'The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)',
      'A 14th century plague doctor (Image: GETTY)',
      'WeWork chairman Marcelo Claure (Credit: Getty Images)',
      'Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
      'Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file',
    ],
    keep: [
      'A day prior, on Feb. 26, the Hong Kong government’s 2025–26 budget paid special attention to emerging technologies, aiming to “seize the critical opportunities presented by technological reform and artificial intelligence development.”',
      'Bitcoin, meanwhile, has tanked 17% over the past seven days as it struggles to keep gains due to economic uncertainty over Trump’s sweeping incoming tariffs.',
    ],
  },
};
