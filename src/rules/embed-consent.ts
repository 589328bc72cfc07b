import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * The consent placeholder a site shows instead of an embedded post, player or chart:
 *   Twitter
 *   This content is provided by Twitter, which may be using cookies and other technologies.
 *   To show you this content, we need your permission to use cookies. …
 * Matched by its shape, never a provider list: a sentence that speaks to the reader about embedded
 * content and cookies or consent (the anchor), or the frame an embed leaves ("Skip X post",
 * "View this post on X"); then the consent sentences and buttons after it; and before it, an
 * optional line naming the provider the anchor names.
 */
const PROVIDED_BY = /^This (?:content|article contains content) is (?:provided|hosted) by ([^,.]{1,60}), which may (?:be using|use) cookies/i;
/** What an embed is called in its placeholder. */
const EMBED_NOUN = /\b(?:content|posts?|videos?|charts?|podcasts?|maps?|tweets?)\b/i;
/** What the placeholder asks for, or what it says happened. */
const CONSENT_TERM =
  /\b(?:cookies?|consent(?:ed)?|permission|privacy (?:settings|options|policy)|blocked)\b|\b(?:display|load|show|view)(?:ing)? (?:the |this )?(?:external |embedded )?content\b/i;
/** A placeholder addresses the reader or speaks as the site; a story reports what others said, often in quotes. */
const ADDRESS = /\b(?:you|your|we|our|us|click|tap|please)\b|\bhas been blocked\b/i;
/** The frame an embed leaves: "Skip Twitter post by @x", "End of Instagram post", "View this post on Instagram", "A post shared by X (@x)", "Allow Flourish content?". */
const EMBED_FRAME =
  /^(?:skip (?!to\b)(?:past )?[^.!?]{1,40} (?:post|content|video|embed)(?: by .{1,60})?|end of [^.!?]{1,40} (?:post|content|video|embed)(?: by .{1,60})?|view (?:this|the) (?:post|video|photo|content) on [^.!?]{1,40}|a (?:post|video|photo) shared by [^.!?]{1,80}|(?:allow|accept|load|show|enable) [^.!?]{1,40} content\?)$/i;
/** The follow-up sentences: every one speaks of cookies, consent, permission, privacy or settings. */
const CONSENT_SENTENCE =
  /\b(?:cookies?|consent(?:ed)?|permission|preferences|privacy (?:options|policy|notice|settings)|your settings|this content|load the content)\b/i;
