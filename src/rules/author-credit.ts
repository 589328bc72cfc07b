import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * Author furniture after a story: "Phil Helsel is a reporter for NBC News.", "Write to Al Root at
 * allen.root@dowjones.com", "Fox News’ Jessica Napoli contributed to this report.",
 * "(Reporting by Greg Roumeliotis; editing by Martin Howell.)".
 */
const BIO =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} is (?:a|an|the)(?: [\p{L}-]+){0,4} (?:[Rr]eporter|[Ww]riter|[Ee]ditor|[Cc]orrespondent|[Cc]ontributor|[Jj]ournalist|[Cc]olumnist|[Pp]roducer|[Ii]ntern)\b/u;
/** A bio naming the post without an article, the outlet closing it: "Jack Power is Political Correspondent of The Irish Times". */
const TITLED_BIO =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} is (?:\p{Lu}[\p{L}-]* ){0,3}(?:Reporter|Writer|Editor|Correspondent|Contributor|Journalist|Columnist|Producer) (?:of|for|at|with) (?:[Tt]he )?\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,4}$/u;
/**
 * A beat line under a story, alone or opening a bio that goes on about the author ("He…", "She…"):
 * "Sherman covers the Supreme Court for The Associated Press.", "Jacob Harlan covers Congress for The
 * Washington Post. He previously covered…", "Paul Kessler covers the economy for USA TODAY. Reach him at
 * …", "Harvey Kong joined the Post in 2021 and covers transport and infrastructure."
 */
const BEAT =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} (?:(?:covers|writes about|reports on) [^.!?]{1,80} for (?:[Tt]he )?\p{Lu}[^.!?]{0,60}\.(?= (?:He|She|They|His|Her|Their|Reach|Email|Contact|Follow|Write to) |$| More about \p{Lu}[^.!?]{0,60}$)|joined (?:[Tt]he )?\p{Lu}[^.!?]{0,40} in (?:19|20)\d\d and (?:covers|writes about|reports on) )/u;
const CONTACT = /^(?:write to|contact|email|e-mail|follow) [^@]{1,60}(?: at | )[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}\.?$/i;
/**
 * Contact pointers that do not end at the address: "Email Tariq Malik at tmalik@space.com or follow
 * him @tariqjmalik. Follow us on Twitter @Spacedotcom…", "Reach the reporters on Twitter at
 * http://twitter.com/…", or a reporter's bare address "paul.takahashi@chron.com".
 */
const CONTACT_POINTER =
  /^(?:(?:write to|contact|e-?mail|reach) [^@]{1,60} at [\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20} or follow\b|reach (?:the )?(?:reporters?|writers?|authors?)\b[^.]{0,40} at (?:https?:\/\/|@|[\w.+-]{1,64}@)|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}$)/i;
/**
 * Credit labels above or below a story: "Written by Rachael Link, MS, RD on November 14, 2019",
 * "Medically reviewed by Steven Kim, MD", "Researched by: Matthew Digby, Minh Do", "Edited by: Louis
 * Jacobson". One clause naming people, without a closing full stop ("Written by hand, the letters…"
 * is a sentence).
 */
const CREDIT_LABEL =
  /^(?:[Ww]ritten|[Rr]esearched|[Ee]dited|[Rr]eviewed|[Mm]edically reviewed|[Ff]act[- ]checked|[Pp]roduced) by:? \p{Lu}[^.!?]{0,80}$/u;
/**
 * A bio or a sign-off closed by the social pointer: "Mike Wall's book about the search for alien
 * life, "Out There" …, is out now. Follow him on Twitter @michaeldwall. Follow us on Twitter
 * @Spacedotcom or Facebook." A story paragraph does not end by asking to be followed.
 */
const FOLLOW_SIGN_OFF = /(?:^|[.!?] )[Ff]ollow (?:us|him|her|me|them) on (?:Twitter|Facebook|Instagram|LinkedIn|X)\b[^.!?]{0,80}[.!]?$/u;
/**
 * The last line of the Sydney Morning Herald's author box under every story (probe r27): "Connect via X or email.", networks and
 * "email" only, so a sentence on how to connect goes on ("Connect via email or in person, the guide advises.").
 */
const NETWORK = String.raw`(?:Twitter|X|Facebook|Instagram|LinkedIn|Threads|Bluesky|[Ee]-?mail)`;
const CONNECT_VIA = new RegExp(String.raw`^Connect (?:via|on) ${NETWORK}(?:(?:, | or | and )${NETWORK}){0,4}\.?$`, 'u');
/** A syndicated story's closing credit: "This article originally appeared on USA TODAY: Mortgage rates barely budge…". */
const ORIGINALLY_APPEARED = /^[Tt]his (?:article|story|post) (?:originally|first) appeared (?:on|in) (?:[Tt]he )?\p{Lu}[^:.!?]{0,40}(?::|\.?$)/u;
/**
 * The same credit after the story's headline (Yahoo Finance, syndicating the Motley Fool): "This Dividend
 * Stock Has Raised Its Payout for 62 Straight Years. Is It a Buy Now? was originally published by The Motley
 * Fool". The line ends at the outlet's name, without a full stop: "The novel was originally published by
 * Jonathan Cape." is a story's sentence.
 */
