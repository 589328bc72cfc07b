import type { LineRule } from './types.js';

/**
 * `related-links` reads English; these are the same widget headings in the other languages whose
 * news sites newsclean meets most: a heading alone on its line ("Mehr zum Thema", "Lire aussi :",
 * "Leia também") or with its teaser after a bar or colon ("Lire aussi | Pétrole : l’OPEP+ prolonge…",
 * Le Monde), never a sentence that starts with the words.
 */
const HEADING = new RegExp(
  `^(?:${[
    // German
    'mehr zum thema', 'lesen sie auch', 'lesen sie mehr', 'das könnte sie auch interessieren', 'auch interessant', 'weitere artikel', 'mehr dazu',
    // French
    'lire aussi', 'à lire aussi', 'a lire aussi', 'sur le même sujet', 'à voir aussi', 'voir aussi', 'lire la suite',
    // Spanish
    'leer más', 'lee también', 'te puede interesar', 'también te puede interesar', 'noticias relacionadas', 'más noticias', 'más información', 'archivado en',
    // Portuguese
    'leia também', 'leia mais', 'veja também', 'notícias relacionadas', 'saiba mais',
    // Italian
    'leggi anche', 'potrebbe interessarti', 'articoli correlati',
    // Dutch
    'lees ook', 'lees meer', 'meer over dit onderwerp', 'gerelateerde artikelen',
    // Russian
    'читайте также', 'по теме', 'похожие новости',
    // Polish
    'czytaj także', 'czytaj też', 'zobacz także', 'zobacz też',
  ].join('|')})(?:\\s?(?::|\\.\\.\\.|…|»|›)?$|\\s?[|:»›] [^.!?]{1,160}$)`,
  'iu',
);

export const rule: LineRule = {
  kind: 'line',
  id: 'related-links-translated',
  category: 'related',
  description:
    'A related-stories heading in German, French, Spanish, Portuguese, Italian, Dutch, Russian or Polish, alone on its line ("Mehr zum Thema", "Lire aussi :", "Leia também", "Читайте также") or with its teaser after a bar or colon and no sentence end ("Lire aussi | Pétrole : …").',
  englishOnly: false,
  match(text) {
    return HEADING.test(text) ? { reason: 'related-links furniture (heading in another language)' } : null;
  },
  examples: {
    source: 'the widget headings of German, French, Spanish, Portuguese, Italian, Dutch, Russian and Polish news sites as their pages print them',
    remove: ['Lire aussi | Pétrole : l’OPEP+ prolonge ses baisses de production', 'Mehr zum Thema', 'Lesen Sie auch:', 'Lire aussi :', 'À lire aussi', 'Te puede interesar', 'Más información', 'Archivado En', 'Leia também', 'Leggi anche', 'Lees ook:', 'Читайте также', 'Czytaj także'],
    keep: [
      'Mehr zum Thema Haushalt sagte Scholz am Mittwoch nichts.',
      'Lire aussi les mémoires du général, conseille-t-il.',
      'Lire aussi : le rapport, publié jeudi, recense 7 000 cas.',
      'Leia também o relatório completo, disse o ministro.',
      'Más información sobre el caso llegará el lunes, según la fiscalía.',
      'По теме выступил министр финансов.',
    ],
  },
};
