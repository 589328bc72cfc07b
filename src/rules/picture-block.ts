import { rule as sourceCredit } from './source-credit.js';
import type { BlockRule, BlockVerdict } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A picture printed between its controls, as NPR's pages flatten it: "Enlarge this image", the
 * caption, its credit, "toggle caption", and the credit again. The caption is told from story text
 * by its place alone: it stands between the picture's opening control and its closing one.
 */
const OPENING_CONTROL = /^(?:enlarge|expand) (?:this )?image$/i;
const CLOSING_CONTROL = /^(?:toggle|hide|show|close) caption$/i;
/**
 * A Gannett paper's picture (the USA TODAY network's template): its two caption toggles first, "Show Caption" then
 * "Hide Caption", then the caption and a credit line ("Kelly Wilkinson/IndyStar"). The caption is told by its place
 * between the toggles and the credit; without a credit line under it the block is not one.
 */
const TOGGLE_PAIR = [/^show caption$/i, /^hide caption$/i] as const;
/**
 * Forbes' picture: the caption, then the credit alone in lowercase, "getty", as its template prints it under every stock
 * picture (probe r24b, forbes lines 16–17: "Password managers store the keys to your digital life." / "getty"). The
 * lowercase credit is the template's; a story paragraph is not followed by one.
 */
const LOWERCASE_CREDIT = /^getty(?: images)?$/u;
const MAX_CREDITED_CAPTION_WORDS = 40;
/** Caption lines between the toggles and the credit. */
const MAX_TOGGLED_CAPTION_LINES = 2;
/** Lines between the two controls: a caption and its credit, sometimes a second caption line. */
const MAX_INNER_LINES = 3;
/** A caption is a sentence or two; a longer line is story text, and the block is not one. */
const MAX_CAPTION_WORDS = 60;

export const rule: BlockRule = {
  kind: 'block',
  id: 'picture-block',
  category: 'caption',
  description: 'A picture between its controls: "Enlarge this image", the caption and its credit, "toggle caption" (or "hide caption"), and the credit printed again under it; or "Show Caption", "Hide Caption", the caption and its credit line.',
  englishOnly: true,
  match(texts, start, context) {
    const next = texts[start + 1];
    if (next !== undefined && LOWERCASE_CREDIT.test(next) && wordCount(texts[start]!) <= MAX_CREDITED_CAPTION_WORDS && !LOWERCASE_CREDIT.test(texts[start]!)) {
      return { length: 2, reason: 'a caption and its lowercase credit line' };
    }
    if (TOGGLE_PAIR[0].test(texts[start]!.trim())) return matchToggledCaption(texts, start, context);
    if (!OPENING_CONTROL.test(texts[start]!.trim())) return null;
    for (let end = start + 1; end < texts.length && end <= start + MAX_INNER_LINES + 1; end++) {
      const text = texts[end]!.trim();
      if (CLOSING_CONTROL.test(text)) {
        const creditAgain = end + 1 < texts.length && sourceCredit.match(texts[end + 1]!, context) !== null;
        return { length: end - start + 1 + (creditAgain ? 1 : 0), reason: 'a picture between its controls: caption and credit' };
      }
      if (wordCount(text) > MAX_CAPTION_WORDS) return null;
    }
    return null;
  },
  examples: {
    source: "NPR's picture block and a Gannett paper's (probes r23-en), as their pages print them (made-up captions and credits); probe r24b, a made-up page in the shape of a Forbes contributor page (forbes lines 16–17)",
    remove: [
      ['Show Caption', 'Hide Caption', "An IndyGo bus travels along Washington Street near the Blue Line's planned route on the east side.", 'Kelly Wilkinson/IndyStar'],
      ['Enlarge this image', 'A researcher holds a vial of water containing tiny plastic particles.', 'Jane Doe/Getty Images', 'toggle caption', 'Jane Doe/Getty Images'],
      ['Enlarge this image', 'Firefighters work through the night to contain the blaze near the highway.', 'toggle caption'],
      // Probe r24b, a made-up page in the shape of a Forbes contributor page: the caption and its lowercase credit.
      ['Password managers store the keys to your digital life.', 'getty'],
    ],
    keep: [
      ['Enlarge this image'],
      ['Enlarge this image', 'Human brains may contain far more tiny shards of plastic than previously thought, according to a new study that examined tissue from people who died between 2016 and 2024, and the researchers who led it say the amounts they found rose by about half over those eight years, mirroring the growth in plastic production worldwide since then, though other scientists said the method needed checking.', 'toggle caption'],
      ['The researchers found that the concentration of microplastics rose by about 50%.', 'toggle caption'],
      ['Show Caption', 'Hide Caption', 'The mayor said the line would open in 2027.', 'Construction is expected to last about three years.'],
      // The agency's name in capitals under a paragraph: the line rules judge the credit alone.
      ['The mayor said the line would open in 2027.', 'Getty Images'],
    ],
  },
};

/** "Show Caption", "Hide Caption", one or two caption lines of at most 60 words, and the credit line that closes them. */
function matchToggledCaption(texts: readonly string[], start: number, context: Parameters<BlockRule['match']>[2]): BlockVerdict | null {
  if (start + 1 >= texts.length || !TOGGLE_PAIR[1].test(texts[start + 1]!.trim())) return null;
  for (let end = start + 3; end < texts.length && end <= start + 2 + MAX_TOGGLED_CAPTION_LINES; end++) {
    if (wordCount(texts[end - 1]!) > MAX_CAPTION_WORDS) return null;
    if (sourceCredit.match(texts[end]!, context) !== null) return { length: end - start + 1, reason: 'a picture between its caption toggles and its credit' };
  }
  return null;
}