const ORIGINALLY_PUBLISHED_BY = / was (?:originally|first) (?:published|posted) (?:by|on|in) (?:[Tt]he )?\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,4}$/u;
/**
 * DW's author box under the story: the name, the role, the beat and the handle glued on ("Martin Kessler
 * Reporter focusing on German domestic politics and transport@mkessler_dw", "Anna Weber Correspondent in
 * Munich"). A first and a last name, then the capitalised role, its place or beat after "in", "focusing
 * on" or "covering", and no sentence end: a sentence about a reporter has a verb before the role ("Anna
 * Weber, a correspondent…"); a site's name over its teasers ("The Hollywood Reporter", "Al Jazeera
 * Correspondent", aeb pages) has no beat after the role.
 */
const AUTHOR_BOX = /^(?!The )\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ (?:Reporter|Correspondent|Editor|Journalist|Writer|Columnist|Producer|Presenter) (?:in|based in|focusing on|covering|reporting on) [^.!?]{1,100}?(?:@\w{1,30})?$/u;
/**
 * The reporter's name and contact under the story, as the Seattle Times prints it (probe r31): "Mike Lindblom: 206-515-6376 or
 * mlindblom@seattletimes.com; on X: @mikelindblom." A name of two to four capitalised words, a colon, then a telephone number or
 * an address first, and an address on the line: a story's "Mike Lindblom: the board knew" goes on in words, and a helpline a story
 * closes with ("Suicide Prevention Lifeline: 800-273-8255") gives no address.
 */
const NAME_CONTACT = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}: (?=[^@]{0,40}[\w.+-]@[\w-]{1,63}\.)(?:\+?\d{1,3}[-. ]?)?(?:\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}\b)/u;
/**
 * The translator's credit the Mainichi prints under its English stories, in brackets: "(Japanese original by Taro Yamada, Kyoto
 * Bureau)" (probe r31). Only in brackets: "The original by Rembrandt hangs in Amsterdam." is a sentence.
 */
const ORIGINAL_BY = /^\((?:\p{L}+ )?original by \p{Lu}[^()]{1,100}\)$/u;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i;
const REPORTING_BY = /^\(?(?:reporting|additional reporting|writing|editing) by\b[^()]{0,300}\)?$/i;
const MAX_WORDS = 40;
/**
 * A bio runs to two or three sentences after its opening "X is a staff writer at Y" ("Louise
 * Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms. She was
 * formerly an editor at Motherboard, … Send tips to …": 41 words); its opening makes it a bio.
 */
const MAX_BIO_WORDS = 80;

