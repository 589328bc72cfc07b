import type { LineRule } from './types.js';

/** Slideshow controls: "Image 1 of 23", "Image 1 of / 23", "1 / 23", "Back to Gallery", "Caption", "Close". */
const GALLERY =
  /^(?:(?:image|photo|slide|picture)s? \d{1,3} of (?:\/ )?\d{1,3}|\d{1,3} ?\/ ?\d{1,3}|back to gallery|caption|close|expand|view gallery|open gallery|launch gallery|this slideshow requires javascript\.?|previous|next|prev)$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'gallery-furniture',
  category: 'caption',
  description: 'Gallery and slideshow controls: image counters, "Back to gallery", bare "Caption"/"Close"/"Expand".',
  englishOnly: false,
  match(text) {
    return GALLERY.test(text) ? { reason: 'gallery or slideshow control' } : null;
  },
  examples: {
    source: 'aeb container 058445… and 30b771…; seed 004 line 101',
    remove: ['Image 1 of 23', 'Image 1 of / 23', '1 / 23', 'Back to Gallery', 'Caption', 'Close', 'This slideshow requires JavaScript.'],
    keep: ['There were wins too.', 'Close to 1,400 people were killed.'],
  },
};
