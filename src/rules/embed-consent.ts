import type { BlockRule } from './types.js';

/**
 * The consent placeholder a site shows instead of an embedded post, player or chart:
 *   Twitter
 *   This content is provided by Twitter, which may be using cookies and other technologies.
 *   To show you this content, we need your permission to use cookies. …
 * Matched by its shape (a provider line, then the provider's consent sentences), never a provider list.
 */
const PROVIDED_BY = /^This content is (?:provided|hosted) by ([^,.]{1,60}), which may (?:be using|use) cookies/i;
/** The follow-up sentences: every one speaks of cookies, consent, permission or settings. */
const CONSENT_SENTENCE =
  /\b(?:cookies?|consent(?:ed)?|permission|preferences|privacy options|your settings|this content)\b/i;
const MAX_PROVIDER_WORDS = 4;
/** Consent placeholders seen in the wild have at most this many follow-up sentences. */
const MAX_FOLLOW_UP = 8;

export const rule: BlockRule = {
  kind: 'block',
  id: 'embed-consent',
  category: 'embed-consent',
  description:
    'An embed consent placeholder: an optional provider-name line, "This content is provided by X, which may be using cookies…", and the consent sentences after it.',
  englishOnly: true,
  match(texts, start) {
    const providerLine = isProviderLineFor(texts[start]!, texts[start + 1]);
    const sentenceIndex = providerLine ? start + 1 : start;
    const provided = PROVIDED_BY.exec(texts[sentenceIndex] ?? '');
    if (provided === null) return null;
    let end = sentenceIndex + 1;
    while (end < texts.length && end - sentenceIndex <= MAX_FOLLOW_UP && isConsentSentence(texts[end]!)) end++;
    return { length: end - start, reason: `consent placeholder for embedded ${provided[1]!} content` };
  },
  examples: {
    source: 'seed 004 lines 9–15 (Twitter) and 102–108 (Spreaker); seed 004 lines 8–9 for the keep case',
    remove: [
      [
        'Twitter',
        'This content is provided by Twitter, which may be using cookies and other technologies.',
        'To show you this content, we need your permission to use cookies.',
        'You can use the buttons below to amend your preferences to enable Twitter cookies or to allow those cookies just once.',
        'You can change your settings at any time via the Privacy Options.',
        'Unfortunately we have been unable to verify if you have consented to Twitter cookies.',
        'To view this content you can use the button below to allow Twitter cookies for this session only.',
      ],
      [
        'Spreaker',
        'This content is provided by Spreaker, which may be using cookies and other technologies.',
        'To show you this content, we need your permission to use cookies.',
      ],
    ],
    keep: [
      [
        '“A widespread military escalation will only deepen the humanitarian disaster. It will increase human suffering on all sides. No nation, including Israel, has the right to break international law.”',
        'Twitter',
      ],
      ['Twitter', 'Scottish Labour leader Mr Sarwar, who in 2021 became the UK’s first Muslim to lead a political party, made the same demand with his own video just a few hours later.'],
    ],
  },
};

function isProviderLineFor(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  const provided = PROVIDED_BY.exec(next);
  if (provided === null) return false;
  const words = line.split(' ').length;
  return words <= MAX_PROVIDER_WORDS && line.toLowerCase().includes(provided[1]!.toLowerCase().split(' ')[0]!);
}

function isConsentSentence(line: string): boolean {
  return line.length <= 200 && CONSENT_SENTENCE.test(line);
}
