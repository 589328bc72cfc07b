import type { LineRule } from './types.js';
import { isVocabularyLine, wordCount } from './helpers.js';

/** Words of share bars and social buttons; a line made only of these is a share bar. */
const SHARE_WORDS = new Set([
  'share', 'shares', 'shared', 'sharing', 'this', 'on', 'via', 'click', 'to', 'opens', 'in', 'new', 'window', 'tab', 'tweet', 'twitter', 'x', 'facebook', 'whatsapp', 'email', 'e-mail', 'mail',
  'print', 'linkedin', 'pinterest', 'reddit', 'flipboard', 'mix', 'tumblr', 'telegram', 'messenger', 'copy',
  'link', 'copied', 'full', 'url', 'urlcopied', 'pocket', 'save', 'like', 'loading', 'is', 'caring', 'sms', 'google', 'instagram', 'youtube', 'more', 'story', 'article',
  'comment', 'comments', 'page', 'post', 'about', 'follow', 'us', 'or', 'vk', 'line', 'weibo', 'wechat', 'the', 'to', '0', 'shares', '0shares',
  // The same buttons in German, Spanish, French, Italian, Portuguese, Dutch and Russian.
  'teilen', 'artikel', 'beitrag', 'drucken', 'kopieren', 'compartir', 'imprimir', 'copiar', 'enlace', 'artículo', 'partager', 'imprimer', 'cet',
  'copier', 'lien', 'condividi', 'stampa', 'articolo', 'compartilhar', 'partilhar', 'delen', 'printen', 'поделиться', 'статьей',
  // Dutch, Swedish, Turkish, Vietnamese and Korean.
  'deel', 'dit', 'kopieer', 'dela', 'artikeln', 'kopiera', 'länk', 'haberi', 'paylaş', 'chia', 'sẻ', '공유', '인쇄',
  // The Times of Israel's "Share by Email"; ANSA's "Suggerisci" ("suggest"), a share button alone on its line.
  'by', 'suggerisci',
  // CBC's label over its share buttons, "Social Sharing" (probe r25).
  'social',
  // Der Spiegel's share menu (probe r26): "X.com" (the network by its address), "Link kopieren", "Weitere Optionen zum Teilen".
  'x.com', 'weitere', 'optionen', 'zum',
  // A Brazilian quotes site's buttons under every quote (aeb page b3c19dd5…): "Whatsapp Facebook Pint Baixar" (Pinterest cut short, "download").
  'pin', 'pint', 'baixar',
  // Haaretz: "share on Facebook", "share on WhatsApp", "send by e-mail" (the preposition is glued to the network).
  'שתפו', 'בפייסבוק', 'בוואטסאפ', 'בטוויטר', 'שלחו', 'במייל',
]);
/**
 * At least one item must name a network or a share action, so "This is the story." is not a share
 * bar; "X" (Twitter's new name) and "Copy" count alone on their line, as AP's share bar prints them.
 * `\b` is ASCII-only in JavaScript, so the words ending in other letters ("paylaş", "chia sẻ") are
 * bounded by spaces.
 */
const SHARE_CORE =
  /^(?:copy|x|x\.com)$|\bcopy link\b|\blink kopieren\b|\b(?:copied|share|shares|sharing|tweet|twitter|facebook|whatsapp|e-?mail|print|linkedin|pinterest|reddit|flipboard|tumblr|telegram|messenger|loading|0shares|instagram|youtube|weibo|wechat|vk|sms|teilen|drucken|compartir|imprimir|partager|imprimer|condividi|compartilhar|partilhar|delen|deel|kopieer link|dela|kopiera länk|suggerisci)\b|(?:^|\s)(?:поделиться|paylaş|chia sẻ|공유|인쇄|שתפו|במייל)(?:\s|$)/iu;
const MAX_WORDS = 12;
/**
 * A gift-article widget, a share bar in words (the New York Times, the Washington Post): its button and its message; Le Monde's
 * "Offrir cet article" and Der Spiegel's "Artikel verschenken" (probe r26).
 */
