import type { LineRule } from './types.js';
import { opensWithAny, wordCount } from './helpers.js';

/**
 * `call-to-action` reads English; these are newsletter sign-up buttons and prompts in the other
 * languages whose news sites newsclean meets most: a line that opens with the sign-up verb and names
 * the newsletter ("Abonnez-vous à notre newsletter", "Iscriviti alla newsletter", "Newsletter
 * abonnieren"). Short: a story sentence that mentions a newsletter goes on past a button's wording.
 */
const SIGN_UP = opensWithAny(
  [
    // German
    'newsletter abonnieren', '(?:jetzt )?(?:kostenlos )?(?:für den |zum )?newsletter anmelden', 'melden sie sich (?:jetzt )?(?:für|zu) unserem newsletter an', 'abonnieren sie (?:jetzt )?unseren newsletter',
    // French
    '(?:abonnez-vous|inscrivez-vous) (?:gratuitement )?à (?:notre|la|nos) (?:newsletter|lettre d[’\']information)s?',
    // Spanish
    '(?:suscríbete|suscribete|regístrate|apúntate) (?:gratis )?(?:a|en) (?:nuestra|nuestro|la|el) (?:newsletter|boletín)',
    // Portuguese
    '(?:assine|inscreva-se|subscreva) (?:a |na |em )?(?:nossa |a )?newsletter',
    // Italian
    'iscriviti (?:gratis )?(?:alla|alle) (?:nostra )?newsletter',
    // Dutch
    '(?:schrijf je in|meld je aan|abonneer je) (?:voor|op) (?:de|onze) nieuwsbrief',
    // Russian: the channel prompt under a story ("Подписывайтесь на наш канал в Telegram")
    '(?:подписывайтесь|подпишитесь|читайте нас|следите за новостями) [^.!?]{0,40}(?:в|на) (?:telegram|youtube|vk)',
  ],
  'iu',
  '\\b',
);
const MAX_WORDS = 16;

export const rule: LineRule = {
  kind: 'line',
  id: 'newsletter-translated',
  category: 'newsletter',
  description:
    'A newsletter sign-up button or prompt in German, French, Spanish, Portuguese, Italian or Dutch ("Newsletter abonnieren", "Abonnez-vous à notre newsletter", "Iscriviti alla newsletter"), and a Russian site\'s channel prompt ("Подписывайтесь на наш канал в Telegram").',
  englishOnly: false,
  match(text) {
    return wordCount(text) <= MAX_WORDS && SIGN_UP.test(text) ? { reason: 'newsletter sign-up (in another language)' } : null;
  },
  examples: {
    // No page in ../shared/datasets prints one in these languages: written from how those sites print their buttons.
    source: 'written from how German, French, Spanish, Portuguese, Italian and Dutch news sites print their sign-up buttons (none in ../shared/datasets)',
    remove: [
      'Newsletter abonnieren',
      'Jetzt kostenlos für den Newsletter anmelden',
      'Abonnez-vous à notre newsletter',
      'Inscrivez-vous gratuitement à nos newsletters',
      'Suscríbete a nuestra newsletter',
      'Assine a nossa newsletter',
      'Iscriviti alla newsletter',
      'Schrijf je in voor onze nieuwsbrief',
      // A Russian news site's channel prompt under its stories, as such sites print it.
      'Подписывайтесь на наш канал в Telegram',
      'Читайте нас в Telegram',
    ],
    keep: [
      'Abonnez-vous à notre newsletter, a lancé le ministre en souriant devant une salle comble, avant de quitter la tribune sous les applaudissements.',
      'Der Verlag will den Newsletter abonnieren lassen, sagte die Sprecherin.',
      'There were wins too.',
      'Подписывайтесь на рассылку, сказал он, и узнаете всё первыми в Telegram-канале компании, который ведёт пресс-служба.',
    ],
  },
};
