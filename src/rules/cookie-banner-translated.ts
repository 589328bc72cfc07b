import type { LineRule } from './types.js';
import { opensWithAny, wordCount } from './helpers.js';

/**
 * `cookie-banner` reads English; these are the same banners in the other languages whose news sites
 * newsclean meets most, and the banners' buttons in any of them. A banner names cookies and asks for
 * consent or acceptance ("Wir verwenden Cookies … Mit Klick auf „Alle akzeptieren“ stimmen Sie der
 * Verwendung zu.", "Nous utilisons des cookies … vous acceptez l'utilisation de cookies."); a story
 * about cookies names them without asking anything of the reader.
 */
/**
 * Turkish calls them "çerez", Hebrew "עוגיות", Ukrainian "кукі", Hungarian "süti", Bengali "কুকি", Urdu "کوکیز", Tamil
 * "குக்கீ", Thai "คุกกี้" (written without spaces around it), Malay "kuki", Swahili "vidakuzi", Finnish "eväste" (inflected:
 * "evästeitä", "evästeet"; probe r32, Yle).
 */
const COOKIES = /\bcookies?\b|(?:^|\s)(?:eväste|çerez|кукі|süti|কুকি|کوکیز|குக்கீ|kuki\b|vidakuzi)|คุกกี้|(?:^|\s)(?:ב|ה)?עוגיות/iu;
/** The same words without their boundaries, a scan several times quicker that most lines fail. */
const COOKIE_STEM = /[cç]ooki|eväste|[cç]erez|кукі|süti|কুকি|کوکیز|குக்கீ|kuki|vidakuzi|คุกกี้|עוגיות/i;
/**
 * Consent in scripts where `\b` (ASCII-only) finds no word edge, and in the languages of probes r23-intl: Ukrainian "ви
 * погоджуєтеся" ("you agree"), Romanian "acceptarea", Hungarian "hozzájárulsz" ("you consent"), Bengali "সম্মতি"
 * ("consent"), Urdu "اتفاق کرتے" ("agree"), Tamil "ஒப்புக்கொள்கிறீர்கள்" ("you agree"), Thai "ยอมรับ" ("accept"), Malay
 * "bersetuju", Swahili "unakubali", Filipino "sumasang-ayon", Finnish "hyväksyä" and its forms ("accept"), Czech "s vaším
 * souhlasem" ("with your consent") and "souhlasíte" ("you agree"; probe r33, iDNES.cz), the reader's consent, not a party's.
 */