/**
 * A syndication or reprint link under the story (The Guardian's "Reuse this content"; the Sydney Morning Herald's "License this
 * article" under every story, probe r27; The Conversation's "Republish this article", probe r28).
 */
const REPRINT_LINK = /^(?:reuse this content|republish this (?:article|story)|reprints? (?:and|&) permissions|order reprints|licen[cs]e this (?:article|story|content))$/i;
/**
 * Tool buttons named in words, whole lines only: ANSA's "Ottieni il codice embed" ("get the embed code"), Haaretz's
 * "שמירת כתבה" ("save article"); a bookmark button ("Save", Czech "Uložit"); the share, copy-link and follow buttons
 * of Czech, Hindi and Persian sites ("Sdílet", "शेयर करें", "फॉलो करें", "اشتراک‌گذاری", "کپی لینک"). Hindi's vowel
 * signs are not letters, so these are whole-line patterns, not share words (the word list trims them off); Persian
 * writes "sharing" with a zero-width non-joiner or a space. The share and copy-link buttons of Ukrainian, Romanian,
 * Hungarian, Bengali, Urdu, Tamil, Thai, Malay, Swahili and Filipino sites ("Поділитися", "Distribuie", "Megosztás",
 * "শেয়ার করুন", "شیئر کریں", "பகிர்", "แชร์", "Kongsi", "Shiriki", "Ibahagi"), and Facebook and WhatsApp written in Bengali
 * and Urdu letters, as those sites' buttons print them. Der Spiegel's bookmark button, "Zur Merkliste hinzufügen", and Le Monde's
 * "Lire plus tard" ("read later"), with the same button in German, Spanish and Italian (probe r26). The copy-link button in
 * Spanish, Portuguese, French and Italian, whole line (La Vanguardia's "Copiar enlace" beside "Compartir", probe r30). The
 * label over a row of social icons, with its colon ("Follow Us :" as the Deccan Herald spaces it, probe r31; "Follow us on:"); without the colon
 * "Follow us" may head a story's list of accounts, and the icons' names make the line a share bar anyway. NRK's copy-link button,
 * "Kopier lenke", its share button "Del" ("share", whole line only: "del" is also Spanish and Italian), and the same in Danish
 * (probe r31). Yle's "Jaa" ("share") and "Kopioi linkki", Telex's "Másold a linket!" ("copy the link"), whole lines (probe r32).
 */
const TOOL_BUTTON =
  /^(?:follow us(?: on)? ?:|jaa|jaa artikkeli|kopioi linkki|másold a linket!?|kopier lenke|kopiér link|kopier link|del|del artikkelen|del artiklen|copiar (?:el )?(?:enlace|link)|copier le lien|copia (?:il )?link|zur merkliste hinzufügen|lire plus tard|später lesen|leer más tarde|leggi più tardi|ottieni il codice embed|שמירת כתבה|שמרו כתבה|save|save (?:article|story|for later)|bookmark|bookmark (?:this )?(?:article|story)|uložit(?: článek)?|sdílet(?: článek)?|शेयर करें|फॉलो करें|اشتراک(?:\u200C| )?گذاری|کپی لینک|поділитися|копіювати посилання|distribuie|copiaz[ăa] link-?ul|megosztás|link másolása|শে(?:য়|য়)ার করুন|ফেসবুক|লি(?:ং|ঙ্)ক কপি করুন|شیئر کریں|فیس ?بک|واٹس ?ایپ|பகிர்|பகிர்க|แชร์|คัดลอกลิงก์|kongsi|salin pautan|shiriki|nakili kiungo|ibahagi|kopyahin ang link)$/iu;
/**
 * The BBC's share panel in words, one line each under every story's share button ("Read more about sharing.", "These are external
 * links and will open in a new window", "Close share panel"; aeb train page c7e39ac4…), and the Washington Examiner's "Share your
 * thoughts with friends." (e4c6a3b4…): whole lines, the site speaking of its own links and buttons.
 */