export const rule: LineRule = {
  kind: 'line',
  id: 'author-credit',
  category: 'byline',
  description: 'Author bio, beat, contact and contribution lines ("X is a reporter for Y.", "X covers Y for Z.", "Write to X at a@b.com", "X contributed to this report.").',
  englishOnly: true,
  match(text) {
    const words = wordCount(text);
    if (words <= MAX_BIO_WORDS && (BIO.test(text) || TITLED_BIO.test(text) || BEAT.test(text))) return { reason: 'author bio line' };
    if (words > MAX_WORDS) return null;
    if (CONTACT.test(text) || CONTACT_POINTER.test(text) || NAME_CONTACT.test(text) || FOLLOW_SIGN_OFF.test(text) || CONNECT_VIA.test(text)) return { reason: 'author contact line' };
    if (CREDIT_LABEL.test(text)) return { reason: 'author or reviewer credit label' };
    if (CONTRIBUTED.test(text) || REPORTING_BY.test(text) || ORIGINAL_BY.test(text)) return { reason: 'reporting credit line' };
    if (AUTHOR_BOX.test(text)) return { reason: 'author box' };
    if (ORIGINALLY_APPEARED.test(text) || ORIGINALLY_PUBLISHED_BY.test(text)) return { reason: 'syndication credit line' };
    return null;
  },
  examples: {
    source: 'aeb page 7a457a…, f8ff62…, eb62ac…, d48aeb…; aeb container 06e512…, 686bb1…',
    remove: [
      // Probe r27, a made-up page in the shape of the Sydney Morning Herald: its author box's last line.
      'Connect via X or email.',
      'Connect via Twitter, Facebook or email.',
      // Probe r24b: the sign-off's networks as writers name them ("Follow me on LinkedIn", "on X").
      'Read more of her work at the Courier. Follow her on LinkedIn.',
      'Phil Helsel is a reporter for NBC News.',
      // The New York Times' beat line with its link to the author's page, as its pages print it (made-up name).
      'Jane Doe covers the Federal Reserve and the economy for The Times. More about Jane Doe',
      "Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms. She was formerly an editor at Motherboard, VICE's science and technology site. She is based in New York. Send tips to louise_matsakis@wired.com or via Signal at 347-966-3806.",
      'Mike Wall\'s book about the search for alien life, "Out There" (Grand Central Publishing, 2018; illustrated by Karl Tate), is out now. Follow him on Twitter @michaeldwall. Follow us on Twitter @Spacedotcom or Facebook.',
      'Write to Al Root at allen.root@dowjones.com',
      'Fox News’ Jessica Napoli contributed to this report.',
      '(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, with reporting by Herb Lash and Megan Davies, editing by Martin Howell.)',
      // aeb container c50845…, a6968f…, 9ebb3a….
      'Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom and on Facebook.',
      'Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/emarvelous',
      'paul.takahashi@chron.com',
      // aeb page e593d7…, 9e8c9f…, d48aeb….
      'Written by Rachael Link, MS, RD on November 14, 2019',
      'Medically reviewed by Steven Kim, MD',
      'Researched by: Matthew Digby, Minh Do',
      'Edited by: Louis Jacobson',
      'Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms.',
      // AP's beat line under a story, as its pages print it.
      'Sherman covers the Supreme Court for The Associated Press.',
      // Bios under the story as the Washington Post, the South China Morning Post and the Irish Times print them (made-up names).
      'Jacob Harlan covers Congress for The Washington Post. He previously covered energy and the environment.',
      'Harvey Kong joined the Post in 2021 and covers transport and infrastructure. He was previously a reporter at RTHK.',
      'Jack Power is Political Correspondent of The Irish Times',
      // USA TODAY's beat line with its contact, and its syndication credit, as its pages print them (made-up names).
      'Paul Kessler covers the economy for USA TODAY. Reach him at pkessler@usatoday.com and follow him on X @PKesslerUSAT.',
      'This article originally appeared on USA TODAY: Mortgage rates barely budge after Fed meeting',
      // Yahoo Finance's syndication credit and DW's author box, as their pages print them (probes of 2026-12-07, second round).
      'This Dividend Stock Has Raised Its Payout for 62 Straight Years. Is It a Buy Now? was originally published by The Motley Fool',
      'Martin Kessler Reporter focusing on German domestic politics and transport@mkessler_dw',
      'Anna Weber Correspondent in Munich',
      // The Seattle Times' contact line and the Mainichi's translator credit under their stories (probe r31, made-up pages in their shape).
      'Mike Lindblom: 206-515-6376 or mlindblom@seattletimes.com; on X: @mikelindblom.',
      '(Japanese original by Taro Yamada, Kyoto Bureau)',
    ],
    keep: [
      'Connect via email or in person, the guide advises.',
      'He told fans to follow him on LinkedIn, of all places, and they did.',
      'Mr Sarwar is a rising star in the party thanks to Labour’s growing popularity in the Scottish polls.',
      'The reporter for the local paper said she had been threatened.',
      'Reach the reporters at the scene and you hear the same story.',
      'Written by hand, the letters ran to 40 pages.',
      'Johnson covers his face as he leaves the court for the last time.',
      'Medicare covers the cost for Americans over 65. Private insurers often do not.',
      'Smith joined the Army in 1990 and served two tours in Iraq.',
      'Ms Lee is Editor of the Year for the second time, the jury said.',
      'The insurance covers flood damage for Texas homeowners in most counties.',
      'Edited by the same team, the film took four years to finish.',
      'This article originally appeared in a different form, the editor said, before lawyers cut it.',
      'The insurance covers flood damage for Texas homeowners. Reach out to your agent, the company said.',
      'Fans who follow him on Twitter saw the video first, and within an hour it had a million views.',
      'The novel, which won the Booker in 1998, was originally published by Jonathan Cape.',
      'Anna Weber, a correspondent in Munich, saw the crowd gather.',
      'BBC Political Editor Laura Kuenssberg said the vote was close.',
      // aeb pages 8267ac…, 42aad1…: a site's name and a teaser label over its links.
      'Mike Lindblom: the board knew about the costs in 2024, and said nothing.',
      'The original by Rembrandt hangs in Amsterdam.',
      'Dave Somers: 2026 budget holds no money for Everett.', 'Suicide Prevention Lifeline: 800-273-8255',
      'The Hollywood Reporter',
      'Al Jazeera Correspondent',
    ],
  },
};
