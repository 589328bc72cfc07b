import type { LineRule } from './types.js';

/**
 * Slideshow and picture controls: "Image 1 of 23", "Image 1 of / 23", "1 / 23", "Back to Gallery", "Caption", "Close", "Enlarge this
 * image"; a gallery's button and its photo count, in English and as Czech portals print them under the lead picture (probe r33,
 * iDNES.cz: "Zobrazit fotogalerii", "14 fotografií").
 */
const GALLERY =
  /^(?:(?:image|photo|slide|picture)s? \d{1,3} of (?:\/ )?\d{1,3}|\d{1,3} ?\/ ?\d{1,3}|\d{1,3} of \d{1,3}|back to gallery|caption|close|expand|view gallery|open gallery|launch gallery|this slideshow requires javascript\.?|previous|next|prev|enlarge this image|toggle caption|hide caption|(?:photo gallery|gallery|photos) \(click to enlarge\)|click (?:to|for) (?:enlarge|larger image|full ?screen)|(?:zobrazit|otevřít|prohlédnout si) (?:celou )?(?:foto)?galerii|\d{1,3} (?:photos|fotografií|fotografie|fotek|fotky))$/iu;

/** A slide's caption with its counter glued on by the flattening: "2of4A shopper looks at extension cords…". */
const COUNTED_CAPTION = /^\d{1,3}of\d{1,3}\p{Lu}/u;

export const rule: LineRule = {
  kind: 'line',
  id: 'gallery-furniture',
  category: 'caption',
  description: 'Gallery and slideshow controls: image counters, "Back to gallery", bare "Caption"/"Close"/"Expand".',
  englishOnly: false,
  match(text) {
    if (GALLERY.test(text)) return { reason: 'gallery or slideshow control' };
    return COUNTED_CAPTION.test(text) ? { reason: 'slideshow caption with its counter' } : null;
  },
  examples: {
    source: 'aeb container 058445… and 30b771…; aeb page d0382c…; seed 004 line 101',
    remove: [
      // The Japan Times' gallery heading under the story, and a picture's enlarge link (probe r25, made-up page).
      'PHOTO GALLERY (CLICK TO ENLARGE)',
      'Click to enlarge', '1 of 6', 'Image 1 of 23', 'Image 1 of / 23', '1 / 23', 'Back to Gallery', 'Caption', 'Close', 'This slideshow requires JavaScript.',
      // NPR's picture controls, as its pages print them.
      'Enlarge this image', 'toggle caption', 'hide caption',
      // iDNES.cz's gallery button and photo count under the lead picture (probe r33, a made-up page in its shape).
      'Zobrazit fotogalerii', '14 fotografií', '14 photos',
      // aeb page d0382c….
      '2of4A shopper looks at extension cords at B&C Ace hardware store, Tuesday, Nov. 19, 2019, in Grass Valley, Calif.'],
    keep: [
      'Click to enlarge the map, the ministry told residents, and find your nearest shelter.', 'There were wins too.', 'Close to 1,400 people were killed.', '3 of 4 Americans say they have never been asked.',
      'Zobrazit fotogalerii nelze bez souhlasu autora, rozhodl soud.', '14 photos were entered in the competition.'],
  },
};
