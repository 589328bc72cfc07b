import { trimTrailing } from './helpers.js';
import type { LineRule } from './types.js';

/**
 * Ad labels in several languages: "Advertisement", "Advert", "Sponsored", "Iklan", "Publicidade", "Anzeige",
 * Swedish "Annons", Dutch "Advertentie", Turkish "Reklam", Polish "Reklama", Arabic "إعلان", Korean "광고",
 * Vietnamese "Quảng cáo", Hebrew "פרסומת", Chinese "广告", Greek "Διαφήμιση" (in capitals without its accent), Hindi "विज्ञापन",
 * Persian "تبلیغات", Romanian "Publicitate", Hungarian "Hirdetés", Bengali "বিজ্ঞাপন", Urdu "اشتہار", Tamil "விளம்பரம்", Thai
 * "โฆษณา", Swahili "Tangazo" and Filipino "Patalastas" (Ukrainian prints Russian's "Реклама"). Whole lines only: each is
 * also a noun in that language's prose. The link an ad slot prints under its label, "Advertise with NZME." (the NZ Herald,
 * probe r30): at most three words after "with", nothing after them ("Advertise with us" is `copyright-footer`'s, with the
 * footer's other links).
 */
/** Spaces, dots, colons and dashes after a label ("Advertisement:", "Advert -"). */
const TRAILING_MARKS = ' .:…-';
const AD_LABEL =
  /^(?:advertisement(?: · scroll to continue)?|advertisements|advert|ad|ads|skip advertisement|ad feedback|sponsor message|become an? (?:\S+ )?sponsor|advertise with (?!us$)\S+(?: \S+){0,2}|supported by|sponsored|sponsored by|in partnership with|presented by|advertising|sponsored content|paid content|promoted|promoted content|story continues(?: below(?: (?:this )?(?:advertisement|ad))?)?|continue reading (?:the main story|below)|article continues below(?: advertisement)?|iklan|publicidade|publicidad|anzeige|werbung|pubblicità|publicité|реклама|annons|advertentie|reklam|reklama|إعلان|광고|quảng cáo|פרסומת|广告|διαφ[ήη]μιση|विज्ञापन|تبلیغات|publicitate|hirdetés|বিজ্ঞাপন|اشتہار|விளம்பரம்|โฆษณา|tangazo|patalastas)$/iu;

export const rule: LineRule = {
  kind: 'line',
  id: 'advertisement',
  category: 'advertisement',
  description: 'An advertisement label line ("Advertisement", "Story continues below advertisement", "SKIP ADVERTISEMENT", "Ad Feedback", "Iklan", "Publicidade", "Annons", "Reklama", "광고", "ΔΙΑΦΗΜΙΣΗ", "विज्ञापन", "تبلیغات").',
  englishOnly: false,
  match(text) {
    return AD_LABEL.test(trimTrailing(text, TRAILING_MARKS)) ? { reason: 'advertisement label' } : null;
  },
  examples: {
    source:
      'aeb container 098bb3…, 156770…, 30b771…, 214864…; NYT\'s "SKIP ADVERTISEMENT" and "Supported by" and CNN\'s "Ad Feedback" slot labels, written from how those pages print them',
    remove: ['Advertisement', 'ADVERTISEMENT', 'Advert', 'Iklan', 'Story continues below advertisement', 'SKIP ADVERTISEMENT', 'Supported by', 'Ad Feedback',
      // The NZ Herald's link under its ad slot's label (probe r30, a made-up page in its shape).
      'Advertise with NZME.',
      // Yahoo's break in the story where an advertisement loads, as its pages print it.
      'Story continues',
      // NPR's underwriting slot inside a story, as its pages print it.
      'Sponsor Message', 'Become an NPR sponsor',
      // The Indian Express's break in the story, as its pages print it.
      'Story continues below this ad',
      // Reuters' ad slot inside a story, as its pages print it.
      'Advertisement · Scroll to continue',
      // The ad slot's label as Aftonbladet, NOS, Hürriyet, Wyborcza, Arabic news sites, Yonhap and VnExpress print it.
      'Annons', 'Advertentie', 'Reklam', 'Reklama', 'إعلان', '광고', 'Quảng cáo',
      // The ad slot's label as Haaretz and Xinhua print it (probes of 2026-12-07, second round).
      'פרסומת', '广告',
      // The ad slot's label as a Greek, a Hindi and a Persian news site print it (probe r23, made-up pages).
      'ΔΙΑΦΗΜΙΣΗ', 'Διαφήμιση', 'विज्ञापन', 'تبلیغات',
      // The ad slot's label as Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Thai, Swahili and Filipino news sites print it (probes r23-intl, made-up pages).
      'Реклама', 'Publicitate', 'Hirdetés', 'বিজ্ঞাপন', 'اشتہار', 'விளம்பரம்', 'โฆษณา', 'Tangazo', 'Patalastas',
      // News24's ad slot and its sponsor label over a partner's box, as France 24 and News24 print them (probe r25, made-up pages); a label with nothing after it.
      'Advertising', 'In partnership with', 'Sponsored by', 'Presented by'],
    keep: ['Advertisement revenue fell by a third.', 'Advertise with honesty and customers will trust you, the regulator told firms.', 'Advertising spending fell by 4% last year.', 'In partnership with the council, the charity opened two shelters.', 'Become a sponsor of the festival and help it survive, organisers urged.', 'There were wins too.', 'Supported by a majority of the council, the plan passed.',
      'Reklam harcamaları geçen yıl yüzde 20 arttı.', 'Annonsen publicerades i går.', 'إعلان الحكومة عن الخطة الجديدة أثار جدلاً واسعاً.', 'Quảng cáo trực tuyến tăng mạnh trong năm nay.',
      'פרסומת סמויה אסורה לפי חוק הגנת הצרכן.', '广告收入同比增长12%。',
      'Η διαφήμιση του υπουργείου κόστισε 2 εκατ. ευρώ.', 'विज्ञापन पर सरकार ने 500 करोड़ रुपये खर्च किए।', 'تبلیغات انتخاباتی از هفته آینده آغاز می‌شود.',
      'Publicitatea electorală începe de luni, a anunțat BEC.', 'Hirdetés nélkül is ezrek jöttek el a koncertre.', 'বিজ্ঞাপন থেকে আয় গত বছর ২০ শতাংশ বেড়েছে।',
      'اشتہار اخبار میں شائع ہونے کے بعد سینکڑوں لوگوں نے درخواستیں دیں۔', 'விளம்பரம் இல்லாமல் இந்தப் படம் வெற்றி பெற்றது.', 'โฆษณาชิ้นนี้ถูกแชร์ไปกว่าหนึ่งล้านครั้ง',
      'Tangazo hilo lilitolewa na wizara jana jioni.', 'Patalastas ng kumpanya ang ipinalabas sa telebisyon kagabi.'],
  },
};
