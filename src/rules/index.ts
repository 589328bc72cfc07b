import type { RuleOverrides } from '../options.js';
import { rule as advertisement } from './advertisement.js';
import { rule as authorCredit } from './author-credit.js';
import { rule as bylineTimestamp } from './byline-timestamp.js';
import { rule as callToAction } from './call-to-action.js';
import { rule as commentHeader } from './comment-header.js';
import { rule as commentsWidget } from './comments-widget.js';
import { rule as cookieBanner } from './cookie-banner.js';
import { rule as copyrightFooter } from './copyright-footer.js';
import { rule as dateHeader } from './date-header.js';
import { rule as embedConsent } from './embed-consent.js';
import { rule as fieldLine } from './field-line.js';
import { rule as galleryFurniture } from './gallery-furniture.js';
import { rule as hoverCard } from './hover-card.js';
import { rule as imageCaption } from './image-caption.js';
import { rule as keywordList } from './keyword-list.js';
import { rule as legalNotice } from './legal-notice.js';
import { rule as markupResidue } from './markup-residue.js';
import { rule as nameByline } from './name-byline.js';
import { rule as navigationChrome } from './navigation-chrome.js';
import { rule as newsletterWidget } from './newsletter-widget.js';
import { rule as privacyPointer } from './privacy-pointer.js';
import { rule as punctuationOnly } from './punctuation-only.js';
import { rule as relatedLinks } from './related-links.js';
import { rule as repeatedParagraph } from './repeated-paragraph.js';
import { rule as shareBar } from './share-bar.js';
import { rule as shoutedTeaser } from './shouted-teaser.js';
import { rule as signUpMessage } from './sign-up-message.js';
import { rule as sourceCredit } from './source-credit.js';
import { rule as uncreditedCaption } from './uncredited-caption.js';
import { rule as videoBlock } from './video-block.js';
import type { BlockRule, LineRule, Rule, SpanRule } from './types.js';

export type { BlockRule, LineRule, Rule, RuleContext, SpanRule, Verdict } from './types.js';

/**
 * The rule catalogue in the order rules are tried. Span rules run first (a header or a flattened
 * widget is trimmed before the line is judged), then block rules (their first line may look like
 * something else: a provider name, a player notice), then line rules.
 */
export const catalogue: readonly Rule[] = [
  dateHeader,
  newsletterWidget,
  hoverCard,
  embedConsent,
  videoBlock,
  repeatedParagraph,
  imageCaption,
  sourceCredit,
  uncreditedCaption,
  galleryFurniture,
  relatedLinks,
  shoutedTeaser,
  keywordList,
  shareBar,
  advertisement,
  commentsWidget,
  commentHeader,
  bylineTimestamp,
  fieldLine,
  nameByline,
  authorCredit,
  callToAction,
  signUpMessage,
  copyrightFooter,
  cookieBanner,
  legalNotice,
  privacyPointer,
  navigationChrome,
  markupResidue,
  punctuationOnly,
];

/** The catalogue after `--rules FILE` and `--keep captions`, split by kind. */
export interface ActiveRules {
  span: SpanRule[];
  block: BlockRule[];
  line: LineRule[];
}

/** Most characters of a user pattern: a guard against pasting a whole page as a pattern. */
const MAX_USER_PATTERN_LENGTH = 500;

/**
 * Applies user overrides: disabled ids drop out, user patterns become line rules (category from the
 * user, never English-only). Caption rules drop out when captions are kept.
 */
export function activeRules(overrides: RuleOverrides, keepCaptions: boolean): ActiveRules {
  const disabled = new Set(overrides.disable);
  const kept = catalogue.filter((rule) => !disabled.has(rule.id) && !(keepCaptions && rule.category === 'caption'));
  const user = overrides.add.filter((added) => !disabled.has(added.id)).map(userLineRule);
  return {
    span: kept.filter((rule): rule is SpanRule => rule.kind === 'span'),
    block: kept.filter((rule): rule is BlockRule => rule.kind === 'block'),
    line: [...kept.filter((rule): rule is LineRule => rule.kind === 'line'), ...user],
  };
}

function userLineRule(added: RuleOverrides['add'][number]): LineRule {
  if (added.pattern.length > MAX_USER_PATTERN_LENGTH) {
    throw new Error(`rule ${added.id}: pattern longer than ${MAX_USER_PATTERN_LENGTH} characters`);
  }
  const pattern = new RegExp(added.pattern, (added.flags ?? '').replace(/[gy]/g, ''));
  return {
    kind: 'line',
    id: added.id,
    category: added.category,
    description: added.description,
    englishOnly: false,
    match: (text) => (pattern.test(text) ? { reason: `user rule: ${added.description}` } : null),
    examples: { remove: [], keep: [], source: 'user rules file' },
  };
}
