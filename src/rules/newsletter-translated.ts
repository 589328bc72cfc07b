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
    // Russian: the outlet's own name in place of "us", a whole line ("Читайте РБК в Telegram", probe r28)
    'читайте [^\\s.!?]{1,20} (?:в|на) (?:telegram|youtube|vk)$',
    // Ukrainian: the same prompt, the network before "channel" ("Підписуйтесь на наш Telegram-канал")
    '(?:підписуйтесь|підписуйтеся|підпишіться|приєднуйтесь|стежте за нами) [^.!?]{0,40}(?:telegram|viber|youtube)',
    // Romanian, Hungarian ("subscribe to our newsletter"), Swahili ("sign up to receive our newsletter"), Filipino
    '(?:abonează-te|abonați-vă|abonati-va) (?:gratuit )?la newsletter(?:ul)?', '(?:iratkozz|iratkozzon) fel (?:a )?hírlevel(?:ünkre|ünkre|re)',
    'jiandikishe (?:ili )?(?:kupokea|upokee) (?:jarida|habari)', 'mag-subscribe (?:na )?sa (?:aming )?newsletter',
  ],
  'iu',
  '\\b',
);
const MAX_WORDS = 16;
/**
 * Haaretz's sign-up box and app promo: "הירשמו לניוזלטר הבוקר של הארץ" ("sign up for Haaretz's morning
 * newsletter": the verb is an imperative only), its tagline ending in the inbox ("כל מה שצריך לדעת, בכל בוקר
 * בתיבת המייל", no sentence end), its button "להרשמה" alone, and "הורידו את אפליקציית הארץ" ("download the
 * Haaretz app"), the outlet's one word after "app" and no sentence end: "הורידו" is also "they took down"
 * ("הורידו את אפליקציית טיקטוק מהחנות.").
 */
const HEBREW_SIGN_UP = /^(?:הירשמו (?:ל|עכשיו ל)ניוזלטר[^.!?]*|[^.!?]{1,60} ב?תיבת המייל(?: שלכם| שלך)?|להרשמה|הורידו את אפליקציית [^\s.!?]{1,20}|הורידו את האפליקציה)$/u;
const MAX_HEBREW_WORDS = 12;
/**
 * An invitation to follow the outlet's channel on a messenger or on Google News: the line opens with the
 * invitation's verb and names the network, in one clause when the line is a button's length ("Volg NOS
 * op WhatsApp"), or with the channel named beside the network when it runs longer ("📲 Participe do
 * canal do g1 Sul de Minas no WhatsApp", g1; "Simak breaking news … WhatsApp Channel : https://…",
 * "Dapatkan update berita pilihan … Mari bergabung di Grup Telegram …", Kompas). Only verbs that open
 * nothing but an imperative: a story sentence about WhatsApp opens with its subject ("Entre os
 * investigados…", "Sigue abierta…", Arabic "انضم" is also "he joined").
 */
