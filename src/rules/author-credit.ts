import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * Author furniture after a story: "Phil Helsel is a reporter for NBC News.", "Write to Al Root at
 * allen.root@dowjones.com", "Fox News’ Jessica Napoli contributed to this report.",
 * "(Reporting by Greg Roumeliotis; editing by Martin Howell.)".
 */
const BIO =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} is (?:a|an|the)(?: [\p{L}-]+){0,4} (?:reporter|writer|editor|correspondent|contributor|journalist|columnist|producer|intern)\b/u;
const CONTACT = /^(?:write to|contact|email|e-mail|follow) [^@]{1,60}(?: at | )[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}\.?$/i;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i;
const REPORTING_BY = /^\(?(?:reporting|additional reporting|writing|editing) by\b[^()]{0,300}\)?$/i;
const MAX_WORDS = 40;

export const rule: LineRule = {
  kind: 'line',
  id: 'author-credit',
  category: 'byline',
  description: 'Author bio, contact and contribution lines ("X is a reporter for Y.", "Write to X at a@b.com", "X contributed to this report.").',
  englishOnly: true,
  match(text) {
    if (wordCount(text) > MAX_WORDS) return null;
    if (BIO.test(text)) return { reason: 'author bio line' };
    if (CONTACT.test(text)) return { reason: 'author contact line' };
    if (CONTRIBUTED.test(text) || REPORTING_BY.test(text)) return { reason: 'reporting credit line' };
    return null;
  },
  examples: {
    source: 'aeb page 7a457a…, f8ff62…, eb62ac…; aeb container 06e512…',
    remove: [
      'Phil Helsel is a reporter for NBC News.',
      'Write to Al Root at allen.root@dowjones.com',
      'Fox News’ Jessica Napoli contributed to this report.',
      '(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, with reporting by Herb Lash and Megan Davies, editing by Martin Howell.)',
    ],
    keep: [
      'Mr Sarwar is a rising star in the party thanks to Labour’s growing popularity in the Scottish polls.',
      'The reporter for the local paper said she had been threatened.',
    ],
  },
};
