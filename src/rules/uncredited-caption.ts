import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A photo caption without its credit, recognised by what only captions say:
 *
 * - it describes the picture: "An artist's concept of Blue Origin's Blue Moon lander.", "This
 *   Sierra Nevada Corp. illustration shows a concept of the company's commercial lunar lander
 *   for NASA.", "A cross-section through the hibernation module showing …", "In this Sunday,
 *   Nov. 10, 2019, photograph, …", "This March 28, 2017, file photo, …", "In a micrograph of lung
 *   tissue …", "Video: In this talk presented at …";
 * - or it dates the picture the way agency captions do, weekday, date and year in one go: "Indiana
 *   teachers wearing red have carry signs as they hold rally at the Statehouse in Indianapolis,
 *   Tuesday, Nov. 19, 2019, calling for …", the date set off by a comma or right after the place
 *   ("in Hanoi, Vietnam Wednesday, Nov. 20, 2019"). Wire prose names the weekday without the year
 *   (the dateline gives it), but obituaries and local copy write both, after a verb: "died
 *   peacefully on Monday, March 11, 2024", "voted on Tuesday, March 5, 2024, to approve…", "passed
 *   away Sunday, February 4, 2024"; in the aeb train golds the only line with both is the
 *   parenthesised "(Published Monday, Nov. 18, 2019)", which is short and left alone.
 */