const SHARE_PANEL = /^(?:read more about sharing\.?|these are external links and will open in a new window\.?|close share panel|share your thoughts with friends\.?)$/i;
/** A bookmark button's prompt in words (Al Jazeera's "Save articles to read later and create your own reading list."). */
const BOOKMARK_PROMPT = /^save (?:articles?|stories|this (?:article|story)) (?:to read later|for later)(?: and create your own reading list)?\.?$/i;
/**
 * A share button glued to its counter or beside it, alone on its line (Al Jazeera's "share2" under the headline, probe r29;
 * "Share 14", "14 Shares"); "0shares" is in the word list.
 */
/**
 * WordPress.com's like button over its row of faces, its heading with the colon (aeb train pages 0dd13570…, e7301133…: "Like
 * this:" over "Like Loading..."; 7837c9d6…, an Indonesian blog: "Sukai ini:" over "Suka Memuat..."), and the button with its
 * loading note in the same languages and WordPress's Portuguese and Spanish. "Like this" without the colon is a sentence's.
 */
const LIKE_BUTTON = /^(?:like this:|sukai ini:|curtir isso:|me gusta esto:|(?:like|suka|curtir|me gusta) (?:loading|memuat|carregando|cargando)(?:\.{3}|…)?)$/iu;
const SHARE_COUNT = /^(?:shares? ?\d{1,6}|\d{1,6} ?shares?)$/i;
const GIFT_ARTICLE = /^(?:send any friend a story|gift (?:this )?article|offrir cet article|artikel verschenken|regalar (?:este )?artículo|regala (?:questo )?articolo|as a subscriber, you have \d{1,3} gift articles to give each month\b.{0,80})$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'share-bar',
  category: 'share',
  description: 'A share bar or social button line made only of network names and share words, a gift-article widget ("Send any friend a story") or a reprint link ("Reuse this content").',
  englishOnly: false,
  match(text) {
    if (GIFT_ARTICLE.test(text)) return { reason: 'gift-article share widget' };
    if (REPRINT_LINK.test(text)) return { reason: 'reuse or reprint link' };
    if (TOOL_BUTTON.test(text) || BOOKMARK_PROMPT.test(text)) return { reason: 'share or save button' };
    if (SHARE_PANEL.test(text)) return { reason: 'share panel' };
    if (SHARE_COUNT.test(text)) return { reason: 'share button and its counter' };
    if (LIKE_BUTTON.test(text)) return { reason: 'blog engine\'s like button' };
    // The word count first: a story line is longer, and the share words' pattern is long to scan.
    return wordCount(text) <= MAX_WORDS && SHARE_CORE.test(text) && isVocabularyLine(text, SHARE_WORDS, MAX_WORDS) ? { reason: 'share bar or social button' } : null;
  },
  examples: {
    source: 'aeb container 0dd135…, 0e014d…, 11ea38…; seed 004 line 9 is left to embed-consent',
    remove: [
      'Whatsapp Facebook Pint Baixar',
      // Yle's and Telex's buttons under the byline (probe r32, made-up pages).
      'Jaa', 'Kopioi linkki', 'Másold a linket!',
      // Probe r27, a made-up page in the shape of the Sydney Morning Herald: the link under the story.
      'License this article',
      'Republish this article',
      // The BBC's share panel and the Washington Examiner's share prompt (aeb train pages c7e39ac4…, e4c6a3b4…).
      'Read more about sharing.', 'These are external links and will open in a new window', 'Close share panel', 'Share your thoughts with friends.',
      'Share this:',
      'Facebook',
      'WhatsApp',
      'Print',
      'Sharing is caring!',
      '0shares',
      'Share this on WhatsApp',
      'Like Loading...',
      // WordPress.com's like button and its heading (aeb train pages e7301133…, 7837c9d6…).
      'Like this:', 'Sukai ini:', 'Suka Memuat...',
      'Facebook Twitter Email',
      // aeb page 5 files: WordPress (Jetpack) share buttons; "Copy link" from two aeb pages.
      'Click to share on Twitter (Opens in new window)',
      'Click to share on Reddit (Opens in new window)',
      'Copy link',
      // aeb container bdb56a…, aeb page 098bb3….
      'Copied!',
      // AP's share bar, one button a line, as its pages print it.
      'Copy', 'X',
      // The New York Times' share button, as its pages print it.
      'Share full article',
      'Copy Link URLCopied!',
      // The Daily Mail's share bar heading, as its pages print it.
      'Share or comment on this article:',
      // The New York Times' gift-article widget, as its pages print it.
      'Send any friend a story',
      'As a subscriber, you have 10 gift articles to give each month. Anyone can open what you share.',
      // The share button in other languages, as German, Spanish, French and Russian sites print it.
      'Artikel teilen',
      'Compartir',
      'Partager cet article',
      'Поделиться',
      // The share buttons as NOS, Aftonbladet, Hürriyet, VnExpress and Yonhap print them.
      'Follow Us :', 'Follow us on :', 'Kopier lenke', 'Kopiér link', 'Del',
      'Deel via WhatsApp', 'Deel dit artikel:', 'Kopieer link', 'Dela artikeln', 'Kopiera länk', 'Haberi Paylaş', 'Chia sẻ', '인쇄',
      // The Washington Post's gift button, as its pages print it.
      'Gift Article',
      // Substack's share button above a post, as its pages print it.
      'Share this post',
      // The Guardian's syndication link and the reprint link of US papers, as their pages print them.
      'Reuse this content',
      'Reprints & Permissions',
      // The Times of Israel's, ANSA's and Haaretz's buttons, as their pages print them (probes of 2026-12-07, second round).
      'Share by Email', 'Suggerisci', 'Ottieni il codice embed', 'שמירת כתבה', 'שתפו בפייסבוק', 'שתפו בוואטסאפ', 'שלחו במייל',
      // Bookmark, share and follow buttons under the headline of a US local paper, an iDNES-style Czech site, a Hindi and a Persian news site (probe r23, made-up pages).
      'Save', 'Uložit', 'Sdílet', 'शेयर करें', 'फॉलो करें', 'اشتراک‌گذاری', 'کپی لینک',
      // Al Jazeera's bookmark prompt under the headline (probes r23-en, made-up page).
      'Save articles to read later and create your own reading list.',
      // Share and copy-link buttons under the headline of Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Thai, Malay, Swahili and Filipino news sites (probes r23-intl, made-up pages).
      'Поділитися', 'Копіювати посилання', 'Distribuie', 'Copiază link-ul', 'Megosztás', 'Link másolása', 'শেয়ার করুন', 'ফেসবুক', 'লিংক কপি করুন',
      'شیئر کریں', 'فیس بک', 'واٹس ایپ', 'பகிர்', 'แชร์', 'คัดลอกลิงก์', 'Kongsi', 'Shiriki', 'Nakili kiungo', 'Ibahagi', 'Kopyahin ang link',
      // CBC's label over its share buttons and News24's bookmark button under the headline (probe r25, made-up pages).
      'Social Sharing', 'Bookmark', 'Bookmark this article',
      // Der Spiegel's share menu and bookmark button under the headline (probe r26, made-up page).
      'Zur Merkliste hinzufügen', 'X.com', 'Link kopieren', 'Weitere Optionen zum Teilen',
      // La Vanguardia's copy-link button under its stamp, and the same button in French and Italian (probe r30, a made-up page).
      'Copiar enlace', 'Copier le lien', 'Copia link',
      // Le Monde's gift and read-later buttons under the headline (probe r26, made-up page).
      'Offrir cet article', 'Lire plus tard',
      // Al Jazeera's share button glued to its counter under the headline (probe r29, made-up page).
      'share2', '14 Shares',
    ],
    keep: ['Like this, the plan will fail.', 'Sukai ini atau tidak, aturan itu tetap berlaku.', 'Like this: a row of houses, then the sea.', 'Read more about sharing economies in our special report on gig work.', 'These are external links the court said the site must remove.', 'Del av pengene går til skolen, sier ordføreren.', 'Jaa, sanoi ministeri ja naurahti.', 'Kopioi linkki ja lähetä se ystävällesi, neuvoo poliisi huijausviesteistä.', 'Másold a linket a böngészőbe, javasolta a rendőrség.', 'Follow us: the police asked drivers to stay behind the escort.', 'Copiar enlaces ajenos no es delito, dijo el juez.', 'Baixar o aplicativo pelo Facebook ficou mais fácil, diz a empresa.', 'A pint of beer on Facebook costs more than in the pub.', 'Reuse this content freely, the licence says, as long as you credit the author.', 'Republish this article in full, the judge ordered the paper.', 'Die Kosten teilen sich Bund und Länder.', 'Zum Teilen der Kosten fehlt der Wille.', 'Offrir cet article à ses lecteurs fut une erreur, a reconnu le rédacteur.', 'Lire plus tard les conclusions du rapport ne changera rien.', 'X.com hat den Account gesperrt.', 'Den Link kopieren viele Nutzer ungeprüft.', 'About 200 people shared the page.', 'Twitter said on Monday it would ban political ads.', 'There were wins too.', 'This is the story.', 'Click to copy the link.', 'Share prices fell in New York.', 'Shares 12% lower', '2 shares of Apple for every 10 held.', 'X marks the spot.', 'Copy editors were the first to go.', 'Deel 2 van de serie verschijnt morgen.', 'Haberi paylaşan hesaplar kapatıldı.', 'Chia sẻ của ông được nhiều người đồng tình.', 'Shared by millions on Facebook, the video went viral.', 'Suggerisci una soluzione, ha chiesto il ministro.', 'שמירת כתבה ישנה בארכיון היא עבודה קשה.', 'שתפו אותנו בדעתכם, ביקש ראש העירייה.',
      'Save the date: the festival returns on June 3.', 'Save articles to read later, the librarian advised, and the list grows.', 'Save more, spend less, the minister urged.', 'Bookmark the page and come back tomorrow, the organisers said.', 'Social media sharing rose by a third.', 'Uložit peníze na horší časy se vyplatí, říká ekonom.', 'Sdílet auto se sousedy začalo už 300 rodin.',
      'कंपनी ने कहा कि ग्राहक अब अपनी फाइलें आसानी से शेयर करें और सुरक्षित रखें।', 'اشتراک‌گذاری اطلاعات کاربران بدون اجازه آنها ممنوع است.', 'کپی لینک مقاله در شبکه‌های اجتماعی دست به دست شد.',
      'Поділитися досвідом приїхали фахівці з Польщі.', 'Distribuie ajutoarele primăria, nu prefectura, a precizat ministrul.', 'Megosztás nélkül a szolgáltatás ingyenes marad, közölte a cég.',
      'ফেসবুক জানিয়েছে, তারা ভুয়া খবর ঠেকাতে নতুন নিয়ম আনছে।', 'فیس بک نے پاکستان میں اپنا دفتر کھولنے کا اعلان کیا ہے۔', 'பகிர்ந்து கொள்ள வேண்டிய தகவல்களை அரசு வெளியிட்டது.',
      'แชร์ลูกโซ่ทำให้ผู้เสียหายสูญเงินกว่า 10 ล้านบาท', 'Kongsi kereta menjadi pilihan ramai pekerja di Lembah Klang.', 'Shiriki katika mjadala huo, aliwaambia wananchi.', 'Ibahagi ang impormasyon sa publiko, utos ng alkalde.'],
  },
};
