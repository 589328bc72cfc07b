import type { LineRule } from './types.js';
import { opensWithAny, wordCount } from './helpers.js';

/**
 * `cookie-banner` reads English; these are the same banners in the other languages whose news sites
 * newsclean meets most, and the banners' buttons in any of them. A banner names cookies and asks for
 * consent or acceptance ("Wir verwenden Cookies … Mit Klick auf „Alle akzeptieren“ stimmen Sie der
 * Verwendung zu.", "Nous utilisons des cookies … vous acceptez l'utilisation de cookies."); a story
 * about cookies names them without asking anything of the reader.
 */
/** Turkish calls them "çerez", Hebrew "עוגיות". */
const COOKIES = /\bcookies?\b|(?:^|\s)çerez|(?:^|\s)(?:ב|ה)?עוגיות/iu;
/**
 * Hebrew consent, where `\b` (ASCII-only) finds no word edge: "המשך הגלישה מהווה הסכמה לשימוש בהם" ("browsing on
 * is consent to their use", Haaretz), "אני מסכים" ("I agree").
 */
const HEBREW_CONSENT = /(?:^|\s)(?:הסכמה|הסכמתך|מסכים|מסכימה|אישור)(?=\s|[.,:]|$)/u;
const CONSENT_TERMS = new RegExp(
  `\\b(?:${[
    // German
    'wir verwenden', 'wir nutzen', 'akzeptieren', 'stimmen sie', 'einwilligung', 'zustimmung', 'datenschutzerklärung', 'cookie-einstellungen',
    // French
    'nous utilisons', 'vous acceptez', 'accepter', 'consentement', 'poursuivant votre navigation', 'paramétrer',
    // Spanish and Portuguese
    'utilizamos', 'usamos', 'aceptar', 'acepta', 'aceitar', 'aceita', 'consentimiento', 'consentimento', 'navegación', 'navegação',
    // Italian
    'utilizziamo', 'accetta', 'acconsenti', 'consenso', 'navigazione',
    // Dutch
    'wij gebruiken', 'we gebruiken', 'accepteren', 'toestemming',
    // Turkish ("are used", "we use", "you accept", "cookie policy")
    'kullanılmaktadır', 'kullanıyoruz', 'kabul etmiş olursunuz', 'kabul ediyorsunuz', 'çerez politikası',
  ].join('|')})`,
  'iu',
);
/** A banner's button on a line of its own. */
const BUTTON = opensWithAny(
  [
    'accept all(?: cookies)?', 'reject all(?: cookies)?', 'allow all(?: cookies)?', 'manage (?:consent )?preferences',
    'alle akzeptieren', 'alle ablehnen', 'ablehnen',
    'tout accepter', 'tout refuser', 'paramétrer les cookies',
    'aceptar todas?(?: las cookies)?', 'rechazar todas?', 'aceitar todos', 'rejeitar todos',
    'accetta tutti', 'rifiuta tutti',
    'alles accepteren', 'alles weigeren',
    'tümünü kabul et', 'tümünü reddet',
  ],
  'iu',
  '$',
);
const MAX_WORDS = 80;

export const rule: LineRule = {
  kind: 'line',
  id: 'cookie-banner-translated',
  category: 'cookie-banner',
  description:
    'A cookie banner in German, French, Spanish, Portuguese, Italian, Dutch, Turkish or Hebrew ("Wir verwenden Cookies … Alle akzeptieren …"), or a banner\'s button in any of them or in English ("Alle akzeptieren", "Tout refuser", "Reject all").',
  englishOnly: false,
  match(text) {
    if (BUTTON.test(text)) return { reason: 'cookie banner button' };
    return wordCount(text) <= MAX_WORDS && COOKIES.test(text) && (CONSENT_TERMS.test(text) || HEBREW_CONSENT.test(text)) ? { reason: 'cookie banner (in another language)' } : null;
  },
  examples: {
    // No page in ../shared/datasets prints one in these languages: written from how those sites print their banners.
    source: 'written from how German, French, Spanish and English news sites print their cookie banners (none in ../shared/datasets)',
    remove: [
      'Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verwendung zu.',
      "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.',
      'Alle akzeptieren',
      'Ablehnen',
      'Tout accepter',
      'Paramétrer les cookies',
      'Reject all',
      'Manage consent preferences',
      // Hürriyet's banner, as its pages print it.
      "Sitemizde, içeriği kişiselleştirmek ve reklamları özelleştirmek, sosyal medya özellikleri sağlamak ve trafiğimizi analiz etmek için çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz.",
      'Tümünü kabul et',
      // Haaretz's banner, as its pages print it (probe of 2026-12-07, second round).
      'אתר הארץ עושה שימוש בקבצי Cookies כדי לשפר את חוויית הגלישה. המשך הגלישה מהווה הסכמה לשימוש בהם.',
    ],
    keep: [
      'Die Bäckerei verkauft seit 1950 Cookies nach dem Rezept der Großmutter.',
      'Les cookies de la boulangerie ont remporté le concours régional.',
      'Der Verband will die Klage ablehnen, sagte ein Sprecher.',
      'There were wins too.',
      'Çerez üreticileri bu yıl ihracatta rekor kırdı.',
      'המאפייה מוכרת עוגיות לפי המתכון של הסבתא מאז 1950.',
    ],
  },
};
