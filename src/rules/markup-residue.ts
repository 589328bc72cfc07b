import type { LineRule } from './types.js';

/**
 * Markup that leaked into the text as literal characters: an HTML tag with attributes, raw or
 * escaped ("&lt;span data-mce-type="bookmark" style="…"&gt;", a `<noscript>` tracking pixel
 * "<img height="1" width="1" src="…">"), or a CMS shortcode ("[button link="…" type="big"]Send us
 * YOUR kit review[/button]"). A story quoting a tag has words around it; these lines open with the
 * tag and carry attribute="value" pairs. A line that is one identifier, three or more lowercase
 * words joined by hyphens and nothing else, is a class name or a breakpoint's name printed as text
 * ("narrow-browser-and-phone", "landscape-tablet-and-above": fourteen of them under a Reuters
 * story, aeb page 57d46c…); a story writes words with spaces between them.
 */
const OPENING_TAG = /^(?:<|&lt;)[A-Za-z][\w-]{0,20}\s+[\w-]{1,30}=["”'“]/i;
const SHORTCODE = /^\[[A-Za-z][\w-]{0,20}\s+[\w-]{1,30}=["”'“][^\]]{0,300}\]/i;
const LOWERCASE_WORD = /^[a-z]+$/u;
const IDENTIFIER_MIN_WORDS = 3;

/** "narrow-browser-and-phone": lowercase words joined by hyphens, checked part by part (no backtracking pattern). */
function isIdentifier(text: string): boolean {
  const parts = text.split('-');
  if (parts.length < IDENTIFIER_MIN_WORDS) return false;
  for (const part of parts) if (!LOWERCASE_WORD.test(part)) return false;
  return true;
}

export const rule: LineRule = {
  kind: 'line',
  id: 'markup-residue',
  category: 'markup',
  description: 'A line opening with literal HTML markup or a CMS shortcode with attributes (escaped or raw), or a line that is one hyphenated lowercase identifier (a class or breakpoint name).',
  englishOnly: false,
  match(text) {
    return OPENING_TAG.test(text) || SHORTCODE.test(text) || isIdentifier(text) ? { reason: 'markup left in the text' } : null;
  },
  examples: {
    source: 'aeb container 3d8f34…, 30b771…; aeb page noscript pixels (two pages, the aeb README); aeb page 57d46c…',
    remove: [
      '&lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px; overflow: hidden; line-height: 0;" class="mce_SELRES_start"&gt;&amp;#65279;&lt;/span&gt;',
      '<img height="1" width="1" style="display:none" src="http://b.scorecardresearch.com/p?c1=2&amp;c2=157">',
      '[button link=”http://www.morebikes.co.uk/submit-kit-review/” type=”big” newwindow=”yes”] Send us YOUR kit review[/button]',
      'narrow-browser-and-phone',
      'landscape-tablet-and-medium-wide-browser',
    ],
    keep: [
      'The <blink> tag was never part of any HTML standard.',
      '[Editor’s note: this story has been updated.]',
      '<The Palace: Tale of Jang Noksu> opened in April.',
      'e-edition',
      '02-751-1500',
      'Up-to-the-minute',
      'a state-of-the-art stadium',
    ],
  },
};
