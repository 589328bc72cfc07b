import type { LineRule } from './types.js';
import { OTHER_FULL_STOPS } from '../text/sentence-end.js';
import { wordCount } from './helpers.js';

/**
 * `related-links` reads English; these are the same widget headings in the other languages whose
 * news sites newsclean meets most: a heading alone on its line ("Mehr zum Thema", "Lire aussi :",
 * "Leia também") or with its teaser after a bar or colon ("Lire aussi | Pétrole : l’OPEP+ prolonge…",
 * Le Monde; a teaser may be a question: "Xem thêm: Hà Nội sẽ cấm xe máy … năm 2030?"), never a sentence that
 * starts with the words.
 */
const HEADINGS = [
  // German
  'mehr zum thema', 'lesen sie auch', 'lesen sie mehr(?: zum thema)?', 'das könnte sie auch interessieren', 'auch interessant', 'weitere artikel', 'mehr dazu',
  // French
  'lire aussi', 'à lire aussi', 'a lire aussi', 'sur le même sujet', 'à voir aussi', 'voir aussi', 'lire la suite',
  // Spanish
  'leer más', 'lee también', 'te puede interesar', 'le puede interesar', 'también te puede interesar', 'noticias relacionadas', 'más noticias', 'más información', 'archivado en',
  // Portuguese
  'leia também', 'leia mais', 'veja também', 'notícias relacionadas', 'saiba mais', 'você (?:também )?pode gostar', 'você também vai gostar',
  // A blog theme's related-posts heading (aeb train page 23aaecd1…: "Artigos relacionados"), and the same in Spanish, German, French, Italian
  'artigos relacionados', 'posts relacionados', 'matérias relacionadas', 'artículos relacionados', 'entradas relacionadas',
  'weitere beiträge(?: zum thema)?', 'ähnliche (?:artikel|beiträge)', 'articles (?:similaires|liés|connexes)', 'articoli simili',
  // Italian
  'leggi anche', 'potrebbe interessarti', 'articoli correlati',
  // Dutch
  'lees ook', 'lees meer', 'meer over dit onderwerp', 'gerelateerde artikelen',
  // Russian
  'читайте также', 'по теме', 'похожие новости',
  // Polish
  'czytaj także', 'czytaj też', 'czytaj więcej', 'zobacz także', 'zobacz też',
  // Swedish ("read more", "read also", "latest news", "most read")
  'läs mer', 'läs också', 'läs även', 'senaste nytt', 'mest lästa?',
  // Norwegian and Danish, the same headings
  'les også', 'les mer', 'siste nytt', 'mest lest', 'læs også', 'læs mere', 'seneste nyt', 'mest læste?',
  // Indonesian
  'baca juga', 'baca selengkapnya',
  // Turkish
  // (the dotted capital İ has no simple case folding to i, so both letters are named)
  // "related news", "may interest you", and the tags heading "more on this story" (dotless ı has no simple case folding either)
  '[iİ]lg[iİ]l[iİ] haber(?:ler)?', '[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r', 'haberle [iİ]lg[iİ]l[iİ] daha fazlas[ıI]',
  // Vietnamese
  // ("see more", "related news", "read more", "news of the same section": Tuổi Trẻ, probe r34)
  'xem thêm', 'tin liên quan', 'đọc thêm', 'tin cùng chuyên mục',
  // Arabic ("read also", with and without the hamza and the tanwin)
  // "topics" (Al Arabiya's tags heading, probe r34), "related topics", "most read"
  'اقرأ أيضاً', 'اقرأ أيضا', 'اقرأ ايضا', 'اقرأ المزيد', 'أخبار ذات صلة', 'مواضيع', 'مواضيع ذات صلة', 'الأكثر قراءة',
  // Korean ("related news", "related articles")
  '관련 뉴스', '관련 기사', '관련기사',
  // Hebrew ("read more", "read also", "articles you may have missed", "tags")
  'קראו עוד', 'קראו גם', 'כתבות שאולי פספסתם', 'תגיות',
  // Greek ("read also", "related articles"; capitals drop the accents)
  'διαβ[άα]στε (?:επ[ίι]σης|ακ[όο]μα|ακ[όο]μη)', 'σχετικ[άα] [άα]ρθρα',
  // Czech ("read also", "related articles")
  'čtěte (?:také|též|rovněž)', 'související články',
  // Hindi ("read this too", "also read")
  'ये भी पढ़ें', 'यह भी पढ़ें', 'इसे भी पढ़ें',
  // Persian ("read more", "related stories", "related topics": a tags heading)
  'بیشتر بخوانید', 'مطالب مرتبط', 'موضوعات مرتبط',
  // Ukrainian ("read also", "see also", "partners' news", "latest news", "tags")
  'читайте також', 'дивіться також', 'новини партнерів', 'останні новини', 'теги',
  // Romanian ("read also", with the comma-below and the cedilla letters; "see also", "most read", "similar articles", "tags")
  'cite[șş]te [șş]i', 'citi[țţ]i [șş]i', 'vezi [șş]i', 'cele mai citite', 'articole similare', 'etichete',
  // Hungarian ("read this too", "we recommend this too", "related articles", "related" alone as Telex prints it, "most read", "tags")
  'olvasd el ezt is', 'olvassa el ezt is', 'ezt is ajánljuk', 'kapcsolódó cikkek', 'kapcsolódó', 'legolvasottabb', 'címkék',
  // Finnish ("read also", "read more", "most read", "latest"; Yle, probe r32)
  'lue myös', 'lue lisää', 'luetuimmat', 'tuoreimmat',
  // Bengali ("read more", in both spellings; "related news", "latest", "topics": a tags heading; "য়" written as one letter or two)
  'আর(?:ও|ো) পড়ুন', 'সম্পর্কিত (?:খবর|সংবাদ)', 'সর্বশেষ', 'বিষ(?:য়|য়)',
  // Urdu ("read this too", "read more", "related news", "tags")
  'یہ بھی پڑھیں', 'مزید پڑھیں', 'متعلقہ خبریں', 'ٹیگز',
  // Tamil ("read this too", "read more", "related news", "tags")
  'இதையும் (?:படிக்க|படியுங்கள்|படிங்க)', 'மேலும் படிக்க', 'தொடர்புடைய செய்திகள்', 'குறிச்சொற்கள்',
  // Thai ("read more", "read related news", "related news", "related tags"; Thai writes no space between words)
  'อ่านเพิ่มเติม', 'อ่านข่าวที่เกี่ยวข้อง', 'ข่าวที่เกี่ยวข้อง', 'แท็กที่เกี่ยวข้อง',
  // Malay ("related articles", "related news")
  'artikel berkaitan', 'berita berkaitan',
  // Swahili ("read also", "read more", "related news", "topics": a tags heading)
  'soma pia', 'soma zaidi', 'habari zinazohusiana', 'mada',
  // Filipino ("read also", "read", "related news")
  'basahin din', 'basahin', '(?:mga )?kaugnay na balita',
  // Japanese ("related articles", "related news", "read these too"; no space between words)
  '関連記事', '関連ニュース', 'あわせて読みたい',
  // Chinese, simplified and traditional ("related reading", "further reading", "related news")
  '相关阅读', '相關閱讀', '延伸阅读', '延伸閱讀', '相关新闻', '相關新聞',
].join('|');
/**
 * Le Figaro prints its heading in capitals before a dash: "LIRE AUSSI - Sécheresse : les
 * Pyrénées-Orientales placées en « crise » jusqu'à l'automne". Only the heading in capitals takes a dash:
 * "Lire aussi - et surtout - le rapport" is how a sentence would use the words (in a script without
 * capitals the heading's words alone decide, and the teaser still holds no sentence end).
 */