const CHANNEL_VERBS = [
  // Portuguese, Spanish, French, Italian, German, Dutch, Swedish, Polish
  'participe', 'siga', 'entre no (?:canal|grupo)', 'acompanhe', 'síguenos', 'únete', 'suivez', 'rejoignez', 'seguici', 'segui', 'unisciti', 'folgen sie', 'folge uns', 'volg', 'word lid', 'följ', 'obserwuj', 'dołącz',
  // Indonesian ("check out", "follow", "join", "get"), Vietnamese ("follow"), Arabic ("follow us")
  'simak', 'ikuti', 'gabung', 'dapatkan', 'theo dõi', 'تابعونا',
  // Romanian ("follow us"), Hungarian ("follow us"), Swahili ("join"), Filipino ("follow", "follow us", "join")
  'urmărește-ne', 'urmăriți-ne', 'kövess(?:en)? minket', 'jiunge', 'i-follow', 'sundan kami', 'sumali',
].map((verb) => `(?:\\p{Extended_Pictographic}\\uFE0F? ?)?${verb}`);
const NETWORK = '(?:whatsapp|telegram|google news|google hírek|واتساب|تيليجرام)';
const NAMES_NETWORK = new RegExp(NETWORK, 'iu');
const CHANNEL_BUTTON = opensWithAny(CHANNEL_VERBS, 'iu', `(?=\\s)[^.!?,]{0,80}?${NETWORK}`);
const CHANNEL_PROMO = opensWithAny(CHANNEL_VERBS, 'iu', '(?=\\s)');
const CHANNEL_BESIDE_NETWORK = new RegExp(
  `(?:canal|channel|saluran|grup|grupo|group|groupe|gruppo|kanal|chaîne|canale|kanaal|kênh|nhóm|قناة)[^.!?,]{0,40}${NETWORK}|${NETWORK} (?:channel|canal|kanal|grup|group)`,
  'iu',
);
/** Long enough for Kompas' two-sentence promos (the second with its link); short enough to be no paragraph. */
const MAX_CHANNEL_WORDS = 45;
/**
 * The outlet's notice that it is on a messenger too, then the invitation to click or sign up (probe r26, Corriere della Sera:
 * "Corriere della Sera è anche su Whatsapp. È sufficiente cliccare qui per iscriversi al canale ed essere sempre aggiornati.").
 * A story may say a ministry "è anche su WhatsApp"; only the click or sign-up after it is the outlet's. The outlet names
 * itself in capitalised words, read without the i flag (under it `\p{Lu}` is any letter, and the 50 characters after the
 * line's first letter could be any words: "Il ministero è anche su WhatsApp. Per iscriversi al canale basta cliccare qui…"
 * went); the rest of the notice, after the name, is read with it.
 */
const OUTLET_NAME = /^\p{Lu}[\p{L}\p{N}'’&.-]*(?: (?:\p{Lu}[\p{L}\p{N}'’&.-]*|\p{N}+|della|del|dei|di|de|des|du|da|do|dos|la|le|el|van|von|der|den|het)){0,5}/u;
const ALSO_ON_NETWORK =
  /^ (?:è anche|è ora|est aussi|est désormais|está también|está ahora|ist (?:jetzt )?auch|está também|staat nu ook) (?:su|sur|en|auf|no|op) (?:whatsapp|telegram|google news)[.!] [^.!?]{0,40}\b(?:clicca(?:re)? qui|iscriv|cliquez|abonnez|suscr[ií]b|haz clic|klicken sie|abonnieren|clique aqui|inscreva|klik hier)/iu;
/**
 * Turkish and Hindi put the verb last: "Hürriyet'i Google News'te takip edin, …", the button "Google News'te Takip
 * Et"; "Google News पर फॉलो करें" ("follow on Google News"), "हमें WhatsApp पर फॉलो करें" ("follow us on WhatsApp").
 */
