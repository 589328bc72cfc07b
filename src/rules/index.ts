import type { RuleOverrides } from '../options.js';
import { rule as advertisement } from './advertisement.js';
import { rule as authorBox } from './author-box.js';
import { rule as authorCredit } from './author-credit.js';
import { rule as authorFollowerBox } from './author-follower-box.js';
import { rule as bettingPromo } from './betting-promo.js';
import { rule as blogWidget } from './blog-widget.js';
import { rule as bylineTimestamp } from './byline-timestamp.js';
import { rule as callToAction } from './call-to-action.js';
import { rule as captionLabel } from './caption-label.js';
import { rule as categoryList } from './category-list.js';
import { rule as commentForm } from './comment-form.js';
import { rule as commentHeader } from './comment-header.js';
import { rule as commentsWidget } from './comments-widget.js';
import { rule as contributorNote } from './contributor-note.js';
import { rule as disclosureStatement } from './disclosure-statement.js';
import { rule as contributorSignOff } from './contributor-sign-off.js';
import { rule as cookieBanner } from './cookie-banner.js';
import { rule as cookieBannerTranslated } from './cookie-banner-translated.js';
import { rule as copyrightFooter } from './copyright-footer.js';
import { rule as dateHeader } from './date-header.js';
import { rule as donationAsk } from './donation-ask.js';
import { rule as embedConsent } from './embed-consent.js';
import { rule as fieldLine } from './field-line.js';
import { rule as galleryFurniture } from './gallery-furniture.js';
import { rule as headerAge } from './header-age.js';
import { rule as hoverCard } from './hover-card.js';
import { rule as imageCaption } from './image-caption.js';
import { rule as keywordList } from './keyword-list.js';
import { rule as legalNotice } from './legal-notice.js';
import { rule as linkAnnotation } from './link-annotation.js';
import { rule as livePostStamp } from './live-post-stamp.js';
import { rule as markupResidue } from './markup-residue.js';
import { rule as matchStats } from './match-stats.js';
import { rule as nameByline } from './name-byline.js';
import { rule as navigationChrome } from './navigation-chrome.js';
import { rule as navigationTranslated } from './navigation-translated.js';
import { rule as newsletterBlock } from './newsletter-block.js';
import { rule as newsletterTranslated } from './newsletter-translated.js';
import { rule as newsletterWidget } from './newsletter-widget.js';
import { rule as obituaryFurniture } from './obituary-furniture.js';
import { rule as paywallPrompt } from './paywall-prompt.js';
import { rule as paywallPromptTranslated } from './paywall-prompt-translated.js';
import { rule as pictureBlock } from './picture-block.js';
import { rule as pressReleaseFooter } from './press-release-footer.js';
import { rule as privacyPointer } from './privacy-pointer.js';
import { rule as punctuationOnly } from './punctuation-only.js';
import { rule as referenceBlock } from './reference-block.js';
import { rule as relatedCarousel } from './related-carousel.js';
import { rule as relatedLinks } from './related-links.js';
import { rule as relatedLinksTranslated } from './related-links-translated.js';
import { rule as repeatedParagraph } from './repeated-paragraph.js';
import { rule as shareBar } from './share-bar.js';
import { rule as shoppingCard } from './shopping-card.js';
import { rule as shoutedTeaser } from './shouted-teaser.js';
import { rule as signUpMessage } from './sign-up-message.js';
import { rule as siteDisclaimer } from './site-disclaimer.js';
import { rule as sourceCredit } from './source-credit.js';
import { rule as sponsorMessage } from './sponsor-message.js';
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
  linkAnnotation,
  embedConsent,
  videoBlock,
  pictureBlock,
  newsletterBlock,
  livePostStamp,
  contributorNote,
  disclosureStatement,
  referenceBlock,
  categoryList,
  contributorSignOff,
  authorFollowerBox,
  authorBox,
  headerAge,
  commentForm,
  sponsorMessage,
  matchStats,
  relatedCarousel,
  repeatedParagraph,
  captionLabel,
  imageCaption,
  sourceCredit,
  uncreditedCaption,
  galleryFurniture,
  relatedLinks,
  relatedLinksTranslated,
  shoutedTeaser,
  keywordList,
  shareBar,
  advertisement,
  bettingPromo,
  shoppingCard,
  commentsWidget,
  commentHeader,
  bylineTimestamp,
  fieldLine,
  nameByline,
  authorCredit,
  pressReleaseFooter,
  callToAction,
  paywallPrompt,
  paywallPromptTranslated,
  donationAsk,
  newsletterTranslated,
  signUpMessage,
  copyrightFooter,
  cookieBanner,
  cookieBannerTranslated,
  legalNotice,
  siteDisclaimer,
  privacyPointer,
  navigationChrome,
  blogWidget,
  navigationTranslated,
  obituaryFurniture,
  markupResidue,
  punctuationOnly,
];