const SHOUTED_HEADING_DASH = new RegExp(`^(?:${HEADINGS.toUpperCase()}) [-–—] [^.!?]{1,160}\\??$`, 'u');
/** Hindi and Bengali close a sentence with a danda ("।"), Urdu with "۔": a teaser after the heading has none. */
const HEADING = new RegExp(`^(?:${HEADINGS})(?:\\s?(?::|\\.\\.\\.|…|»|›)?$|\\s?[|:»›] [^.!?${OTHER_FULL_STOPS}]{1,160}\\??$)`, 'iu');
/**
 * The heading with a teaser headline of two parts, the first closed by a full stop or a question mark
 * ("Czytaj także: Wrocław traci drzewa. W centrum wycięto ich w tym roku więcej niż kiedykolwiek",
 * Wyborcza): each part at most 100 characters, 22 words in all, and the line ends in a letter or a
 * digit. A sentence after the heading's words ends in its full stop or a quotation mark, so "Lire
 * aussi : le rapport, publié jeudi, recense 7 000 cas." stays.
 */
const HEADING_TWO_PART_TEASER = new RegExp(`^(?:${HEADINGS})\\s?[|:»›] [^.!?]{1,100}[.?] [^.!?]{0,99}[\\p{L}\\p{N}]$`, 'iu');
const MAX_TWO_PART_WORDS = 22;
/**
 * The English tags heading with its list, as sites in other languages print it ("Tags: MRT-3, DOTr, libreng sakay", a
 * Filipino site). A bare "Tags" stays with the classifier on a page that is not in English: taken by rule on aeb page
 * f6ac15a4 (Portuguese, its sidebar's "Tags" heading), it moved the classifier's call on the page's last lines (page F1
 * 0.96542 → 0.96538).
 */
