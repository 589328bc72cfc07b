import type { LineRule } from './types.js';

/**
 * `Image: …`, `Photo: …`, `Picture: …`, `Caption: …`, `Credit: …` lines; Ars Technica's "Enlarge / …" (its enlarge link
 * flattened into the caption); the German public broadcasters' "Bildrechte: dpa" ("picture rights") and "Bildquelle: …"
 * under a picture (probe r30, tagesschau).
 */
const CAPTION_PREFIX =
  /^(?:(?:image|images|photo|photos|picture|pictured|pic|caption|credit|image credit|photo credit|photograph|illustration|file photo|foto|bild|bildrechte|bildquelle)\s?:\s|image caption |media caption |enlarge \/ )/i;

/**
 * A gallery or video story's headline opens with its label in capitals, as Central European portals print it (probe r33, iDNES.cz:
 * "FOTO: Vánoční trhy na Staroměstském náměstí zahájilo rozsvícení stromu"; "VIDEO: …", "FOTO A VIDEO: …"): words in
 * lowercase after the label and no full stop anywhere. A credit in capitals names its photographer or agency ("FOTO: TASR",
 * "FOTO: Michal Šula, MAFRA"), and a caption closes its sentence.
 */
const HEADLINE_LABEL = /^(?:FOTO|FOTKY|FOTOGALERIE|GALERIE|GALERIA|VIDEO)(?: (?:A|I|Y|E|\+|&) (?:FOTO|VIDEO))?: (?=[^.]*\s\p{Ll}{3,})[^.]*[^.\s]$/u;

/** BBC's caption, copyright and source labels, often glued to what follows ("Media captionWho is Julian Assange?", "Image copyright EPA", "Image source, PA Media"). */
const BBC_LABEL = /^(?:Image|Media|Picture) (?:caption|copyright|source),? ?(?=[\p{Lu}\p{N}"“‘'])/u;

export const rule: LineRule = {
  kind: 'line',
  id: 'image-caption',
  category: 'caption',
  description: 'A caption or credit line introduced by Image:, Photo:, Picture:, Caption:, Credit:, FILE PHOTO: or "Image caption".',
  englishOnly: false,
  match(text) {
    return (CAPTION_PREFIX.test(text) && !HEADLINE_LABEL.test(text)) || BBC_LABEL.test(text) ? { reason: 'image caption or credit line' } : null;
  },
  examples: {
    source: 'seed 004 line 60; aeb container 058445… ("Photo: Damian Dovarganes, AP"), c7e39a…, 57d46c…; seed 004 line 61',
    remove: [
      // Ars Technica's caption, opened by its enlarge link (probe r25, made-up page).
      'Enlarge / A Starlink satellite re-entering the atmosphere, photographed from Hawaii.',
      'Image: Parents and children lay out cuddly toys across the entrance to the Foreign Office in London',
      'Photo: Damian Dovarganes, AP',
      // Credits in capitals under Czech and Slovak pictures, which a gallery headline's label must not keep.
      'FOTO: TASR', 'FOTO: Michal Šula, MAFRA', 'FOTO: Lidé sledují rozsvícení stromu z oken okolních domů.',
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
      // Probe r33, a made-up iDNES.cz gallery page: the headline and its label.
      'FOTO: Vánoční trhy na Staroměstském náměstí zahájilo rozsvícení stromu', 'FOTO A VIDEO: Povodně zasáhly jih Moravy',
    ],
  },
};