const FOLLOW_ON_GOOGLE_NEWS = /\bgoogle news['’]?(?:te|ten) takip (?:et|edin)\b|(?:^|\s)(?:google news|whatsapp|telegram) पर (?:हमें )?फॉलो करें(?:\s|$)/iu;
/**
 * Bengali, Urdu and Tamil put the verb last too: "প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন" ("to get Prothom Alo's news,
 * follow its Google News channel"), "تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل فالو کریں" ("follow our WhatsApp channel
 * for the latest news"), "Google News-ல் எங்களைப் பின்தொடருங்கள்" ("follow us on Google News"); the network, then at most
 * its "channel" and "on", then the imperative that closes the line.
 */
const FOLLOW_VERB_LAST =
  /(?:^|\s)(?:google news|whatsapp|telegram|গুগল নিউজ|হোয়াটসঅ্যাপ|হোয়াটসঅ্যাপ|واٹس ?ایپ|گوگل نیوز|ٹیلی ?گرام)(?:-ல்)?(?: চ্যানেল| চ্যানেলে| چینل| பக்கத்தில்)?(?: पर| میں| پر)?(?: எங்களைப்| ہمیں)? (?:ফলো করুন|فالو کریں|பின்தொடருங்கள்)[!।۔]?$/iu;
/**
 * "Download our app" as a button or a line of its own in Romanian, Ukrainian, Bengali, Urdu, Tamil, Malay and Filipino; whole
 * lines only ("Descarcă aplicația noastră", "আমাদের অ্যাপ ডাউনলোড করুন", "ہماری ایپ ڈاؤن لوڈ کریں", "Muat turun aplikasi kami").
 */
const DOWNLOAD_OUR_APP =
  /^(?:descarcă aplicația noastră|завантажуйте наш застосунок|завантажте наш застосунок|আমাদের অ্যাপ ডাউনলোড করুন|ہماری ایپ ڈاؤن ?لوڈ کریں|எங்கள் செயலியைப் பதிவிறக்கம் செய்யுங்கள்|muat turun aplikasi kami|i-download ang aming app)!?$/iu;

/**
 * A newsletter box's promise of delivery, a verbless sentence of its own that opens with when it comes (the Süddeutsche
 * Zeitung's "Alles, was Sie heute wissen müssen. Jeden Morgen kostenlos per E-Mail.", probe r29; the same in French,
 * Spanish, Portuguese and Italian). A story's sentence says who sends it: "Die Stadt verschickt die Warnungen jeden Morgen
 * kostenlos per E-Mail." opens with its subject.
 */
const DELIVERY_PROMISE =
  /(?:^|[.!?] )(?:Jeden (?:Morgen|Abend|Tag|Werktag|Freitag|Sonntag)|Täglich|Wöchentlich|Einmal (?:pro|die) Woche|Chaque (?:matin|soir|jour|semaine)|Todas las (?:mañanas|tardes|semanas)|Todos os dias|Todas as manhãs|Ogni (?:mattina|giorno|settimana))(?: gratis| kostenlos| gratuitement| gratuitamente| gratuito)? (?:per|par|por|via|en tu|no seu|nella tua) (?:E-Mail|e-mail|email|correo|mail|casella)\.?$/u;
const MAX_DELIVERY_WORDS = 20;
/**
 * The Spanish papers' pointer to the desk's social accounts and newsletter under every story (El País; probe r32, El Tiempo):
 * "Sigue toda la información de Bogotá en Facebook y X, o en nuestra newsletter semanal." The desk's news on named networks, the
 * newsletter after them; a story sentence names who follows what ("Sigue toda la información en manos de la fiscalía.").
 */
const FOLLOW_DESK_ON_NETWORKS =
  /^sigue toda la información de [^.!?]{1,40} en (?:facebook|x|twitter|instagram|whatsapp)(?:(?:,| y) (?:facebook|x|twitter|instagram|whatsapp))*(?:,? o en nuestra newsletter(?: semanal| diaria)?)?\.?$/iu;

export const rule: LineRule = {
  kind: 'line',
  id: 'newsletter-translated',
  category: 'newsletter',
  description:
    'A newsletter sign-up button or prompt in German, French, Spanish, Portuguese, Italian or Dutch ("Newsletter abonnieren", "Abonnez-vous à notre newsletter", "Iscriviti alla newsletter"), Haaretz\'s sign-up box and app promo ("הירשמו לניוזלטר…", "הורידו את אפליקציית הארץ"), a Russian site\'s channel prompt ("Подписывайтесь на наш канал в Telegram"), and an invitation to follow the outlet on WhatsApp, Telegram or Google News in other languages ("📲 Participe do canal do g1 no WhatsApp", "Google News\'te Takip Et", "Google News पर फॉलो करें").',
  englishOnly: false,
  match(text) {
    const words = wordCount(text);
    if ((words <= MAX_WORDS && SIGN_UP.test(text)) || (words <= MAX_HEBREW_WORDS && HEBREW_SIGN_UP.test(text))) return { reason: 'newsletter sign-up (in another language)' };
    if (DOWNLOAD_OUR_APP.test(text)) return { reason: 'app promo (in another language)' };
    if (words <= MAX_DELIVERY_WORDS && DELIVERY_PROMISE.test(text)) return { reason: 'newsletter box: its delivery promise (in another language)' };
    if (FOLLOW_DESK_ON_NETWORKS.test(text)) return { reason: 'channel invitation (in another language)' };
    if (words <= MAX_WORDS && FOLLOW_VERB_LAST.test(text)) return { reason: 'channel invitation (in another language)' };
    // Every invitation names its network: a short test first, before the verbs' long patterns.
    if (words > MAX_CHANNEL_WORDS || !NAMES_NETWORK.test(text)) return null;
    if (words <= MAX_WORDS && (FOLLOW_ON_GOOGLE_NEWS.test(text) || CHANNEL_BUTTON.test(text))) return { reason: 'channel invitation (in another language)' };
    if (isAlsoOnNetwork(text)) return { reason: 'channel invitation (in another language)' };
    return CHANNEL_PROMO.test(text) && CHANNEL_BESIDE_NETWORK.test(text) ? { reason: 'channel invitation (in another language)' } : null;
  },
  examples: {
    // No page in ../shared/datasets prints one in these languages: written from how those sites print their buttons.
    source: 'written from how German, French, Spanish, Portuguese, Italian and Dutch news sites print their sign-up buttons (none in ../shared/datasets)',
    remove: [
      'Newsletter abonnieren',
      // The Süddeutsche Zeitung's newsletter box (probe r29, made-up page).
      'Alles, was Sie heute wissen müssen. Jeden Morgen kostenlos per E-Mail.',
      'Chaque matin par e-mail',
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
      // Probe r28, a made-up page in the shape of RBC.
      'Читайте РБК в Telegram',
      // Channel invitations as g1, Kompas and Hürriyet print them.
      '📲 Participe do canal do g1 Sul de Minas no WhatsApp',
      'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.',
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, kemudian join.',
      "Hürriyet'i Google News'te takip edin, gelişmelerden anında haberdar olun.",
      "Google News'te Takip Et",
      'Volg NOS op WhatsApp',
      // El Tiempo's pointer under the story, El País's wording (probe r32, made-up page).
      'Sigue toda la información de Bogotá en Facebook y X, o en nuestra newsletter semanal.',
      // Corriere della Sera's channel notice under its stories (probe r26, made-up page).
      'Corriere della Sera è anche su Whatsapp. È sufficiente cliccare qui per iscriversi al canale ed essere sempre aggiornati.',
      // Haaretz's sign-up box and app promo, as its pages print them (probe of 2026-12-07, second round).
      'הירשמו לניוזלטר הבוקר של הארץ',
      'כל מה שצריך לדעת, בכל בוקר בתיבת המייל',
      'להרשמה',
      'הורידו את אפליקציית הארץ',
      // A Hindi news site's follow button under the headline (probe r23, made-up page).
      'Google News पर फॉलो करें',
      // Sign-up, follow and app prompts of Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Malay, Swahili and Filipino news sites (probes r23-intl, made-up pages).
      'Підписуйтесь на наш Telegram-канал', 'Abonează-te la newsletter', 'Urmărește-ne pe Google News', 'Iratkozz fel hírlevelünkre!', 'Kövess minket a Google Hírekben is!',
      'প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন', 'আমাদের অ্যাপ ডাউনলোড করুন', 'تازہ ترین خبروں کے لیے ہمارا واٹس ایپ چینل فالو کریں', 'ہماری ایپ ڈاؤن لوڈ کریں',
      'Google News-ல் எங்களைப் பின்தொடருங்கள்', 'எங்கள் செயலியைப் பதிவிறக்கம் செய்யுங்கள்', 'Ikuti kami di saluran WhatsApp untuk berita terkini', 'Muat turun aplikasi kami',
      'Jiunge na chaneli yetu ya WhatsApp upate habari zaidi', 'Jiandikishe kupokea jarida letu', 'I-follow kami sa Google News', 'Mag-subscribe sa aming newsletter',
    ],
    keep: [
      'Die Stadt verschickt die Warnungen jeden Morgen kostenlos per E-Mail.',
      'Jeden Morgen kostenlos per E-Mail zu informieren, hatte die Stadt versprochen.',
      'Читайте РБК в Telegram и на сайте, сказал он.',
      'Abonnez-vous à notre newsletter, a lancé le ministre en souriant devant une salle comble, avant de quitter la tribune sous les applaudissements.',
      'Der Verlag will den Newsletter abonnieren lassen, sagte die Sprecherin.',
      'There were wins too.',
      'Polisi mengatakan para pelaku bergabung di grup WhatsApp sebelum aksi dilakukan.',
      'Siga as regras, disse o ministro, e ninguém precisará do WhatsApp para reclamar das filas nos postos de saúde do estado durante o inverno, quando a procura por atendimento sobe e o canal oficial de denúncias fica congestionado.',
      'Entre os investigados estão dois administradores de um canal no Telegram.',
      "Kullanıcılar Google News'te takip ettikleri kaynakları değiştirebiliyor.",
      'Sigue abierta la investigación sobre el grupo de WhatsApp de los concejales.',
      'Sigue toda la información de la fiscalía en Facebook y X, denunció el abogado, porque el juez no publica sus autos.',
      'Il ministero è anche su WhatsApp. Ma i cittadini continuano a preferire il telefono, secondo i dati della Regione.',
      // A story line the i flag took: its \p{Lu} read "Il ministero" as an outlet's name (2026-12-07).
      'Il ministero è anche su WhatsApp. Per iscriversi al canale basta cliccare qui, spiega una nota della Regione.',
      'Bergabung di grup Telegram sejak 2020, pelaku aktif menyebarkan konten.',
      'הורידו את אפליקציית טיקטוק מהחנות.',
      'ההודעה נשלחה לכל העובדים בתיבת המייל.',
      'להרשמה לבחירות נותרו שלושה ימים, הזכירה ועדת הבחירות.',
      'Подписывайтесь на рассылку, сказал он, и узнаете всё первыми в Telegram-канале компании, который ведёт пресс-служба.',
      'पुलिस ने बताया कि आरोपी ने लोगों से WhatsApp पर फॉलो करने को कहा था।',
      'Підписуйтесь на розсилку, радить міністр, а новини читайте в Telegram, бо там швидше, ніж на сайті відомства чи в газетах.',
      'Urmăriți-ne raționamentul, a spus directorul: Google News a schimbat regulile anul trecut, iar site-urile mici au pierdut o treime din trafic.',
      'Kövess minket, kérte a rendőrség, és ne oszd meg a hamis híreket a Google Hírekben, mert azok gyorsan terjednek, és sok kárt okoznak a családoknak.',
      'পুলিশ জানায়, প্রতারকেরা হোয়াটসঅ্যাপ গ্রুপে লোকজনকে যুক্ত করে টাকা হাতিয়ে নিত।',
      'پولیس کے مطابق ملزمان واٹس ایپ چینل فالو کرنے والوں کو جعلی پیغامات بھیجتے تھے۔',
      'Jiunge na chama chetu, alisema mgombea huyo, huku akisambaza vipeperushi mitaani na kwenye makundi ya WhatsApp ya vijana wa mtaa huo na kwingineko nchini.',
      'Muat turun aplikasi kami yang baharu, kata menteri itu kepada pemberita semalam.',
    ],
  },
};

/** "<Outlet Name> è anche su WhatsApp. <click or sign up>…": the name by its capitals, then the notice. */
function isAlsoOnNetwork(text: string): boolean {
  const name = OUTLET_NAME.exec(text);
  return name !== null && ALSO_ON_NETWORK.test(text.slice(name[0].length));
}
