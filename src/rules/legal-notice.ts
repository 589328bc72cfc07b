import type { LineRule } from './types.js';
import { REPORTED_SPEECH, wordCount } from './helpers.js';

/**
 * Sign-up and data-protection small print: "By registering you become a member of the CBS Interactive
 * family of sites and you have read and agree to the Terms of Use, Privacy Policy …",
 * "Your personal data will only be disclosed … to third parties …". A story about privacy law uses
 * one of these terms; small print uses several.
 */
const LEGAL_TERM =
  /\b(?:terms of (?:use|service)|privacy (?:policy|notice|statement)|personal (?:data|information)|third part(?:y|ies)|by (?:registering|signing up|subscribing|clicking|continuing)|you (?:have read and )?agree to|opt[ -]out|unsubscribe|data protection|cookie policy)\b/gi;
/**
 * An affiliate disclosure: "If you buy something from a Verge link, Vox Media may earn a commission.",
 * "When you buy a book using a link on this page, we receive a commission." It addresses the reader's
 * purchase or speaks for the outlet; a story about affiliate links does neither.
 */
const AFFILIATE_DISCLOSURE =
  /^(?:if|when) you (?:buy|purchase|shop|click|subscribe)\b[^.!?]{0,80}\b(?:commission|compensat(?:ed|ion)|a share of (?:the )?(?:sales?|revenue))\b|\bwe (?:may )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:affiliate )?commission\b/i;
/** "Microsoft may earn an Affiliate Commission if you purchase something through recommended links…": the outlet's hedge, and its links. */
const MAY_EARN = /\bmay (?:earn|receive|get|make) (?:an? )?(?:small )?(?:affiliate )?commission\b/i;
const LINKS = /\blinks?\b/i;
/**
 * The Motley Fool's holdings disclosure under its stories (Yahoo Finance): "Jennifer Saibil has no position
 * in any of the stocks mentioned. The Motley Fool has positions in and recommends PepsiCo. The Motley Fool
 * has a disclosure policy." Its closing sentence, or its opening formula: a story reports holdings in the
 * past tense or in other words.
 */
const HOLDINGS_DISCLOSURE = /(?:^|[.!?] )[^.!?]{1,60} has a disclosure policy\.?$|^[^.!?]{1,60} (?:has|have) no position in any (?:of the )?stocks mentioned\./i;
const MAX_HOLDINGS_WORDS = 120;
/**
 * A podcast's or broadcast's note on its machine-made transcript: "This transcript was generated automatically and may
 * contain errors. Please check the corresponding audio before quoting in print.", "Transcripts are machine-generated
 * and may contain errors." The note speaks of this transcript; a story about speech software names its maker. NPR prints
 * its own under every transcript: "NPR transcripts are created on a rush deadline by an NPR contractor. This text may not
 * be in its final form…": a transcript made against a deadline, or "this text" not in its final form.
 */
const TRANSCRIPT_NOTE =
  /^(?:(?:this|the) transcript (?:was|has been|is) (?:generated|created|produced|made) (?:automatically|by (?:a )?(?:machine|computer|software|speech[- ]recognition(?: software)?|artificial intelligence|ai))\b|(?:this |the |our )?transcripts? (?:is|are) (?:machine|computer|ai|automatically)[- ]generated\b|(?:\w+ )?transcripts? (?:is|are) (?:created|produced|prepared|made) on a rush deadline\b|this text may not be in its final form\b)/i;
const MAX_TRANSCRIPT_NOTE_WORDS = 60;
/**
 * An Australian site's Acknowledgement of Country in its footer: "We acknowledge Aboriginal and Torres Strait Islander
 * peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work." (the ABC's,
 * and in other words every Australian outlet's). The site speaks ("We acknowledge", "X acknowledges", X the outlet's
 * capitalised name), no one is quoted; a story reporting an acknowledgement at an event names who made it and says so.
 * The speaker is read without the i flag (under it `\p{Lu}` is any letter, and any 40 characters before "acknowledges"
 * passed: "Every council in Victoria now acknowledges the Traditional Owners…" went), the acknowledgement with it.
 */