/** Button labels left as lines: "Allow and continue", "Accept cookies", "Manage Preferences". */
const BUTTON_WORDS = new Set([
  'allow', 'accept', 'and', 'continue', 'manage', 'preferences', 'cookies', 'cookie', 'settings', 'once', 'always', 'all',
  'show', 'load', 'content', 'i', 'agree', 'ok', 'enable', 'view', 'learn', 'more', 'reject', 'decline',
]);
/** A provider's name as a line of its own: one to three title-case words, no punctuation ("Apple Podcasts"). */
const PROVIDER_NAME = /^\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*){0,2}$/u;
const QUOTED = /["“”]/u;
/** A cookie banner speaks of the whole site (rule `cookie-banner`), a placeholder of one embed. */
const SITE_WIDE = /\b(?:(?:this|our) (?:site|website)|browsing)\b/i;
const MAX_ANCHOR_WORDS = 70;
const MAX_FOLLOW_WORDS = 40;
const MAX_BUTTON_WORDS = 4;
const MAX_PROVIDER_WORDS = 4;
/** Consent placeholders seen in the wild have at most this many lines. */
const MAX_BLOCK_LINES = 10;

export const rule: BlockRule = {
  kind: 'block',
  id: 'embed-consent',
  category: 'embed-consent',
  description:
    'An embed consent placeholder for any provider: an optional provider-name line, a consent sentence about the embedded content ("This content is provided by X, which may be using cookies…", "Allow X content?", "View this post on X") and the consent sentences and buttons after it.',
  englishOnly: true,
  match(texts, start) {
    const withProvider = isProviderLineFor(texts[start]!, texts[start + 1]);
    const anchorIndex = withProvider ? start + 1 : start;
    if (anchorIndex >= texts.length || !isAnchor(texts[anchorIndex]!)) return null;
    let end = anchorIndex + 1;
    while (end < texts.length && end - start < MAX_BLOCK_LINES && (isAnchor(texts[end]!) || isFollowUp(texts[end]!))) end++;
    return { length: end - start, reason: `consent placeholder for embedded ${providerOf(texts[anchorIndex]!, withProvider ? texts[start]! : null)} content` };
  },
  examples: {
    source:
      'seed 004 lines 9–15 (Twitter) and 102–108 (Spreaker); BBC-style "Skip … post" frames, Instagram fallbacks and chart placeholders as publishers print them; seed 004 lines 8–9 for the keep case',
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
      [
        'Skip twitter post by Donald J. Trump',
        'Allow Twitter content?',
        'This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.',
        'Allow and continue',
        'End of twitter post by Donald J. Trump',
      ],
      ['Datawrapper', "To view this content, click 'Allow and continue'.", 'Allow and continue'],
      ['Embedded content from Flourish has been blocked.', 'Accept cookies to view Flourish content, or change your privacy settings.', 'Accept cookies'],
      ['We need your consent to load this Vimeo content', 'Please review their details and accept them to load the content.', 'Manage Preferences'],
      ['Click here to display content from YouTube.', 'Learn more in our privacy policy.'],
      ['View this post on Instagram', 'A post shared by Sky News (@skynews)'],
    ],
    keep: [
      [
        '“A widespread military escalation will only deepen the humanitarian disaster. It will increase human suffering on all sides. No nation, including Israel, has the right to break international law.”',
        'Twitter',
      ],
      ['Twitter', 'Scottish Labour leader Mr Sarwar, who in 2021 became the UK’s first Muslim to lead a political party, made the same demand with his own video just a few hours later.'],
      ['Facebook said it would ask users for permission before showing them political content.', 'The company changed its privacy settings in May.'],
      ['Accept cookies', 'The shop on the corner sold cookies for a pound.'],
      // aeb 291a8bf3…: a quote about privacy.
      ['Privacy, like environmental sustainability, are not "bolt-on things," Cook said, but instead "embedded in who we are."'],
    ],
  },
};

/** A consent sentence about embedded content, or an embed's frame line. */
function isAnchor(line: string): boolean {
  if (PROVIDED_BY.test(line) || EMBED_FRAME.test(line)) return true;
  return wordCount(line) <= MAX_ANCHOR_WORDS && !QUOTED.test(line) && !SITE_WIDE.test(line) && EMBED_NOUN.test(line) && CONSENT_TERM.test(line) && ADDRESS.test(line);
}

function isFollowUp(line: string): boolean {
  return (wordCount(line) <= MAX_FOLLOW_WORDS && CONSENT_SENTENCE.test(line)) || isButton(line);
}

function isButton(line: string): boolean {
  if (wordCount(line) > MAX_BUTTON_WORDS) return false;
  const words = line.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => BUTTON_WORDS.has(w)) && words.some((w) => w !== 'and' && w !== 'all');
}

/**
 * A short line naming the provider right before a consent sentence: named in it ("Twitter", then
 * "This content is provided by Twitter…"), or a bare title-case name ("Datawrapper", then "To view
 * this content, click 'Allow and continue'.").
 */
function isProviderLineFor(line: string, next: string | undefined): boolean {
  if (next === undefined || wordCount(line) > MAX_PROVIDER_WORDS || !isAnchor(next) || isAnchor(line)) return false;
  const name = line.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').trim();
  return name !== '' && (next.toLowerCase().includes(name) || PROVIDER_NAME.test(line));
}

function providerOf(anchor: string, providerLine: string | null): string {
  return PROVIDED_BY.exec(anchor)?.[1] ?? providerLine ?? 'third-party';
}
