import type { LineRule } from './types.js';
import { REPORTED_SPEECH, wordCount } from './helpers.js';

/**
 * The disclaimers a site prints in its footer in standard wording, each a line of its own: the US
 * supplement notice every product page carries by law ("*These statements have not been evaluated by
 * the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or
 * prevent any disease."), the medical disclaimer ("…is not a substitute for professional medical
 * advice", "for informational purposes only"), the results notice under testimonials ("+Results vary
 * depending on starting point, goals and effort…") and the trademark notice listing other companies'
 * marks ("Apple logo, Apple TV, App Store… are registered trademarks of Apple Inc. Roku is a
 * registered trademark of Roku, Inc.…"). aeb train pages ec3878db and 5f03fc17 (Beachbody) kept all
 * of them, and the segmenter split the footer off as an article of its own. A story reporting a
 * disclaimer says who printed it, and names one trademark, not a list of them.
 */
const FDA_NOTICE = /\b(?:these statements have not been evaluated by the (?:U\.?S\.? )?food and drug administration|(?:is|are) not intended to diagnose, treat, cure,? or prevent any disease)\b/i;
const MEDICAL_DISCLAIMER = /\b(?:is|are) not (?:intended (?:to be |as )?)?a substitute for (?:professional )?medical advice\b/i;
/** "The contents on our website are for informational purposes only": the site speaks of its own content; a story's "The ratings are for informational purposes only" does not. */
const INFORMATIONAL_ONLY =
  /\b(?:this (?:article|content|site|website|page|information|post|blog)|(?:the )?(?:content|contents|information|materials?) (?:on|of|in) (?:this|our) (?:web ?site|site|page|blog))\b[^.]{0,60}\bfor (?:general )?(?:informational (?:and educational )?purposes|information) only\b/i;
/** The marked results notice ("+Results vary…", "*Individual results may vary"); a story's "Results vary widely" is unmarked. */
const RESULTS_NOTICE = /^[*+†‡]\s*(?:individual )?results (?:may |will )?vary\b/i;
/** "The information provided on this website (including the Blogs…) was originally intended for a US audience." */
const SITE_CONTENT_NOTICE = /^the (?:information|content|contents|materials?) (?:provided |published |contained )?(?:on|in) (?:this|our) (?:web ?site|site)\b[^.]{0,120}\b(?:intended|provided|offered) (?:solely )?(?:for|as)\b/i;
/** A trademark clause: "… are registered trademarks of Apple Inc.", "… is a trademark owned by …". */
const TRADEMARK_CLAUSE = /\b(?:is an?|are) (?:registered )?(?:trademarks?|service marks?) (?:of|owned by)\b/gi;
/** The notice's own closing words, which make a single clause a notice. */
const TRADEMARK_CLOSING = /\b(?:in the (?:United States|U\.?S\.?) and(?:\/or)? other countries|(?:all )?other (?:trademarks|marks|brand names|product names)[^.]{0,40} (?:are|remain) the (?:property|trademarks) of their respective (?:owners|holders))\b/i;
const MIN_TRADEMARK_CLAUSES = 2;
/**
 * The notice over a machine-written summary box above the story (probe r32, Rappler: "This is AI generated summarization, which
 * may have errors. For context, always refer to the full article."): the site speaks of its box, in its fixed words only.
 */
const AI_SUMMARY_NOTICE =
  /^this is (?:an? )?(?:ai|artificial intelligence)[- ]generated (?:summary|summari[sz]ation)(?:,? which may (?:have|contain) (?:errors|mistakes|inaccuracies))?\.(?: for context, (?:always )?refer to the full (?:article|story)\.?)?$/i;
/**
 * A note that a machine wrote the story and an editor checked it, as Investing.com prints it under its stories (probe r34: "This
 * article was generated with the support of AI and reviewed by an editor. For more information see our T&C."). The site speaks of
 * "this article"; a story about machine-written news names the outlet.
 */
const AI_WRITTEN_NOTICE =
  /^this (?:article|story|report|content) was (?:generated|produced|written|created|translated) (?:with the (?:support|help|assistance) of|using|by|with) (?:an? )?(?:ai|artificial intelligence)(?: tools?)?(?: and (?:was )?(?:reviewed|edited|checked|verified) by (?:an? |our )?(?:human )?(?:editors?|journalists?|staff|newsroom))?\.(?: for more information,? (?:see|read) our [^.!?]{1,40}\.?)?$/i;
