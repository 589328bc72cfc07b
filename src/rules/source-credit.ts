import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A caption that ends with its credit: "Hong Kong Cyberport hosts AI summit. Source: Cyberport",
 * "… (Image credit: NASA)", "… (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)",
 * "… (NASA/JPL-Caltech/ASU)", or a bare agency credit line
 * "Sakib Ali/Hindustan Times/Getty Images".
 */
const TRAILING_SOURCE = /(?:^|[.!?)”"] |\w \| )(?:source|sources|credit|credits|photo|photograph|image|pic|picture|image credit|photo credit)s?: [^.!?:]{1,60}$/i;
const TRAILING_PAREN_CREDIT = /\((?:[Ii]mage|[Pp]hoto|[Pp]icture|[Pp]ic|[Cc]redit)(?: [Cc]redit)?: [^()]{1,80}\)$|\((?:[Pp]hoto|[Ii]mage|[Pp]icture) by \p{Lu}[^()]{1,80}\)$|\(\p{Lu}[^()\s/]{0,29}(?:\/\p{Lu}[^()/]{0,29}){1,3}\)$/u;
/** "(AP Photo/Alan Diaz, File)", "… 2019. REUTERS/Brendan McDermid", "… J. Scott Applewhite / AP file". */
const WIRE_PHOTO_CREDIT =
  /(?:\((?:AP|AFP|EPA|Reuters|Getty)(?: Photo)?\/[^()]{1,60}\)|\b(?:REUTERS|AP|AFP|EPA)\/[\p{L} .'’-]{1,40}(?:\/File(?: Photo)?)?|\/ (?:AP|AFP|Reuters|Getty Images)(?: file)?)$/u;
const AGENCY_CREDIT = /^[^.!?]{0,80}\/ ?(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|pa|pa wire|ap photo|afp via getty images)$/i;
/**
 * A credit glued to its caption by the flattening ("…where plague-infected people sought
 * treatmentCredit: EPA", "…isn't easy.Kathrin Ziegler/Getty", "…in New York.Reuters"), or a credit
 * line of its own ("Michael Conroy, AP", "New York State Sex Offender Registry via AP",
 * "Courtesy of Andrew Vaughan", "Christopher Battin Submitted photo", "Jason Cipriani/ZDNet").
 */
/** A credit line left alone when its caption went elsewhere: "Getty", "Getty Images", "AP". */
const BARE_AGENCY = /^(?:Getty(?: Images)?|AP|AFP|Reuters|EPA|Shutterstock|Alamy|PA(?: Wire)?)$/u;
const GLUED_CREDIT = /\p{Ll}Credit: [^.!?]{1,60}$|[\p{Ll}.]\.(?:Reuters|AP|AFP|Getty Images|\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+\/\p{Lu}[\p{L} ]{1,30})$/u;
const CREDIT_LINE =
  /^(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}, (?:AP|AFP|Reuters|Getty Images|USA TODAY)|[^.!?]{2,60} via (?:AP|AFP|Reuters|Getty Images)|[Cc]ourtesy(?: of)? \p{Lu}[^.!?]{1,50}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4} [Ss]ubmitted photo|\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+\/\p{Lu}[\p{L}]{1,20})$/u;
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
    if (TRAILING_SOURCE.test(text) || TRAILING_PAREN_CREDIT.test(text) || WIRE_PHOTO_CREDIT.test(text) || AGENCY_CREDIT.test(text) || BARE_AGENCY.test(text) || GLUED_CREDIT.test(text) || CREDIT_LINE.test(text)) {
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
      // UK tabloid and wire caption credits.
      'Prince Andrew arrives at the service. Picture: Kirsty Wigglesworth/PA',
      'Firefighters at the scene on Tuesday. Pic: Stefan Rousseau/PA Wire',
      'Protesters gather outside parliament | Credit: AFP via Getty Images',
      'The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)',
      'A 14th century plague doctor (Image: GETTY)',
      'WeWork chairman Marcelo Claure (Credit: Getty Images)',
      // aeb container eb62ac….
      'Scooter Braun and Scott Borchetta pose for a photo at a private residence on June 28, 2019 in Montecito, California. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)',
      'Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
      'Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file',
      // aeb container 8b1945…, f81c6c…, fde930…, 7de524…, c58aa5…, bdb56a…, 961bd8…, 5fbc7c….
      'Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner Mongolia sought treatmentCredit: EPA',
      "The road to retiring early isn't easy.Kathrin Ziegler/Getty",
      'The WeWork logo is displayed outside of a co-working space in New York.Reuters',
      'Michael Conroy, AP',
      'New York State Sex Offender Registry via AP',
      'Courtesy of Andrew Vaughan',
      'Christopher Battin Submitted photo',
      'Jason Cipriani/ZDNet',
      // aeb container a078b3….
      'Getty',
    ],
    keep: [
      'Credit: the crowd, who never stopped singing.',
      'The exhibition closes on Sunday (photo by appointment only).',
      'The band played AC/DC covers all night.',
      'Courtesy of the family, the photographs were shown at the inquest.',
      'He arrived in New York. Reuters reported the deal first.',
      'A day prior, on Feb. 26, the Hong Kong government’s 2025–26 budget paid special attention to emerging technologies, aiming to “seize the critical opportunities presented by technological reform and artificial intelligence development.”',
      'Bitcoin, meanwhile, has tanked 17% over the past seven days as it struggles to keep gains due to economic uncertainty over Trump’s sweeping incoming tariffs.',
    ],
  },
};
