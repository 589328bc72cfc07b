import { trimTrailing } from './helpers.js';
import type { LineRule } from './types.js';

/**
 * A page's skip link in German, French, Spanish, Italian, Portuguese and Dutch, whole lines only, as `navigation-chrome`
 * takes "Skip to main content" (English only): Der Spiegel's "Zum Inhalt springen", El País's "Ir al contenido", Le Monde's
 * "Aller au contenu principal" (probe r26). Left to the classifier, the German one was kept or removed as the lines under it
 * changed, and the page's headline with it.
 */
const SKIP_LINK =
  /^(?:zum (?:haupt)?inhalt springen|direkt zum (?:haupt)?inhalt|springe zum (?:haupt)?inhalt|aller au contenu(?: principal)?|passer au contenu(?: principal)?|ir al contenido(?: principal)?|saltar al contenido(?: principal)?|vai al contenuto(?: principale)?|salta al contenuto(?: principale)?|ir para o conteúdo(?: principal)?|pular para o conteúdo(?: principal)?|naar (?:de )?(?:hoofd)?inhoud|ga (?:direct )?naar (?:de )?(?:hoofd)?inhoud|spring naar (?:de )?(?:hoofd)?inhoud)$/iu;

/**
 * A prompt to scroll on to the page's next stories, as Colombian sites print it under the story (probe r32, El Tiempo: "Siga
 * bajando para encontrar más contenido"); whole line. Not a skip link: it marks no page's start.
 */
const SCROLL_PROMPT = /^(?:siga|sigue) bajando para (?:encontrar|ver|leer) más (?:contenido|noticias|artículos)$/iu;

/**
 * A live page's prompt to reload it for the newest posts, perhaps after a short sentence saying it updates (probe r33,
 * Ukrainska Pravda: "Новини оновлюються. Оновіть сторінку, щоб побачити останні повідомлення.", "the news is updating; refresh
 * the page to see the latest posts"), in Ukrainian, Russian and English. The page speaks to the reader in the imperative and
 * names the latest posts; a story's "Оновіть сторінку банку, радять експерти" goes on.
 */
const RELOAD_PROMPT =
  /^(?:[^.!?]{1,40}[.!] )?(?:оновіть|обновите|refresh|reload) (?:цю |эту |this |the )?(?:сторінку|страницу|page),? (?:щоб (?:побачити|переглянути)|чтобы (?:увидеть|посмотреть)|to see|for) (?:останні|нові|последние|новые|the latest|new|the newest) (?:повідомлення|новини|оновлення|сообщения|новости|обновления|posts|updates)[.!]?$/iu;

/** Arrows and dots after the link ("Zum Inhalt springen ›"). */
const TRAILING_MARKS = ' .:›»>…';

/** Whether the line is such a skip link: in a glued file, where the next page begins (stages/clean.ts). */
export function isTranslatedSkipLink(text: string): boolean {
  return SKIP_LINK.test(trimTrailing(text, TRAILING_MARKS));
}

export const rule: LineRule = {
  kind: 'line',
  id: 'navigation-translated',
  category: 'navigation',
  description: 'A skip link in German, French, Spanish, Italian, Portuguese or Dutch ("Zum Inhalt springen", "Aller au contenu principal", "Ir al contenido"), a Spanish prompt to scroll on ("Siga bajando para encontrar más contenido"), or a live page\'s prompt to reload it for the latest posts ("Оновіть сторінку, щоб побачити останні повідомлення", "Refresh the page to see the latest updates").',
  englishOnly: false,
  match(text) {
    if (isTranslatedSkipLink(text)) return { reason: 'skip link (in another language)' };
    if (RELOAD_PROMPT.test(text)) return { reason: 'live page\'s reload prompt' };
    return SCROLL_PROMPT.test(trimTrailing(text, TRAILING_MARKS)) ? { reason: 'scroll prompt (in another language)' } : null;
  },
  examples: {
    source: 'probe r26, made-up Der Spiegel and El País pages; probe r32, a made-up El Tiempo page; the others written from how those sites print their skip links',
    remove: ['Zum Inhalt springen', 'Ir al contenido', 'Aller au contenu principal', 'Vai al contenuto principale', 'Ir para o conteúdo principal', 'Naar de inhoud', 'Siga bajando para encontrar más contenido',
      // Probe r33, a made-up page in the shape of Ukrainska Pravda's live page; the same prompt in Russian and English.
      'Новини оновлюються. Оновіть сторінку, щоб побачити останні повідомлення.', 'Обновите страницу, чтобы увидеть последние новости.', 'Refresh the page to see the latest updates.'],
    keep: ['Zum Inhalt springen wir später, sagte der Trainer.', 'Ir al contenido del informe llevó semanas.', 'Aller au contenu du texte, a demandé la ministre.', 'Siga bajando para encontrar más contenido en la cuenta, le dijo el técnico.',
      'Оновіть сторінку банку, радять експерти.', 'Refresh the page to see the latest updates, the support team told users whose apps had frozen.'],
  },
};