const OTHER_CONSENT =
  /(?:^|[\s„"“«(])(?:погоджуєтеся|погоджуєтесь|згоду|acceptarea|accepta[țţ]i|accept[ăa]|sunte[țţ]i de acord|hozzájárulsz|hozzájárul|elfogadod|elfogadja|সম্মতি|اتفاق کرتے|قبول|ஒப்புக்கொள்கிறீர்கள்|bersetuju|unakubali|sumasang-ayon|hyväksy|vaším souhlasem|souhlasíte)|ยอมรับ/iu;
/**
 * Hebrew consent, where `\b` (ASCII-only) finds no word edge: "המשך הגלישה מהווה הסכמה לשימוש בהם" ("browsing on
 * is consent to their use", Haaretz), "אני מסכים" ("I agree").
 */
const HEBREW_CONSENT = /(?:^|\s)(?:הסכמה|הסכמתך|מסכים|מסכימה|אישור)(?=\s|[.,:]|$)/u;
const CONSENT_TERMS = new RegExp(
  `\\b(?:${[
    // German (the IAB formula: "Wir und unsere Partner speichern…")
    'wir und unsere partner speichern', 'wir verwenden', 'wir nutzen', 'akzeptieren', 'stimmen sie', 'einwilligung', 'zustimmung', 'datenschutzerklärung', 'cookie-einstellungen',
    // French; the IAB consent framework's banner puts its partners between the site and its verb ("Nous et nos
    // partenaires utilisons des cookies…", Le Parisien, probe r30)
    'nous utilisons', 'partenaires utilisons', 'vous acceptez', 'accepter', 'consentement', 'poursuivant votre navigation', 'paramétrer',
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
    // Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Thai, Malay, Swahili and Filipino ("accept", "I agree", "cookie settings")
    'прийняти(?: все)?', 'accept(?: toate)?', 'setări cookie', 'elfogadom', 'সম্মত', 'قبول کریں', 'ஏற்கிறேன்', 'ยอมรับทั้งหมด', 'ตั้งค่าคุกกี้', 'setuju', 'nakubali', 'tanggapin',
    // Finnish ("accept all", "only the necessary ones", "cookie settings"; Yle, probe r32)
    'hyväksy kaikki(?: evästeet)?', 'vain välttämättömät(?: evästeet)?', 'evästeasetukset',
    // Czech ("I agree", "reject all", "accept all"; iDNES.cz, probe r33)
    'souhlasím', 'odmítnout vše', 'přijmout vše',
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
    return COOKIE_STEM.test(text) && wordCount(text) <= MAX_WORDS && COOKIES.test(text) && (CONSENT_TERMS.test(text) || HEBREW_CONSENT.test(text) || OTHER_CONSENT.test(text)) ? { reason: 'cookie banner (in another language)' } : null;
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
      // Le Parisien's banner (probe r30, a made-up page): the IAB consent framework's wording, partners before the verb.
      "Nous et nos partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur un terminal, afin de vous proposer des publicités personnalisées, mesurer l'audience et améliorer nos services.",
      'Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, zum Beispiel Cookies, und verarbeiten personenbezogene Daten.',
      'Noi e i nostri partner utilizziamo cookie o tecnologie simili per archiviare e/o accedere alle informazioni sul dispositivo.',
      // Haaretz's banner, as its pages print it (probe of 2026-12-07, second round).
      'אתר הארץ עושה שימוש בקבצי Cookies כדי לשפר את חוויית הגלישה. המשך הגלישה מהווה הסכמה לשימוש בהם.',
      // The banners and buttons of Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Thai, Malay, Swahili and Filipino news sites (probes r23-intl, made-up pages).
      'Ми використовуємо файли cookie, щоб покращити роботу сайту. Продовжуючи перегляд, ви погоджуєтеся з використанням файлів cookie.', 'Прийняти',
      'Acest site folosește cookie-uri pentru a vă oferi o experiență cât mai bună. Continuarea navigării implică acceptarea lor.', 'Accept', 'Setări cookie',
      'Sütiket használunk a weboldal működéséhez és a látogatottság méréséhez. Az „Elfogadom” gombra kattintva hozzájárulsz a sütik használatához.', 'Elfogadom',
      'আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি। সাইট ব্যবহার চালিয়ে গেলে আপনি কুকি ব্যবহারে সম্মতি দিচ্ছেন।', 'সম্মত',
      'یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔ ویب سائٹ کا استعمال جاری رکھ کر آپ کوکیز کے استعمال سے اتفاق کرتے ہیں۔', 'قبول کریں',
      'இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது. தொடர்ந்து பயன்படுத்துவதன் மூலம் குக்கீகளின் பயன்பாட்டுக்கு நீங்கள் ஒப்புக்கொள்கிறீர்கள்.', 'ஏற்கிறேன்',
      'เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน โดยการใช้เว็บไซต์ต่อถือว่าท่านยอมรับการใช้คุกกี้ตามนโยบายความเป็นส่วนตัว', 'ยอมรับทั้งหมด', 'ตั้งค่าคุกกี้',
      'Laman web ini menggunakan kuki untuk memastikan anda mendapat pengalaman terbaik. Dengan meneruskan penggunaan laman ini, anda bersetuju dengan penggunaan kuki.', 'Setuju',
      'Tovuti hii inatumia vidakuzi (cookies) ili kuboresha huduma. Kwa kuendelea kutumia tovuti hii, unakubali matumizi ya vidakuzi.', 'Nakubali',
      'Gumagamit ang website na ito ng cookies upang mapabuti ang iyong karanasan. Sa patuloy na paggamit ng site, sumasang-ayon ka sa paggamit ng cookies.', 'Tanggapin',
      // Yle's banner and its buttons (probe r32, a made-up page).
      'Yle käyttää evästeitä ja muita tekniikoita sivuston toiminnan varmistamiseen, palveluiden kehittämiseen ja sisältöjen personointiin. Voit hyväksyä kaikki evästeet tai valita vain välttämättömät.',
      'Hyväksy kaikki', 'Vain välttämättömät', 'Evästeasetukset',
      // iDNES.cz's consent banner and its buttons (probe r33, a made-up page in its shape).
      'S vaším souhlasem budeme my a našich 742 partnerů využívat soubory cookie a další technologie k ukládání informací na vašem zařízení a k přístupu k nim, ke zpracování osobních údajů a k měření výkonu reklamy a obsahu.',
      'Souhlasím', 'Odmítnout vše',
    ],
    keep: [
      'Die Bäckerei verkauft seit 1950 Cookies nach dem Rezept der Großmutter.',
      'Les cookies de la boulangerie ont remporté le concours régional.',
      '« Les cookies ? Nous les utilisons pour fidéliser nos clients », dit le boulanger.',
      'Wir und unsere Partner backen Cookies für den Weihnachtsmarkt, sagte die Bäckerin.',
      'Der Verband will die Klage ablehnen, sagte ein Sprecher.',
      'There were wins too.',
      'Çerez üreticileri bu yıl ihracatta rekor kırdı.',
      'המאפייה מוכרת עוגיות לפי המתכון של הסבתא מאז 1950.',
      'Більшість українських сайтів використовує файли cookie, свідчить дослідження.',
      'Sütiket árul a pékség 1950 óta, a nagymama receptje alapján.',
      'কুকি বিক্রি করে সংসার চালান রহিমা বেগম।',
      'คุกกี้ของร้านนี้ขายดีที่สุดในช่วงเทศกาลปีใหม่',
      'Kuki buatan suri rumah itu laris dijual secara dalam talian.',
      'Accept the offer, the union told its members on Friday.',
      'Evästeiden käyttö verkossa on kasvanut, kertoo tutkimus.',
      'Hyväksy kaikki ehdot tai ei mitään, sanoi neuvottelija.',
      'Pekárna souhlasí s prodejem cookie receptů do Německa.', 'Souhlasím s vámi, řekl ministr.',
    ],
  },
};