/** The catalogue after `--rules FILE` and `--keep captions`, split by kind. Shared: callers must not change it. */
export interface ActiveRules {
  readonly span: readonly SpanRule[];
  readonly block: readonly BlockRule[];
  readonly line: readonly LineRule[];
}

/** Most characters of a user pattern: a guard against pasting a whole page as a pattern. */
const MAX_USER_PATTERN_LENGTH = 500;

/**
 * Applies user overrides: disabled ids drop out, user patterns become line rules (category from the
 * user, never English-only). Caption rules drop out when captions are kept.
 *
 * Every document of a run asks with the run's options, so the result is built once per overrides
 * object, not per document (the build's callbacks were compiled again after each full garbage
 * collection, DEVELOPERS.md, "Workers"). A library caller may change its overrides object between
 * calls, so the memo also keeps a copy of what it was built from and builds again when that differs:
 * the result depends on the overrides' contents only, never on what ran before.
 */
export function activeRules(overrides: RuleOverrides, keepCaptions: boolean): ActiveRules {
  const memo = builtRules.get(overrides);
  if (memo !== undefined && memo.keepCaptions === keepCaptions && sameOverrides(memo.builtFrom, overrides)) return memo.rules;
  const rules = buildActiveRules(overrides, keepCaptions);
  builtRules.set(overrides, { keepCaptions, builtFrom: copyOverrides(overrides), rules });
  return rules;
}

interface BuiltRules {
  keepCaptions: boolean;
  builtFrom: RuleOverrides;
  rules: ActiveRules;
}

const builtRules = new WeakMap<RuleOverrides, BuiltRules>();

function buildActiveRules(overrides: RuleOverrides, keepCaptions: boolean): ActiveRules {
  const disabled = new Set(overrides.disable);
  const kept = catalogue.filter((rule) => !disabled.has(rule.id) && !(keepCaptions && rule.category === 'caption'));
  const user = overrides.add.filter((added) => !disabled.has(added.id)).map(userLineRule);
  return {
    span: kept.filter((rule): rule is SpanRule => rule.kind === 'span'),
    block: kept.filter((rule): rule is BlockRule => rule.kind === 'block'),
    line: [...kept.filter((rule): rule is LineRule => rule.kind === 'line'), ...user],
  };
}

function copyOverrides(overrides: RuleOverrides): RuleOverrides {
  return { disable: [...overrides.disable], add: overrides.add.map((added) => ({ ...added })) };
}

/** Whether two overrides disable the same ids and add the same rules, in the same order. */
function sameOverrides(a: RuleOverrides, b: RuleOverrides): boolean {
  if (a.disable.length !== b.disable.length || a.add.length !== b.add.length) return false;
  for (let i = 0; i < a.disable.length; i++) if (a.disable[i] !== b.disable[i]) return false;
  for (let i = 0; i < a.add.length; i++) if (!sameAddedRule(a.add[i]!, b.add[i]!)) return false;
  return true;
}

function sameAddedRule(a: RuleOverrides['add'][number], b: RuleOverrides['add'][number]): boolean {
  return a.id === b.id && a.category === b.category && a.description === b.description && a.pattern === b.pattern && a.flags === b.flags;
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