const PICTURE =
  /^(?:(?:An?|The|This) )?(?:[Aa]rtist[’']s (?:concept|impression|rendering|illustration)\b|(?:\p{Lu}[\p{L}.&-]*,? ){0,4}(?:illustration|rendering|micrograph|diagram|infographic) (?:shows|depicts)\b|(?:[Ii]llustration|[Rr]endering|[Mm]icrograph|[Dd]iagram) of\b|[Cc]ross-section (?:through|of)\b|In (?:this|a) (?:\S+ ){0,5}(?:photo|photograph|image|picture|handout|micrograph)(?=[ ,]|$)|This (?:\S+ ){0,6}file (?:photo|image)(?=[ ,]|$)|Video: \p{Lu})/u;
const WEEKDAY_DATE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b`;
const AGENCY_DATE = new RegExp(String.raw`(?:,|\p{Lu}[\p{L}.]*) ${WEEKDAY_DATE}`, 'u');
/**
 * "… during the Dubai Air Show at Dubai World Central on Monday, Nov. 18, 2019.", "… against the
 * Oklahoma City Thunder on Tuesday, Nov. 19, 2019, in Los Angeles.": the dated "on" closing a
 * caption, not after a verb in the past ("held on Friday, …", "died peacefully on Monday, …") and
 * in a line without the auxiliaries of narrated prose ("The funeral will be held on …").
 */
const ON_DATE_AT_END = new RegExp(String.raw`(?<!\p{L}ed(?: \p{L}+ly)?) on ${WEEKDAY_DATE}(?:[.)]?$|, in \p{Lu})`, 'u');
const NARRATED = /\b(?:was|were|will|would|had|said)\b/u;
/**
 * A caption's present passive over its picture, dated month, day and year to close the line, as US sites print their wire
 * and stock captions (ABC News, probe r27): "The Ohio Statehouse is seen in Columbus, Ohio, Jan. 3, 2025.". Prose dates what
 * happened with a verb of its own ("The change is seen as a setback, officials said on Jan. 3, 2025." is narrated).
 */
const SEEN_ON_DATE = new RegExp(String.raw`\b(?:is|are) (?:seen|pictured|shown)\b[^.!?]{0,120}, (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.$`, 'u');
/** Agency captions are a sentence or two; shorter lines with a date are stamps ("(Published Monday, Nov. 18, 2019)"). */
const AGENCY_MIN_WORDS = 12;
const MAX_WORDS = 80;

export const rule: LineRule = {
  kind: 'line',
  id: 'uncredited-caption',
  category: 'caption',
  description: 'A photo caption without a credit: one that describes the picture ("An artist\'s concept of …", "This illustration shows …", "In this … photo", "This … file photo", "Video: …") or dates it the agency way ("…, Tuesday, Nov. 19, 2019, …").',
  englishOnly: true,
  match(text) {
    const words = wordCount(text);
    if (words > MAX_WORDS) return null;
    if (PICTURE.test(text) || (SEEN_ON_DATE.test(text) && !NARRATED.test(text))) return { reason: 'a caption describing the picture' };
    if (words >= AGENCY_MIN_WORDS && !text.startsWith('(') && (AGENCY_DATE.test(text) || (ON_DATE_AT_END.test(text) && !NARRATED.test(text)))) return { reason: 'a caption dated the agency way (weekday, date and year)' };
    return null;
  },
  examples: {
    source: 'aeb container c50845…, 686bb1…, e1c702…, 9ebb3a…, 7de524…; keep: aeb gold 51d066…',
    remove: [
      "An artist's concept of Blue Origin's Blue Moon lander.",
      "This Sierra Nevada Corp. illustration shows a concept of the company's commercial lunar lander for NASA.",
      'This illustration shows a concept moon lander by Tyvak Nano-Satellite Systems, Inc.',
      "An artist's illustration of a plume of water vapor emanating from Jupiter's moon Europa.",
      'A cross-section through the hibernation module showing the individual quarters that would double as hibernation pods during the cruise phase.',
      'In this Sunday, Nov. 10, 2019, photograph, a long row of unsold E-Pace sports-utility vehicles sits at a Jaguar dealership in Littleton, Colo.',
      'In a micrograph of lung tissue sampled 25 days after an influenza infection, newly emerging tuft cells are stained yellow/green.',
      'This March 28, 2017, file photo, provided by the New York State Sex Offender Registry shows Jeffrey Epstein.',
      'Video: In this talk presented at the 2016 TEDMED conference, Jennifer Pluznick discusses the role of odor receptors.',
      'Indiana teachers wearing red have carry signs as they hold rally at the Statehouse in Indianapolis, Tuesday, Nov. 19, 2019, calling for further increasing teacher pay.',
      // aeb page 374ac9… (train): a Bloomberg caption's "on" before the date.
      'Sheikh Mohammed bin Rashid Al Maktoum, United Arab Emirates vice president and prime minister, passes a Boeing Co. 787-10 passenger aircraft during the 15th Dubai Air Show in Dubai, United Arab Emirates, on Monday, Nov. 18, 2019.',
      "Los Angeles Lakers' LeBron James dunks during the first half of the team's NBA basketball game against the Oklahoma City Thunder on Tuesday, Nov. 19, 2019, in Los Angeles.",
      'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.',
      // Probe r27, a made-up page in the shape of ABC News (US): the caption over its credit line.
      'The Ohio Statehouse is seen in Columbus, Ohio, Jan. 3, 2025.',
      'Members of the crew are pictured aboard the station, Nov. 4, 2024.',
    ],
    keep: [
      '(Published Monday, Nov. 18, 2019)',
      'The illustration was sold at auction for $2 million, the gallery said.',
      'Teachers rallied at the Statehouse on Tuesday to call for better pay and more respect for the profession.',
      'In this economy, photographers are struggling to make a living.',
      'In a photo-finish, the favourite won by a nose.',
      'Video of the arrest was shared thousands of times.',
      "The book's illustration of the moon landing became famous overnight.",
      // Probe r23: an obituary's first paragraph and a council story's lead.
      'Margaret "Peggy" Ellen (Kowalski) Donahue, 86, of Scranton, died peacefully on Monday, March 11, 2024, surrounded by her loving family.',
      'The city council voted on Tuesday, March 5, 2024, to approve a $48 million budget for the coming fiscal year.',
      'The funeral will be held on Friday, March 15, 2024, in Scranton.',
      'Services for the former mayor were held on Saturday, March 16, 2024.',
      'John A. Smith, 74, of Dayton, passed away Sunday, February 4, 2024, at Kettering Hospital after a brief illness.',
      'The change is seen as a setback, officials said on Jan. 3, 2025.',
      'The vote is seen as a test for the governor, who took office Jan. 3, 2025.',
      'The decline is seen in every region, according to the report released Dec. 2, 2024.',
      'Results are shown in the table, and the next survey is due on March 1, 2026.',
    ],
  },
};
