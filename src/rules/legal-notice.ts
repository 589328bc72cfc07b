import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * Sign-up and data-protection small print: "By registering you become a member of the CBS Interactive
 * family of sites and you have read and agree to the Terms of Use, Privacy Policy …",
 * "Your personal data will only be disclosed … to third parties …". A story about privacy law uses
 * one of these terms; small print uses several.
 */
const LEGAL_TERM =
  /\b(?:terms of (?:use|service)|privacy (?:policy|notice|statement)|personal (?:data|information)|third part(?:y|ies)|by (?:registering|signing up|subscribing|clicking|continuing)|you (?:have read and )?agree to|opt[ -]out|unsubscribe|data protection|cookie policy)\b/gi;
const MIN_TERMS = 2;
const MAX_WORDS = 160;

export const rule: LineRule = {
  kind: 'line',
  id: 'legal-notice',
  category: 'legal',
  description: 'Sign-up and data-protection small print: two or more of "Terms of Use", "Privacy Policy", "personal data", "third parties", "by registering", "unsubscribe"….',
  englishOnly: true,
  match(text) {
    if (wordCount(text) > MAX_WORDS) return null;
    const terms = text.match(LEGAL_TERM)?.length ?? 0;
    return terms >= MIN_TERMS ? { reason: `legal small print (${terms} legal terms)` } : null;
  },
  examples: {
    source: 'aeb page 5fbc7c… line 174 (shortened); seed 004 line 31 as a keep case',
    remove: [
      'By registering you become a member of the CBS Interactive family of sites and you have read and agree to the Terms of Use, Privacy Policy and Video Services Policy.',
      'Your personal data will only be disclosed or otherwise transmitted to third parties for the purposes of spam filtering.',
    ],
    keep: [
      'The shadow frontbench member told Sky News that if the attack Israel suffered had happened in the UK: “Our state would have sought to defend ourselves to protect our citizens by dismantling the capability of a terrorist organisation that carried it out. That applies to Israel too, they have the right under international law to do that.”',
      'The regulator said the company had shared personal data with advertisers without consent.',
    ],
  },
};
