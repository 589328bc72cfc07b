import type { LineRule } from './types.js';

/**
 * `Image: …`, `Photo: …`, `Picture: …`, `Caption: …`, `Credit: …` lines; Ars Technica's "Enlarge / …" (its enlarge link
 * flattened into the caption); the German public broadcasters' "Bildrechte: dpa" ("picture rights") and "Bildquelle: …"
 * under a picture (probe r30, tagesschau).
 */
const CAPTION_PREFIX =
  /^(?:(?:image|images|photo|photos|picture|pictured|pic|caption|credit|image credit|photo credit|photograph|illustration|file photo|foto|bild|bildrechte|bildquelle)\s?:\s|image caption |media caption |enlarge \/ )/i;

/** BBC's caption, copyright and source labels, often glued to what follows ("Media captionWho is Julian Assange?", "Image copyright EPA", "Image source, PA Media"). */
const BBC_LABEL = /^(?:Image|Media|Picture) (?:caption|copyright|source),? ?(?=[\p{Lu}\p{N}"“‘'])/u;

export const rule: LineRule = {
  kind: 'line',
  id: 'image-caption',
  category: 'caption',
  description: 'A caption or credit line introduced by Image:, Photo:, Picture:, Caption:, Credit:, FILE PHOTO: or "Image caption".',
  englishOnly: false,
  match(text) {
    return CAPTION_PREFIX.test(text) || BBC_LABEL.test(text) ? { reason: 'image caption or credit line' } : null;
  },
  examples: {
    source: 'seed 004 line 60; aeb container 058445… ("Photo: Damian Dovarganes, AP"), c7e39a…, 57d46c…; seed 004 line 61',
    remove: [
      // Ars Technica's caption, opened by its enlarge link (probe r25, made-up page).
      'Enlarge / A Starlink satellite re-entering the atmosphere, photographed from Hawaii.',
      'Image: Parents and children lay out cuddly toys across the entrance to the Foreign Office in London',
      'Photo: Damian Dovarganes, AP',
      // tagesschau's credit line under its picture (probe r30, a made-up page).
      'Bildrechte: dpa',
      'Bildquelle: picture alliance / dpa',
      'Image caption Assange gestures with a thumbs up after he was arrested by Met Police officers at the Ecuador Embassy in London',
      // aeb container c7e39a… (BBC).
      'Media captionWho is Julian Assange?',
      'Image copyright EPA',
      // BBC's current layout: the credit line above a picture.
      'Image source, PA Media',
      'FILE PHOTO: Traders work on the floor at the New York Stock Exchange (NYSE) in New York, U.S., November 18, 2019.',
    ],
    keep: [
      'Instead of a ceasefire, government ministers are calling for a break in the fighting – dubbing this a “humanitarian pause”- in order to get aid into Gaza and allow British citizens to escape.',
      'Image rights: who owns a selfie taken by a monkey?',
      'Bildrechte sind im Internet schwer durchzusetzen, sagt der Anwalt.',
      'Image copyright law has not kept up with AI, the panel said.',
    ],
  },
};