const SITE_ACKNOWLEDGES = /^(?:[Ww]e acknowledge|WE ACKNOWLEDGE|\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4} (?:acknowledges?|ACKNOWLEDGES?)) /u;
/** What the site acknowledges, read after {@link SITE_ACKNOWLEDGES}. */
const COUNTRY_ACKNOWLEDGED =
  /^(?:the )?(?:aboriginal and torres strait islander peoples?|traditional (?:owners|custodians)|first nations peoples?)\b[^"“”]{0,400}$/i;
const MAX_ACKNOWLEDGEMENT_WORDS = 80;
/** Scanned for first: the full pattern's opening alternative is costly to try at every line. */
const ACKNOWLEDG = /acknowledg/i;
/**
 * The disclaimer under a contributor's or guest's piece, in the outlet's standard words: "Opinions expressed by Forbes
 * Contributors are their own." (Forbes, verbatim on every contributor page; Entrepreneur prints the same with its name),
 * "The views expressed in this commentary are his own." (CNN). The whole line is the notice; a story quoting such a
 * policy says who said it. The outlet's name is read by its capitals, without the i flag (under it `\p{Lu}` is any letter:
 * a media story's "Opinions expressed by the two columnists are their own." went).
 */
const OUTLET_OPINION_DISCLAIMER =
  /^(?:[Oo]pinions|[Vv]iews) expressed by (?:\p{Lu}[\p{L}.'’&]*\s){1,3}(?:[Cc]ontributors|[Cc]olumnists|[Ww]riters|[Bb]loggers) are their own\.?$/u;
/**
 * A site's note that what it publishes is not its own view, in the first line of its footer (probe r34, ScienceDaily: "Views
 * expressed here do not necessarily reflect those of ScienceDaily, its staff, its contributors, or its partners."): "here" is the
 * site.
 */
const SITE_VIEWS_DISCLAIMER = /^(?:the )?(?:views|opinions) expressed (?:here|on this (?:web ?site|site)) do not necessarily reflect (?:those|the views) of [^.!?]{1,100}\.?$/i;
/**
 * A sign-up box's privacy line (probe r34, the ABC's newsletter box: "Your information is being handled in accordance with the ABC
 * Privacy Collection Statement."): the reader's information, handled under the site's privacy statement.
 */
const PRIVACY_HANDLING = /^your (?:personal )?(?:information|data|details) (?:is|are|will be) (?:being )?(?:handled|processed|used|stored|collected) in accordance with [^.!?]{0,60}\bprivacy\b[^.!?]{0,40}\.?$/i;
const OPINION_DISCLAIMER =
  /^the (?:opinions|views) expressed in this (?:commentary|column|article|piece|op-ed) are (?:solely )?(?:his|her|their|the author['’]s|the writer['’]s)(?: own)?\.?$/i;
/**
 * The Conversation's disclosure under every story (probe r28), in its fixed words: "X does not work for, consult, own shares in
 * or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant
 * affiliations beyond their academic appointment.", and its partner line, "University of Reading provides funding as a member
 * of The Conversation UK." (the outlet's name read by its capitals).
 */
const ACADEMIC_DISCLOSURE =
  /\bdo(?:es)? not work for, consult, own shares in or receive funding from any company or organi[sz]ation that would benefit from this article\b|\bha(?:s|ve) disclosed no relevant affiliations beyond (?:their|his|her) academic appointment\b|\bprovides? funding as (?:a )?(?:founding )?(?:partner|member)s? of [Tt]he Conversation\b/u;
const MAX_DISCLOSURE_WORDS = 60;
const MIN_TERMS = 2;
const MAX_WORDS = 160;

export const rule: LineRule = {
  kind: 'line',
  id: 'legal-notice',
  category: 'legal',
  description: 'Sign-up and data-protection small print (two or more of "Terms of Use", "Privacy Policy", "personal data", "third parties", "by registering", "unsubscribe"…), affiliate disclosures ("If you buy something from a link, we may earn a commission") and a machine-transcript note ("This transcript was generated automatically and may contain errors.").',
  englishOnly: true,
  match(text) {
    const words = wordCount(text);
    if (words <= MAX_HOLDINGS_WORDS && HOLDINGS_DISCLOSURE.test(text)) return { reason: 'holdings disclosure' };
    if (words <= MAX_TRANSCRIPT_NOTE_WORDS && TRANSCRIPT_NOTE.test(text)) return { reason: 'machine-transcript note' };
    if (words <= MAX_ACKNOWLEDGEMENT_WORDS && ACKNOWLEDG.test(text) && isAcknowledgementOfCountry(text) && !REPORTED_SPEECH.test(text)) return { reason: 'acknowledgement of country' };
    if (words <= MAX_DISCLOSURE_WORDS && (AFFILIATE_DISCLOSURE.test(text) || (MAY_EARN.test(text) && LINKS.test(text)))) return { reason: 'affiliate disclosure' };
    if (words <= MAX_DISCLOSURE_WORDS && (OUTLET_OPINION_DISCLAIMER.test(text) || OPINION_DISCLAIMER.test(text) || SITE_VIEWS_DISCLAIMER.test(text))) return { reason: 'contributor opinion disclaimer' };
    if (words <= MAX_DISCLOSURE_WORDS && ACADEMIC_DISCLOSURE.test(text)) return { reason: 'the author\'s disclosure statement' };
    if (words <= MAX_DISCLOSURE_WORDS && PRIVACY_HANDLING.test(text)) return { reason: 'sign-up box privacy line' };
    if (words > MAX_WORDS) return null;
    const terms = text.match(LEGAL_TERM)?.length ?? 0;
    return terms >= MIN_TERMS ? { reason: `legal small print (${terms} legal terms)` } : null;
  },
  examples: {
    source: 'aeb page 5fbc7c… line 174 (shortened); seed 004 line 31 as a keep case',
    remove: [
      // Probe r34: ScienceDaily's footer, the ABC's newsletter box.
      'Views expressed here do not necessarily reflect those of ScienceDaily, its staff, its contributors, or its partners.',
      'Your information is being handled in accordance with the ABC Privacy Collection Statement.',
      // Probe r24b, a made-up page in the shape of a Forbes contributor page: the notice every contributor page prints verbatim.
      'Opinions expressed by Forbes Contributors are their own.',
      // Probe r28, a made-up page in the shape of The Conversation: the disclosure and the partner line under each story.
      'Daniel Kerrigan does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.',
      'University of Reading provides funding as a member of The Conversation UK.',
      'Opinions expressed by Entrepreneur contributors are their own.',
      'The views expressed in this commentary are his own.',
      // Affiliate disclosures as The Verge and The Atlantic print them under a story.
      'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.',
      'When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Atlantic.',
      // aeb page abd9d6… (MSN).
      'Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.',
      // The Motley Fool's holdings disclosure under its stories on Yahoo Finance, as its pages print it (probe of 2026-12-07, second round).
      'Jennifer Saibil has no position in any of the stocks mentioned. The Motley Fool has positions in and recommends PepsiCo. The Motley Fool has a disclosure policy.',
      'The Motley Fool has a disclosure policy.',
      'By registering you become a member of the CBS Interactive family of sites and you have read and agree to the Terms of Use, Privacy Policy and Video Services Policy.',
      'Your personal data will only be disclosed or otherwise transmitted to third parties for the purposes of spam filtering.',
      // A podcast page's note under its transcript (probe r23, made-up page).
      'This transcript was generated automatically and may contain errors. Please check the corresponding audio before quoting in print.',
      'Transcripts are machine-generated and may contain errors.',
      // NPR's note under every transcript (probe r24, a made-up page in the shape of NPR's transcript pages).
      'NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of NPR’s programming is the audio record.',
      // ABC News Australia's footer (probes r23-en, made-up page).
      'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.',
    ],
    keep: [
      'The views expressed here do not necessarily reflect what the committee will decide, she said.',
      'Your information is being handled by a third firm, the bank told customers in a letter about its privacy breach.',
      // Probe r28: sentences using the disclosure's words.
      'The minister does not work for any company that would benefit from the contract, his office said.',
      'The foundation provides funding as a member of the consortium, which runs the conversation programme in schools.',
      'Opinions expressed by voters at the meeting were mixed, the clerk said.',
      'The views expressed in this article are not new, he argued, and the board has heard them before.',
      'Bloggers who post affiliate links earn a commission on every sale, the regulator said.',
      'If you buy a house this year, you will pay more in stamp duty.',
      'Amazon may earn a commission of 15% on each sale, analysts said.',
      'The shadow frontbench member told Sky News that if the attack Israel suffered had happened in the UK: “Our state would have sought to defend ourselves to protect our citizens by dismantling the capability of a terrorist organisation that carried it out. That applies to Israel too, they have the right under international law to do that.”',
      'The regulator said the company had shared personal data with advertisers without consent.',
      'Every fund manager in the survey has a disclosure policy. Few publish it, the regulator found.',
      'The senator has no position in any of the stocks mentioned, her office said.',
      'The transcript was released by the White House on Wednesday.',
      'The transcript was generated by a court stenographer and runs to 400 pages.',
      'Court transcripts were produced on a tight deadline, the clerk said.',
      'This text may be the final form of the treaty, diplomats said.',
      'The premier acknowledged the Traditional Owners of the land at the start of her speech, as is now customary.',
      'We acknowledge the Traditional Owners at every meeting, the council’s chief executive said.',
      // Story lines the i flag took: its \p{Lu} read any word as the site's or the outlet's name (2026-12-07).
      'Every council in Victoria now acknowledges the Traditional Owners of the land at the start of its meetings.',
      'Opinions expressed by the two columnists are their own.',
    ],
  },
};

/** "We acknowledge…" or "<Site Name> acknowledges…", then the acknowledgement of the land's peoples. */
function isAcknowledgementOfCountry(text: string): boolean {
  const speaker = SITE_ACKNOWLEDGES.exec(text);
  return speaker !== null && COUNTRY_ACKNOWLEDGED.test(text.slice(speaker[0].length));
}
