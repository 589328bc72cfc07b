import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * BBC pages print a picture's or a video's caption under a label of its own line:
 *   Image caption,
 *   Residents in Brechin were told to leave their homes
 * The caption line alone reads like a story sentence, so only the label before it tells it apart.
 * (Older BBC pages glue the label to the caption, "Image caption Assange gestures…": `image-caption`.)
 */
const LABEL = /^(?:image|media|video|picture|photo) caption\s?[,:]?$/i;
/** A caption is one short line; a long line after a stray label is story text again. */
const MAX_CAPTION_WORDS = 40;

export const rule: BlockRule = {
  kind: 'block',
  id: 'caption-label',
  category: 'caption',
  description: 'A caption label alone on its line ("Image caption,", "Media caption,") and the caption on the line after it (40 words at most).',
  englishOnly: false,
  match(texts, start) {
    if (!LABEL.test(texts[start]!)) return null;
    const caption = texts[start + 1];
    const withCaption = caption !== undefined && !LABEL.test(caption) && wordCount(caption) <= MAX_CAPTION_WORDS;
    return { length: withCaption ? 2 : 1, reason: withCaption ? 'caption under its label' : 'caption label' };
  },
  examples: {
    source: 'BBC News pages as their current layout prints them (labels followed by a comma, the caption on the next line)',
    remove: [
      ['Image caption,', 'Residents in Brechin were told to leave their homes'],
      ['Media caption,', 'Watch: Rain lashes Angus as Storm Babet hits'],
      ['Image caption,'],
    ],
    keep: [
      ['The caption under the photograph was changed after complaints, the paper said.', 'It now names the photographer.'],
      ['Image rights: who owns a selfie taken by a monkey?'],
    ],
  },
};