const ENGLISH_TAGS_WITH_LIST = /^tags?: [^.!?]{1,160}$/i;
/**
 * The same heading with its colon over its tags, one a line (probe r34, Tuổi Trẻ: "Tags:" / "Đường sắt đô thị" / "Hòa Lạc"):
 * the colon announces the list, where f6ac15a4's bare sidebar label has none.
 */
const ENGLISH_TAGS_HEADING = /^tags?:$/i;

export const rule: LineRule = {
  kind: 'line',
  id: 'related-links-translated',
  category: 'related',
  description:
    'A related-stories heading in German, French, Spanish, Portuguese, Italian, Dutch, Russian, Polish, Swedish, Norwegian, Danish, Indonesian, Turkish, Vietnamese, Arabic, Korean, Hebrew, Greek, Czech, Hindi, Persian, Japanese or Chinese, alone on its line ("Mehr zum Thema", "Lire aussi :", "Leia também", "Читайте также", "İLGİLİ HABERLER", "관련 뉴스") or with its teaser after a bar or colon and no sentence end ("Lire aussi | Pétrole : …", "Baca juga: …"), a heading in capitals before a dash and its teaser ("LIRE AUSSI - …"), or a headline-length teaser of two parts ("Czytaj także: X. Y").',
  englishOnly: false,
  match(text) {
    return HEADING.test(text) || ENGLISH_TAGS_WITH_LIST.test(text) || ENGLISH_TAGS_HEADING.test(text) || SHOUTED_HEADING_DASH.test(text) || (wordCount(text) <= MAX_TWO_PART_WORDS && HEADING_TWO_PART_TEASER.test(text)) ? { reason: 'related-links furniture (heading in another language)' } : null;
  },
  examples: {
    source: 'the widget headings of German, French, Spanish, Portuguese, Italian, Dutch, Russian and Polish news sites as their pages print them; probes of 2026-12-07 (Kompas, Aftonbladet, Hürriyet, VnExpress, Yonhap, Wyborcza, an Arabic news site)',
    remove: [
      // Yle's, Telex's and El Tiempo's related headings (probe r32, made-up pages).
      'Lue myös: Oulun ratikan hinta nousi yli 400 miljoonaan euroon', 'Luetuimmat', 'Kapcsolódó',
      'Le puede interesar: Estos son los cierres viales en Bogotá para este fin de semana',
      'Lire aussi | Pétrole : l’OPEP+ prolonge ses baisses de production', 'Mehr zum Thema', 'Lesen Sie auch:', 'Lire aussi :', 'À lire aussi', 'Te puede interesar', 'Más información', 'Archivado En', 'Leia também', 'Leggi anche', 'Lees ook:', 'Читайте также', 'Czytaj także',
      // A Brazilian quotes site's box under the quote (aeb page b3c19dd5…).
      'Você pode gostar...',
      // Made-up teasers in the shape Kompas, Aftonbladet, an Arabic news site, VnExpress, Hürriyet, Yonhap and Wyborcza print them.
      'Baca juga: Jelang Ramadhan, Harga Bawang Merah di Solo Mulai Naik',
      'LÄS MER: Västtrafik höjer priserna – så mycket dyrare blir ditt månadskort',
      'Läs också',
      'اقرأ أيضاً: ارتفاع درجات الحرارة يهدد مخزون المياه الجوفية في الخليج',
      'Xem thêm: Hà Nội sẽ cấm xe máy ở các quận nội thành từ năm 2030?',
      'İLGİLİ HABERLER',
      // Made-up pages in the shape of NRK, Rzeczpospolita, Sözcü and Dagens Nyheter (probe r31): teaser headings inside and under the story, and the tags heading.
      'Les også', 'Siste nytt', 'Czytaj więcej: Taryfy URE na 2027 rok. Prezes regulatora zabiera głos', 'İLGİNİZİ ÇEKEBİLİR', 'Haberle ilgili daha fazlası:', 'Mest läst',
      '관련 뉴스',
      'Czytaj także: Wrocław traci drzewa. W centrum wycięto ich w tym roku więcej niż kiedykolwiek',
      'Zobacz też: Spór o kamienicę na Ołbinie. Lokatorzy wygrali w sądzie',
      // Le Figaro's heading before a dash, the SZ's heading and Haaretz's headings, as their pages print them (probes of 2026-12-07, second round).
      "LIRE AUSSI - Sécheresse : les Pyrénées-Orientales placées en « crise » jusqu'à l'automne",
      'Lesen Sie mehr zum Thema',
      'קראו עוד:',
      'כתבות שאולי פספסתם',
      'תגיות:',
      // The headings of a Greek, a Czech, a Hindi and a Persian news site (probe r23, made-up pages); the teasers under them go with the related run.
      'Διαβάστε επίσης', 'ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ', 'Čtěte také', 'ये भी पढ़ें', 'بیشتر بخوانید', 'موضوعات مرتبط',
      // Read-also, related, most-read and tags headings of Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Thai, Malay, Swahili and Filipino news sites (probes r23-intl, made-up pages).
      'Читайте також: У Києві подорожчає проїзд у метро з травня', 'Читайте також:', 'Новини партнерів', 'Останні новини', 'Теги: Львів, громадський транспорт, тролейбус',
      'Citește și: Trafic blocat pe DN1 spre Florești, după un accident cu trei mașini', 'CITEȘTE ȘI', 'Cele mai citite', 'Etichete: Cluj-Napoca, transport public, CTP, tren metropolitan',
      'Olvasd el ezt is:', 'Kapcsolódó cikkek', 'Legolvasottabb', 'Címkék: BKK, villamos, közlekedés, Budapest',
      'আরও পড়ুন', 'সর্বশেষ', 'বিষয়: মেট্রোরেল, ঢাকা, গণপরিবহন',
      'یہ بھی پڑھیں: کراچی میں پانی کا بحران، کئی علاقوں میں فراہمی معطل', 'مزید پڑھیں', 'متعلقہ خبریں', 'ٹیگز: کراچی، گرین لائن، ٹرانسپورٹ',
      'இதையும் படிக்க: சென்னையில் குடிநீர் விநியோகம் இரண்டு நாள் நிறுத்தம்', 'இதையும் படியுங்கள்', 'தொடர்புடைய செய்திகள்', 'குறிச்சொற்கள்: சென்னை மெட்ரோ, போக்குவரத்து, பூந்தமல்லி',
      'อ่านข่าวที่เกี่ยวข้อง', 'อ่านเพิ่มเติม', 'ข่าวที่เกี่ยวข้อง', 'แท็กที่เกี่ยวข้อง',
      'Artikel Berkaitan',
      'Soma pia: Bei ya mafuta yapanda kwa mwezi wa tatu mfululizo', 'Habari zinazohusiana', 'Mada: SGR, TRC, usafiri, Dodoma',
      'BASAHIN: Presyo ng bigas, bahagyang bumaba ngayong linggo', 'Basahin din:', 'Mga kaugnay na balita', 'Tags: MRT-3, DOTr, libreng sakay, estudyante',
      // A Japanese blog's heading under its post (golden case splits-japanese-post-after-english-footer) and the headings of Japanese and Chinese news sites, as their pages print them.
      '関連記事', '関連ニュース', 'あわせて読みたい', '相关阅读', '延伸閱讀',
      // Blog themes' related-posts headings (aeb train pages 23aaecd1…, 57b4dafd…; the others are the same heading translated).
      'Artigos relacionados', 'Weitere Beiträge zum Thema', 'Artículos relacionados', 'Articles similaires', 'Articoli simili',
      // Probe r34: Tuổi Trẻ's box inside the story and its section list; Al Arabiya's tags heading and its most-read box.
      'Đọc thêm', 'Tin cùng chuyên mục', 'مواضيع', 'الأكثر قراءة', 'Tags:'],
    keep: [
      'Đọc thêm về kế hoạch này trên trang của bộ, ông nói.',
      'مواضيع كثيرة طرحت في الاجتماع، بحسب البيان.',
      'Lue myös ohjeet ennen kuin lähdet liikenteeseen, poliisi muistuttaa.',
      'Kapcsolódó beruházásokra további 20 milliárd forintot szán a kormány.',
      'Le puede interesar a los usuarios saber que el servicio cambia en enero.',
      'Você pode gostar do novo plano, mas ele custa mais caro, disse o ministro.',
      'Mehr zum Thema Haushalt sagte Scholz am Mittwoch nichts.',
      'Weitere Beiträge zum Thema Rente sollen im Januar folgen, sagte die Ministerin.',
      'Artigos relacionados ao caso foram retirados do ar pela Justiça.',
      '関連記事によると、事故は午前九時ごろに起きた。',
      '相关阅读材料已发给所有学生。',
      'Lire aussi les mémoires du général, conseille-t-il.',
      'Lire aussi : le rapport, publié jeudi, recense 7 000 cas.',
      'Leia também o relatório completo, disse o ministro.',
      'Más información sobre el caso llegará el lunes, según la fiscalía.',
      'По теме выступил министр финансов.',
      'Baca juga laporan lengkapnya di situs kementerian, kata Bambang.',
      'Läs mer: rapporten visar att 300 älgar har blivit påkörda. Polisen varnar nu bilister.',
      'Czytaj także: raport. „To skandal”',
      'İlgili haberlerin tamamı sitede yayımlandı.',
      'Les også rapporten fra Riksrevisjonen, sier statsråden.', 'Siste nytt fra fronten kom mandag kveld.', 'Czytaj więcej: raport NIK wskazuje 40 miejsc, w których woda ucieka z sieci.',
      'İlginizi çekebilir diye düşündüğümüz bir konu var, dedi bakan.', 'Mest läst av alla var rapporten om älgarna.',
      '관련 뉴스가 나오자 주가가 급등했다.',
      'Lire aussi - et surtout - le rapport de la Cour des comptes, conseille-t-il.',
      'LIRE AUSSI - Le rapport, publié jeudi, recense 7 000 cas.',
      'Lesen Sie mehr zum Thema Stammstrecke im Bericht des Rechnungshofs, rät der Abgeordnete.',
      'קראו עוד על התוכנית באתר משרד החינוך, אמרה הדוברת.',
      'Διαβάστε επίσης την ανακοίνωση της ΠΝΟ, είπε ο υπουργός.',
      'Čtěte také, co k tomu řekl ředitel dopravního podniku.',
      'ये भी पढ़ें कि मौसम विभाग ने क्या चेतावनी दी है।',
      'ये भी पढ़ें: मौसम विभाग ने अगले तीन दिनों के लिए लू की चेतावनी जारी की है।',
      'بیشتر بخوانید تا بیشتر بدانید، گفت وزیر آموزش.',
      'Читайте також інтерв’ю міністра, яке ми опублікували вчора.',
      'Останні новини з фронту змусили уряд скликати засідання.',
      'Citește și raportul Curții de Conturi, a recomandat deputatul.',
      'Kapcsolódó cikkek sora jelent meg a témában az elmúlt hetekben.',
      'আরও পড়ুন: মেট্রোরেলের ভাড়া কমানোর কোনো পরিকল্পনা নেই বলে জানিয়েছে কর্তৃপক্ষ।',
      'سرکاری حکام نے کہا: مزید پڑھیں اور پھر فیصلہ کریں۔',
      'مزید پڑھیں: حکومت نے کہا کہ کرایہ نہیں بڑھایا جائے گا۔',
      'இதையும் படிக்க வேண்டும் என்று ஆசிரியர் மாணவர்களிடம் கூறினார்.',
      'อ่านเพิ่มเติมได้ในรายงานฉบับเต็มของกระทรวงคมนาคม',
      'Soma pia ripoti ya mkaguzi, alisema mbunge huyo.',
      'Mada ya mkutano huo ilikuwa usafiri wa umma.',
      'Basahin din ang ulat ng komisyon, payo ng senador.',
    ],
  },
};