/**
 * A trading site's risk warning and its note on its quotes, in their standard words (probe r34, Investing.com's footer: "Risk
 * Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks…", "Fusion Media would like to remind
 * you that the data contained in this website is not necessarily real-time nor accurate."). The warning's label opens the line and
 * it speaks of losing money; the note speaks of "this website".
 */
const RISK_WARNING = /^risk (?:disclosure|warning|disclaimer): [^]{0,600}\b(?:los(?:e|ing|s)|risks?)\b/i;
const QUOTES_NOTICE = /\bthe (?:data|prices|quotes) (?:contained |shown |displayed )?(?:in|on) this (?:web ?site|site) (?:is|are) not necessarily (?:real[- ]time|accurate)\b/i;
const MAX_WORDS = 120;

export const rule: LineRule = {
  kind: 'line',
  id: 'site-disclaimer',
  category: 'legal',
  description:
    'A site\'s standard disclaimers: the FDA supplement notice, the medical disclaimer ("not a substitute for professional medical advice"), the marked results notice under testimonials, the site-content notice, the notice over a machine-written summary ("This is AI generated summarization…"), and the notice listing other companies\' trademarks.',
  englishOnly: true,
  match(text) {
    if (wordCount(text) > MAX_WORDS || REPORTED_SPEECH.test(text)) return null;
    if (FDA_NOTICE.test(text) || MEDICAL_DISCLAIMER.test(text) || INFORMATIONAL_ONLY.test(text) || RESULTS_NOTICE.test(text) || SITE_CONTENT_NOTICE.test(text) || AI_SUMMARY_NOTICE.test(text) || AI_WRITTEN_NOTICE.test(text) || RISK_WARNING.test(text) || QUOTES_NOTICE.test(text)) return { reason: 'site disclaimer' };
    const clauses = text.match(TRADEMARK_CLAUSE)?.length ?? 0;
    if (clauses >= MIN_TRADEMARK_CLAUSES || (clauses >= 1 && TRADEMARK_CLOSING.test(text))) return { reason: 'trademark notice' };
    return null;
  },
  examples: {
    source: 'aeb train page ec3878db and 5f03fc17 (Beachbody blog footers); probe r32, a made-up Rappler page (its summary notice)',
    remove: [
      '*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.',
      'The information provided on this website (including the Blogs, Community pages, Program Materials and all other content) was originally intended for a US audience. Regulations in your country may vary.',
      '+Results vary depending on starting point, goals and effort. Exercise and proper diet are necessary to achieve and maintain weight loss and muscle definition. The testimonials featured may have used more than one Beachbody product or extended the program to achieve their maximum results.',
      'Consult your physician and follow all safety instructions before beginning any exercise program or using any supplement or meal replacement product, especially if you have any unique medical conditions or needs. The contents on our website are for informational purposes only, and are not intended to diagnose any medical condition, replace the advice of a healthcare professional, or provide any medical advice, diagnosis, or treatment.',
      'Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered trademarks of Apple Inc. Roku is a registered trademark of Roku, Inc. in the United States and other countries. Amazon, Kindle, Fire, and all related logos are trademarks of Amazon.com, Inc. or its affiliates.',
      'This article is for informational purposes only and is not a substitute for professional medical advice.',
      'This is AI generated summarization, which may have errors. For context, always refer to the full article.',
      // Probe r34: Investing.com's notes under the story and in its footer, ScienceDaily's footer.
      'This article was generated with the support of AI and reviewed by an editor. For more information see our T&C.',
      'Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including the risk of losing some, or all, of your investment amount, and may not be suitable for all investors.',
      'Fusion Media would like to remind you that the data contained in this website is not necessarily real-time nor accurate.',
      'Content on this website is for information only. It is not intended to provide medical or other professional advice.',
    ],
    keep: [
      'Results vary widely between hospitals, and the best performers treat twice as many patients within the target time.',
      'The agency said the supplement was not intended to diagnose, treat, cure or prevent any disease, a standard warning the company had left off its labels.',
      'Stadia is a registered trademark of Google, and the company has filed to protect the name in Europe as well.',
      'The information on this website was out of date for months before the council noticed the error.',
      'Talk to your doctor before starting any new exercise programme if you have a heart condition.',
      'The ratings are for informational purposes only and carry no legal weight.',
      'This is AI-generated summarization at its worst, and the court should reject the brief.',
      'The pharmacist warned that the app was no substitute for medical advice from a doctor who knows the patient.',
      'This article was generated with the support of AI, the outlet admitted after readers complained.',
      'The risk warning on the fund was printed in small type, the regulator found.',
      'The prices on this website are not necessarily the lowest, the watchdog warned.',
      'Information only goes so far, the minister said.',
    ],
  },
};
