import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * A caption that ends with its credit: "Hong Kong Cyberport hosts AI summit. Source: Cyberport",
 * "… (Image credit: NASA)", "… (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)",
 * "… (NASA/JPL-Caltech/ASU)", "… (Joshua Roberts/Reuters)" (a photographer's name, then the
 * agency: up to three capitalised words before the first slash), or a bare agency credit line
 * "Sakib Ali/Hindustan Times/Getty Images".
 */
const TRAILING_SOURCE = /(?:^|[.!?)”"] |\w \| )(?:source|sources)s?: [^.!?:]{1,60}\.?$/i;
/** A chart's credits, label by label: "Data: Company filings; Chart: Axios Visuals". */
const CHART_CREDITS = /^(?:data|source|chart|graphic|map|table)s?: [^.!?;:]{1,60}(?:; (?:data|source|chart|graphic|map|table)s?: [^.!?;:]{1,40})+$/i;
/**
 * A picture's credit closing a caption of any length: a figure legend listing a module's numbered
 * areas runs to 90 words and ends in "Credit: ESA". Story prose may end in its "Source: X", never
 * in a photo credit.
 */
const TRAILING_PICTURE_CREDIT = /(?:^|[.!?)”"] |\w \| )(?:credit|credits|photo|photograph|photographer|image|pic|picture|image credit|photo credit)s?: [^.!?:]{1,60}$/i;
/**
 * The credit in brackets closing a caption, in the forms newspapers print beside the picture agencies'
 * slash: "(Craig Hudson for The Washington Post)", "(ABC News: Ruby Cornish)", "(Governor Oleh
 * Syniehubov / Telegram)", "(DTEK / Telegram)", "(foto Ansa)". The photographer's name is two to
 * four capitalised words; before a spaced slash, any one to five.
 */
const PHOTOGRAPHER = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}`;
const OUTLET_PAREN_CREDIT = new RegExp(
  String.raw`\((?:${PHOTOGRAPHER} for (?:[Tt]he )?\p{Lu}[^()]{1,40}|\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3}: ${PHOTOGRAPHER}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4} \/ \p{Lu}[^()/]{1,30}|(?:[Ff]oto|[Ff]otó|[Cc]rédit photo|[Bb]ild) \p{Lu}[^()]{1,40})\)$`,
  'u',
);
/**
 * A picture agency or "Supplied" in brackets, perhaps with the photographer after a colon, as the ABC (Australia) closes its
 * captions, glued to the full stop or spaced (probe r34: "Many Australians spend most of the winter indoors.(Getty Images:
 * Westend61)", "(ABC News: Jane Smith)" is OUTLET_PAREN_CREDIT's). A picture library's or agency's name is no story's aside. The
 * agency alone, "… on Aug. 31, 2019. (AP)", is left to the classifier: taken by rule on aeb train pages 9e8c9f08 and b6906ca0 (both
 * captions, neither in the gold), it moved the classifier's call on 9e8c9f08's last lines (`page` F1 0.96858 → 0.96857).
 */
const PICTURE_AGENCY_PAREN_CREDIT = /[.!?”"] ?\((?:(?:Getty Images|Reuters|AFP|AAP|AP|EPA|Unsplash|Shutterstock|iStock(?:photo)?|Pexels|Alamy): [^()]{1,40}|Supplied)\)$/u;
/** "… to control the front light. Photo by Nadia Ferreira / The Verge": a credit after the caption's sentence. */
const TRAILING_PHOTO_BY = /[.!?”"] (?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Ii]llustration|[Vv]ideo)s? by \p{Lu}[^.!?]{1,60}$/u;
/** "(Photo: iStock)", and Channel NewsAsia's "(File photo: Bernama)" (probe r27). */
const TRAILING_PAREN_CREDIT = /\((?:[Ff]ile )?(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Pp]ic|[Cc]redit)(?: [Cc]redit)?: [^()]{1,80}\)$|\((?:[Pp]hoto|[Ii]mage|[Pp]icture) by \p{Lu}[^()]{1,80}\)$|\(\p{Lu}[^()\s/]{0,29}(?: \p{Lu}[^()\s/]{0,29}){0,2}(?:\/\p{Lu}[^()/]{0,29}){1,3}\)$/u;
/**
 * "(AP Photo/Alan Diaz, File)", "… 2019. REUTERS/Brendan McDermid", "… J. Scott Applewhite / AP file"; Reuters prints
 * its licensing link after every picture's credit: "… REUTERS/Quinn Glabicki/File Photo Purchase Licensing Rights".
 */
const WIRE_PHOTO_CREDIT =
  /(?:\((?:AP|AFP|EPA|Reuters|Getty)(?: Photo)?\/[^()]{1,60}\)|\b(?:REUTERS|AP|AFP|EPA)\/[\p{L} .'’-]{1,40}?(?:\/File(?: Photo)?)?(?: Purchase Licensing Rights)?|\/ (?:AP|AFP|Reuters|Getty Images)(?: file)?)$/u;
/**
 * The same credit in square brackets, as Al Jazeera closes its captions: "Voters line up at a polling station in Dakar,
 * Senegal [Zohra Bensemra/Reuters]", "[File: Mohamed Messara/EPA]". The photographer's capitalised words, then the
 * agency after a slash; a story's bracketed insertion into a quote opens in lowercase ("[for the party]").
 */
const BRACKETED_CREDIT = /\[(?:File: )?\p{Lu}[^[\]\s/]{0,29}(?: \p{Lu}[^[\]\s/]{0,29}){0,3}(?:\/\p{Lu}[^[\]/]{0,29}){1,3}\]$/u;
/**
 * The source in capitals in square brackets after the caption's last sentence, as the Korea JoongAng Daily closes its captions
 * (probe r31): "Taxis wait for passengers near Gangnam Station in southern Seoul on Dec. 6. [NEWS1]", "… [YONHAP]", "… [JOONGANG
 * ILBO]", "… [SCREEN CAPTURE]". A story's bracketed note is in lowercase ("[sic]", "[laughs]").
 */
const SHOUTED_BRACKET_CREDIT = /[.!?”"] \[\p{Lu}{2}[\p{Lu}\p{N} .&'’-]{0,38}\]$/u;
/** Time parts photographer and agency with a dash, unspaced: "Joe Raedle—Getty Images" (probe r27). */
const AGENCY_CREDIT = /^[^.!?]{0,80}(?:\/ ?| \| |[—–])(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|pa|pa wire|ap photo|afp via getty images)$/i;
/**
 * A credit glued to its caption by the flattening ("…where plague-infected people sought
 * treatmentCredit: EPA", "…isn't easy.Kathrin Ziegler/Getty", "…in New York.Reuters"; the Sydney Morning Herald's
 * "…at Malabar.Credit: Peter Rae" and NBC News' organisation of capitalised words after the caption's full stop, "…on
 * Sunday.Arizona Department of Public Safety", probe r27: story text keeps its space after a full stop; Stuff's photographer
 * and outlet parted by a spaced slash, "…Harbour Bridge.Abigail Dougherty / Stuff", probe r28), or a credit
 * line of its own ("Michael Conroy, AP", "New York State Sex Offender Registry via AP",
 * "Courtesy of Andrew Vaughan", "Christopher Battin Submitted photo", "Jason Cipriani/ZDNet", "Images by
 * Getty Images and US Presswire").
 */
/**
 * A credit line left alone when its caption went elsewhere: "Getty", "Getty Images", "AP", and Forbes' lowercase
 * "getty" under every stock picture.
 */
const BARE_AGENCY = /^(?:Getty(?: Images)?|getty(?: images)?|AP|AFP|Reuters|EPA|Shutterstock|Alamy|PA(?: Wire)?)$/u;
/**
 * A caption whose credit follows its last sentence after a space, the photographer and the agency joined by a slash, as
 * Business Insider prints it: "Downtown Chicago. Many remote workers … are returning. Scott Olson/Getty Images". The
 * agency is named, so a sentence ending in a name and a slash stays. A paper's own photographers are credited to its staff,
 * as the Boston Globe prints it: "… arrives at Downtown Crossing. Jonathan Wiggs/Globe Staff" (probe r28).
 */
const TRAILING_NAME_AGENCY =
  /[.!?”"] \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\/(?:Getty Images|Getty|Reuters|AP|AFP|EPA|Bloomberg|Shutterstock|Alamy|NurPhoto|Anadolu|Business Insider|Insider|(?:\p{Lu}[\p{L}]* ){0,2}Staff(?: Photographer)?)(?: via Getty Images)?$/u;
/**
 * The same credit parted from the caption's last sentence by a bar, the outlet any capitalised name, as POLITICO prints it
 * (probe r29): "… speaks to reporters at the Capitol on Dec. 3, 2026. | Francis Chung/POLITICO". The bar after a sentence
 * end is the credit's mark, so the outlet need not be a known agency.
 */
const BARRED_NAME_CREDIT = /[.!?”"] \| \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} ?\/ ?\p{Lu}[\p{L}&.'’ -]{1,30}$/u;
/**
 * The outlet's initials before the slash and the photographer after it, closing the caption's sentence, as Le Parisien prints
 * its staff pictures (probe r30): "… rue Oberkampf. LP/Olivier Arandel". Initials in capitals, then a name of two or three
 * capitalised words; a sentence naming a group and a person with a slash goes on after the name.
 */
const TRAILING_INITIALS_NAME = /[.!?”"] \p{Lu}{2,5}\/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;
/**
 * A credit line of its own opened by "Foto" without a colon, as NRC prints it under its captions (probe r30): "Foto Marcel van
 * den Bergh", "Foto ANP", "Foto Getty Images". Capitalised words and the particles of Dutch and German names only, whole line.
 */
const FOTO_NAME_LINE = /^(?:Foto|Foto's|Beeld) \p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|van|de|der|den|ter|te|von|zu|la|le|di|da|del|dos)){0,5}$/u;
const GLUED_CREDIT = /[\p{Ll}.]Credit: [^.!?]{1,60}$|\p{Ll}{2}\.\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|for|and|the|&)){1,6}$|[\p{Ll}\d)]Image: [^.!?]{1,60}$|[\p{Ll}.]\.(?:Reuters|AP|AFP|Getty Images|\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ ?\/ ?\p{Lu}[\p{L} ]{1,30})$/u;
/**
 * A caption whose credit follows its full stop after a space, one to three capitalised words closing the line, as the Toronto Star
 * prints it (probe r33: "Google's Pixel Buds 3 come in four colours. Google"). The caption is a sentence in sentence case, three
 * lowercase words at least: a title-case headline in two parts ("Trump Wins Again. Democrats Respond") is no caption; the word
 * before the full stop is in lowercase, so a title's abbreviation before a name ("…threatening to kill Rep. Ilhan Omar") is none.
 * A credit in capitals only is a wire's sign-off closing the story's last paragraph (probe r34, PTI copy on ThePrint: "The House
 * was adjourned till 2 pm amid the protests. PTI"), not a picture's.
 */
const SPACED_TRAILING_CREDIT = /\s\p{Ll}[\p{Ll}'’-]*\p{Ll}\. (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u;
const LOWERCASE_WORD = /(?:^|\s)\p{Ll}/gu;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const MIN_CAPTION_LOWERCASE_WORDS = 3;

function hasSpacedTrailingCredit(text: string): boolean {
  const credit = SPACED_TRAILING_CREDIT.exec(text);
  return credit !== null && !ACRONYM.test(credit[1]!) && (text.slice(0, credit.index).match(LOWERCASE_WORD)?.length ?? 0) >= MIN_CAPTION_LOWERCASE_WORDS;
}

/**
 * A German caption's credit glued on after its last word by the flattening, the photographer and the agency parted by a spaced
 * slash, as Der Spiegel prints it (probe r26): "Gesundheitsministerin bei der Debatte im Bundestag Foto: Kay Nietfeld / dpa".
 * The spaced slash after a capitalised name is the credit's; a sentence about a photo goes on after "Foto:" in lowercase.
 */
const SPACED_SLASH_CREDIT = /(?:^|\s)(?:Foto|Fotos|Bild): \p{Lu}[^.!?:/]{1,60} \/ [^.!?:/]{1,40}$/u;
/**
 * A credit line of its own: "Michael Conroy, AP", "… via AP", "Courtesy of X", "Photo by X", AP's "AP Photo/Mariam Zuhaib" (a
 * wire's photo credit without its brackets, HuffPost; probe r26).
 */
const CREDIT_LINE =
  /^(?:(?:AP|AFP|EPA|Reuters) Photo\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, [Ff]ile)?|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}, (?:AP|AFP|Reuters|Getty Images|USA TODAY)|[^.!?]{2,60} via (?:AP|AFP|Reuters|Getty Images)|[Cc]ourtesy(?: of)? \p{Lu}[^.!?]{1,50}(?: (?:Bros|Inc|Ltd|Co|Corp)\.)?|(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?) by \p{Lu}[^.!?]{1,60}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4} [Ss]ubmitted photo|\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+\/\p{Lu}[\p{L}]{1,20})$/u;
/**
 * The same credits in other languages, closing a caption: "… MG — Foto: Luana Ribeiro/g1" (g1), "… genel
 * müdürlük binası. (Fotoğraf: AA)", "… vatandaşlar. Fotoğraf: Hürriyet Arşivi" (Hürriyet), "… (الصورة:
 * رويترز)", "… (تصوير: أحمد سمير)", "… giờ cao điểm chiều. Ảnh: Giang Huy" (VnExpress); Finnish "Kuva" and Hungarian "Fotó" (probe r32, Yle: "… maanantai-iltana.
 * Kuva: Antti Kemppainen / Yle"; Telex: "… november 20-án. Fotó: Huszti István / Telex"), and the outlet in capitals after the
 * photographer's full stop, as El Tiempo prints it (probe r32: "… con calle 26. Foto: César Melgarejo. EL TIEMPO"). The label may
 * follow a spaced hyphen, as Tuổi Trẻ closes its captions (probe r34: "Phối cảnh ga ngầm Văn Cao … - Ảnh: Ban Quản lý đường sắt
 * đô thị Hà Nội"). The label is a picture's, so story prose never ends in one.
 */
const FOREIGN_LABEL = String.raw`(?:[Kk]uva|KUVA|[Ff]otó|FOTÓ|[Ff]oto|FOTO|[Ff]otoğraf|FOTOĞRAF|[Ff]otografia|[Ii]magem|[Bb]ild|Ảnh|ẢNH|الصورة|صورة|تصوير|사진|צילום)`;
const FOREIGN_PICTURE_CREDIT = new RegExp(
  String.raw`(?:(?:^|[.!?)”"] |\s[-—–] )${FOREIGN_LABEL}: [^.!?:]{1,60}(?:\. \p{Lu}{2,}(?: \p{Lu}{2,}){0,2})?|\(${FOREIGN_LABEL}: [^()]{1,60}\))$`,
  'u',
);
/**
 * Yonhap's credits: "사진=연합뉴스" on its own line or closing the caption, and the bracketed "[연합뉴스
 * 자료사진]" ("file photo") after it; NOS's "… in juli 2021. Archiefbeeld" ("archive picture").
 */
const KOREAN_CREDIT = /(?:^|\s)사진 ?= ?[^\s=]{1,20}(?: 제공)?$|\[[^[\]]{1,30}(?:자료사진|사진|제공)\]$/u;
const ARCHIVE_PICTURE = /[.!?] (?:ANP |AFP |Reuters )?(?:[Aa]rchiefbeeld|[Aa]rchieffoto)$/u;
/**
 * Xinhua's photographer closing a Chinese caption: "7月1日，旅客在北京南站候车。新华社记者 鞠焕宗 摄" ("photographed
 * by reporter X"), or in brackets "（新华社发 王鹏 摄）". A story sentence ends in "。", never in "摄".
 */
const CHINESE_PHOTO_CREDIT = /记者 ?\p{Script=Han}{2,4}(?:[ 、]\p{Script=Han}{2,4}){0,2} ?摄$|[（(][^（）()]{1,30} ?摄[）)]$/u;
/**
 * ANSA's caption, closed by its rights notice after a dash: "Turisti a Venezia - RIPRODUZIONE RISERVATA".
 * The footer "RIPRODUZIONE RISERVATA © Copyright ANSA" is `copyright-footer`'s.
 */
const RIGHTS_RESERVED_CAPTION = / [-–—] RIPRODUZIONE RISERVATA$/u;
/**
 * An organisation's credit in brackets after the caption's dated sentence, without the agencies' slash
 * (the Times of Israel): "Firefighters try to extinguish a blaze near Beit Shemesh, June 5, 2024. (Fire
 * and Rescue Services)". The caption dates its picture, month, day and year, right before its full
 * stop; the credit is a name of capitalised words. A story's bracketed aside is a clause in lowercase.
 */
const DATED_CAPTION_ORG_CREDIT =
  /, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, (?:19|20)\d\d\. \(\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|and|of|the|for|&)){0,5}\)$/u;
/**
 * "… press conference in Ranchi on Saturday. (Express photo)", "(PTI Photo)", "… in Lagos. File photo"; the tags of Indian
 * sites' captions that say the picture is not of the event: "… ownership of their dams. (File)", "(Representational)",
 * "(Representative image)" (NDTV, Hindustan Times; probe r25); la Repubblica's agency tag in lowercase, "… alla fermata San Babila
 * (fotogramma)" (probe r28); the Arabic sites' "archive" tag, alone or before the agency (probe r34, Al Arabiya: "ألواح للطاقة
 * الشمسية (أرشيفية - رويترز)").
 */
const PHOTO_TAG = /\((?:صورة )?أرشيفية(?: [-–] [^()]{1,30})?\)$|\((?:[Ff]ile|FILE|[Ff]otogramma|[Rr]epresentational|[Rr]epresentative [Ii]mage|[Rr]epresentational [Ii]mage|[Ff]ile [Ii]mage|[Ff]ile [Pp]ic)\)$|\((?:\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2} )?(?:[Pp]hoto|PHOTO|[Ff]ile [Pp]hoto)(?: by \p{Lu}[^()]{1,40})?\)$|[.!?] (?:[Ff]ile|FILE) (?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture)$/u;
/**
 * A source label alone on its line, as Turkish, Arabic, Vietnamese, Portuguese, Spanish, German,
 * Polish, Swedish, Dutch, Indonesian and Korean sites print it under a story: "Kaynak: AA",
 * "المصدر: وكالات" ("Source: agencies"). The English "Source: X" is TRAILING_SOURCE's.
 */
const SOURCE_LABEL_LINE = /^(?:Kaynak|KAYNAK|المصدر|Nguồn|Fonte|Fuente|Quelle|Źródło|Källa|Bron|Sumber|출처) ?[:：] ?[^.!?:]{1,40}$/u;
const MAX_SOURCE_LABEL_WORDS = 5;
/** Captions are short; a long paragraph ending in "Source: X" is a story with its attribution. */
const MAX_CAPTION_WORDS = 40;

export const rule: LineRule = {
  kind: 'line',
  id: 'source-credit',
  category: 'caption',
  description: 'A caption ending in a picture credit (". Credit: X", any length), or a short caption ending in its source or credit (". Source: X", "(Image credit: X)", "(A/B)", "Name/Agency", "— Foto: X", "(Fotoğraf: AA)", "Ảnh: X", "사진=연합뉴스", "(Express photo)"), or a source label alone ("Kaynak: AA").',
  englishOnly: false,
  match(text) {
    if (TRAILING_PICTURE_CREDIT.test(text)) return { reason: 'caption with a photo or chart credit' };
    if (wordCount(text) > MAX_CAPTION_WORDS) return null;
    if (FOREIGN_PICTURE_CREDIT.test(text) || SPACED_SLASH_CREDIT.test(text) || KOREAN_CREDIT.test(text) || CHINESE_PHOTO_CREDIT.test(text) || RIGHTS_RESERVED_CAPTION.test(text) || DATED_CAPTION_ORG_CREDIT.test(text) || ARCHIVE_PICTURE.test(text) || PHOTO_TAG.test(text)) return { reason: 'caption with a photo credit' };
    if (wordCount(text) <= MAX_SOURCE_LABEL_WORDS && SOURCE_LABEL_LINE.test(text)) return { reason: 'source credit line' };
    if (TRAILING_SOURCE.test(text) || CHART_CREDITS.test(text) || TRAILING_PAREN_CREDIT.test(text) || PICTURE_AGENCY_PAREN_CREDIT.test(text) || BRACKETED_CREDIT.test(text) || SHOUTED_BRACKET_CREDIT.test(text) || OUTLET_PAREN_CREDIT.test(text) || TRAILING_PHOTO_BY.test(text) || WIRE_PHOTO_CREDIT.test(text) || AGENCY_CREDIT.test(text) || BARE_AGENCY.test(text) || GLUED_CREDIT.test(text) || TRAILING_NAME_AGENCY.test(text) || BARRED_NAME_CREDIT.test(text) || TRAILING_INITIALS_NAME.test(text) || FOTO_NAME_LINE.test(text) || CREDIT_LINE.test(text) || hasSpacedTrailingCredit(text)) {
      return { reason: 'caption with a photo or chart credit' };
    }
    return null;
  },
  examples: {
    source: 'seed 004 lines 67, 134, 68; aeb container 16c30a…, 359fee…; aeb page ba4dfe…, bc13ff…; aeb container 513745…, 7a457a…, f5c90a…',
    remove: [
      'Hong Kong Cyberport hosts AI summit. Source: Cyberport',
      'Arizona moves up in the strategic reserve race. Source: Bitcoin Laws',
      'Sakib Ali/Hindustan Times/Getty Images',
      // CNBC parts photographer and agency with a bar.
      'Justin Sullivan | Getty Images',
      // POLITICO's caption, its credit after a bar (probe r29, made-up page).
      'Senate Majority Leader John Thune speaks to reporters at the Capitol on Dec. 3, 2026. | Francis Chung/POLITICO',
      // UK tabloid and wire caption credits.
      'Prince Andrew arrives at the service. Picture: Kirsty Wigglesworth/PA',
      // The Toronto Star's caption, its credit after the full stop (probe r33, a made-up page in its shape).
      "Google's Pixel Buds 3 come in four colours. Google", 'The ferry sits at the terminal in the rain. Frances Willick',
      'Firefighters at the scene on Tuesday. Pic: Stefan Rousseau/PA Wire',
      'Protesters gather outside parliament | Credit: AFP via Getty Images',
      'The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)',
      // aeb container and page f5c90a… (train): the photographer's name before the agency.
      'House Intelligence Committee chairman Rep. Adam Schiff speaks during a media briefing after a House vote approving rules for an impeachment inquiry into President Trump, October 31, 2019. (Joshua Roberts/Reuters)',
      'A 14th century plague doctor (Image: GETTY)',
      'WeWork chairman Marcelo Claure (Credit: Getty Images)',
      // aeb container eb62ac….
      'Scooter Braun and Scott Borchetta pose for a photo at a private residence on June 28, 2019 in Montecito, California. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)',
      'Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
      'Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file',
      // aeb container 8b1945…, f81c6c…, fde930…, 7de524…, c58aa5…, bdb56a…, 961bd8…, 5fbc7c….
      'Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner Mongolia sought treatmentCredit: EPA',
      "The road to retiring early isn't easy.Kathrin Ziegler/Getty",
      'The WeWork logo is displayed outside of a co-working space in New York.Reuters',
      'Michael Conroy, AP',
      'New York State Sex Offender Registry via AP',
      'Courtesy of Andrew Vaughan',
      // Probe r30, made-up pages in the shape of Variety, Le Parisien and NRC: a studio's credit with its abbreviation, the
      // outlet's initials before the photographer, and a credit line opened by "Foto" without a colon.
      'Courtesy of Warner Bros.',
      "Les pompiers de Paris sont intervenus vers 3 heures du matin rue Oberkampf. LP/Olivier Arandel",
      'Foto Marcel van den Bergh',
      'Foto ANP',
      'Christopher Battin Submitted photo',
      'Jason Cipriani/ZDNet',
      // aeb page 9a4402…; an Unsplash credit as blogs print it.
      'Images by Getty Images and US Presswire',
      'Photo by John Smith on Unsplash',
      // aeb container a078b3….
      'Getty',
      // Probe r24b, a made-up page in the shape of a Forbes contributor page: the credit under its picture.
      'getty',
      // Reuters' gallery caption with its licensing link, and Al Jazeera's captions with the credit in square brackets (probe r24, made-up pages in the shape of Reuters and Al Jazeera).
      '[1/2]A U.S. Steel logo is seen on a building in Pittsburgh, Pennsylvania, U.S. September 13, 2023. REUTERS/Quinn Glabicki/File Photo Purchase Licensing Rights',
      'Supporters of Bassirou Diomaye Faye celebrate in Dakar [John Wessels/AFP]',
      'Voters line up at a polling station in Dakar, Senegal [Zohra Bensemra/Reuters]',
      // The Korea JoongAng Daily's captions (probe r31, a made-up page in its shape).
      'Taxis wait for passengers near Gangnam Station in southern Seoul on Dec. 6. [NEWS1]',
      'A taxi driver rests in his car in Jongno District, central Seoul, on Dec. 5. [YONHAP]',
      'Firefighters work at the scene of the blast [File: Mohamed Messara/EPA]',
      // Business Insider's caption with its credit after the last sentence (probes r23-en, made-up page).
      'Downtown Chicago. Many remote workers who left during the pandemic are returning. Scott Olson/Getty Images',
      // Probe r28, made-up pages in the shape of the Boston Globe, Stuff and la Repubblica.
      'A Red Line train arrives at Downtown Crossing. Jonathan Wiggs/Globe Staff',
      'Traffic crosses the Auckland Harbour Bridge.Abigail Dougherty / Stuff',
      'Un treno della linea M4 alla fermata San Babila (fotogramma)',
      // Newspapers' own credits, as the Washington Post, Bloomberg, The Verge, ABC News (Australia),
      // the Kyiv Independent and Corriere della Sera print them under a picture (made-up captions).
      'Riders board a Metrobus on 14th Street NW in Washington on Tuesday. (Craig Hudson for The Washington Post)',
      'A trader works on the floor of the New York Stock Exchange. Photographer: Michael Nagle/Bloomberg',
      'Kestrel’s dial can be remapped to control the front light. Photo by Nadia Ferreira / The Verge',
      'The NSW government says the changes will give renters more security. (ABC News: Ruby Cornish)',
      'Firefighters work at the site of a Russian drone strike in Kharkiv on March 12, 2025. (Kharkiv Oblast Governor Oleh Syniehubov / Telegram)',
      'A DTEK thermal power plant damaged by a Russian attack in an undisclosed location in Ukraine. (DTEK / Telegram)',
      'La folla davanti agli ingressi chiusi della metropolitana in piazza Duomo (foto Ansa)',
      // Axios' chart credits and The Atlantic's illustration credit (made-up sources).
      'Data: Company filings; Chart: Axios Visuals',
      'Illustration by The Atlantic. Sources: Getty.',
      // Caption credits in other languages, as g1, Hürriyet, an Arabic news site, VnExpress, Yonhap and NOS print them (made-up captions).
      'Produtor de café em Três Pontas, MG — Foto: Luana Ribeiro/g1',
      // Probe r26, made-up pages in the shape of Der Spiegel and HuffPost.
      'Gesundheitsministerin bei der Debatte im Bundestag Foto: Kay Nietfeld / dpa',
      'AP Photo/Mariam Zuhaib',
      "Merkez Bankası'nın Ankara'daki genel müdürlük binası. (Fotoğraf: AA)",
      "Karaköy'de sağanak yağışa yakalanan vatandaşlar. Fotoğraf: Hürriyet Arşivi",
      // Yle's, Telex's and El Tiempo's captions with their credits (probe r32, made-up pages).
      'Kaupunginvaltuusto äänesti ratikan rahoituksesta maanantai-iltana. Kuva: Antti Kemppainen / Yle',
      'A 2-es villamos a Széchenyi rakparton 2026. november 20-án. Fotó: Huszti István / Telex',
      'Obras del metro en la avenida Caracas con calle 26. Foto: César Melgarejo. EL TIEMPO',
      'جانب من محطة التحلية الجديدة (الصورة: رويترز)',
      'لاعبو المنتخب يحتفلون بالهدف الثالث (تصوير: أحمد سمير)',
      'Dòng xe ùn tắc trên đường Nguyễn Trãi giờ cao điểm chiều. Ảnh: Giang Huy',
      // Probe r34: Tuổi Trẻ's caption, Al Arabiya's archive tag, the ABC's caption with its agency glued on.
      'Phối cảnh ga ngầm Văn Cao của tuyến đường sắt số 5 - Ảnh: Ban Quản lý đường sắt đô thị Hà Nội',
      'ألواح للطاقة الشمسية (أرشيفية - رويترز)',
      'Many Australians spend most of the winter indoors.(Getty Images: Westend61)',
      '사진=연합뉴스',
      '출퇴근 시간대 승객들로 붐비는 서울 지하철 2호선 [연합뉴스 자료사진]',
      'Een ondergelopen straat in Itteren in juli 2021. Archiefbeeld',
      // Haaretz's credit line, Xinhua's photographer closing a caption and ANSA's caption, as their pages print them (probes of 2026-12-07, second round).
      'צילום: מוטי מילרוד',
      '7月1日，旅客在北京南站候车。新华社记者 鞠焕宗 摄',
      '游客在故宫参观（新华社发 王鹏 摄）',
      'Turisti a Venezia - RIPRODUZIONE RISERVATA',
      'Firefighters try to extinguish a blaze near Beit Shemesh, June 5, 2024. (Fire and Rescue Services)',
      // The Indian Express's and the Punch's credit tags, as their pages print them.
      'PSP president Hemlata Oraon with alliance leaders at a press conference in Ranchi on Saturday. (Express photo)',
      'A filling station in Lagos. File photo',
      // NDTV's and Hindustan Times' caption tags, and DW's credit glued to its caption (probe r25, made-up pages).
      'The minister said the states would keep ownership of their dams. (File)',
      'Doctors said most of the patients were elderly. (Representational)',
      'Freight trains are meant to carry a quarter of German cargo by 2030Image: Jan Woitas/dpa/picture alliance',
      // Probe r27, made-up pages in the shape of NBC News, the Sydney Morning Herald, Time and Channel NewsAsia.
      'Firefighters help a driver out of a flooded car on Interstate 17 near Cordes Junction, Ariz., on Sunday.Arizona Department of Public Safety',
      "Sydney Water's treatment plant at Malabar.Credit: Peter Rae",
      'Joe Raedle—Getty Images',
      'Malaysian workers at a factory in Shah Alam. (File photo: Bernama)',
      // Source lines under Turkish and Arabic stories, as Hürriyet and Arabic news sites print them.
      'Kaynak: AA',
      'المصدر: وكالات',
      // aeb container e1c702…: a figure legend of 90 words.
      'Functional areas of the hibernation module: (1) private crew quarters, (2) exercise, (3) hygiene and waste, (4) dining and wardroom, (5) workstation, (6) galley and food, (7) medical supplies, (8) life support systems and stowage, (9) operational and maintenance supplies. In general, the habitat is divided into two zones of habitable volumes: the crew quarters which are used during the entire mission duration, and the volumes for wardroom and workstation, food preparation and eating, waste collection and hygiene, exercise, medical, operational and maintenance purposes that are only used during the time the crew is awake and active. Credit: ESA',
    ],
    keep: [
      // Probe r34: PTI copy closes its last paragraph with the agency (ThePrint).
      'The House was adjourned till 2 pm amid the protests. PTI',
      'Tuyến đường sắt có tổng mức đầu tư khoảng 65.400 tỉ đồng - ảnh hưởng tới 2.000 hộ dân.',
      'The company said it would appeal (Reuters could not verify the claim).',
      'New York man pleads guilty to threatening to kill Rep. Ilhan Omar', 'Trump Wins Again. Democrats Respond', "It's over. Now what", 'The vote is on Monday. Results follow at 9 p.m.',
      '"We will not pay," he said. [laughs]', 'The court ruled against him. [Updated at 3 p.m.]',
      'The court will hear the case again in May (file number 2231).',
      'The vote was 52 to 48. | Senate roll call, Dec. 3',
      'He said the plan was dead. | The mayor and/or his deputy will decide.',
      'Auf dem Foto: ein Mann, der 1989 auf der Mauer steht / so kennt ihn die Welt',
      'AP Photo editors chose the image from 40 frames.',
      'Sharma told the court that the image: a blurred photo, proved nothing.',
      'Credit: the crowd, who never stopped singing.',
      'getty images of the flood were shown at the inquest.',
      'The photo agency was sold last year. Its founder now works at Getty Images.',
      'He spent a decade at the wire service. Jane Smith/Reuters hired him in 2019, she said.',
      'Wages rose faster than prices in every region last year for the first time since the crisis, and the gap was widest in the north-east, where the shipyards hired again after a decade of layoffs and the average weekly wage climbed past the national figure. Source: Office for National Statistics',
      'The exhibition closes on Sunday (photo by appointment only).',
      // Probe r28: sentences using the new credits' words.
      'The union said the cuts would fall on the newsroom. Globe Staff/management talks resume on Monday.',
      'He moved to Auckland in 2019.Abigail Dougherty, his partner, said the move / the job came first.',
      'Il regista ha girato il film con la società (Fotogramma Srl) di Milano.',
      'The band played AC/DC covers all night.',
      '“This is a victory [for Senegal/the region],” he said.',
      'Shares rose after the deal [Reuters/Ipsos poll data, not shown] was announced.',
      'He asked the agency to license the photo. Purchase Licensing Rights are sold per image, it said.',
      'The committee heard from the envoy (Gordon Sondland/ambassador to the EU) on Wednesday.',
      'They split the prize between two teams (Red Bull/Ferrari).',
      'Courtesy of the family, the photographs were shown at the inquest.',
      'Courtesy of Warner Bros. the film opened in 3,850 theaters.',
      'Le vote a été serré. LR/Renaissance : la coalition tient, selon le ministre.',
      'Het kabinet besloot het anders. PVV/VVD willen nu een debat.',
      'Foto van de dag: een reiger in de sloot.',
      'Foto Marcel van den Bergh won de prijs voor de beste nieuwsfoto.',
      'Photos by the agency showed the ship listing badly.',
      'He arrived in New York. Reuters reported the deal first.',
      'The money was set aside in the budget (Finance Minister Jim Chalmers: Treasury).',
      'He said the bill would pass. Photos by the hundred were taken at the rally.',
      'Results by state (Victoria: Labor)',
      'Foto: o ministro disse que a imagem foi manipulada, e a polícia investiga o caso desde março.',
      'Fotoğraf çekmek yasaklandı, dedi yetkili.',
      'Kuva: kaupunki julkaisi suunnitelman maanantaina, ja valtuusto käsittelee sen ensi viikolla.',
      'Foto: el ministro dijo que la imagen fue manipulada. La policía investiga.',
      'Kaynak: Bakanlığın açıkladığı rakamlara göre enflasyon yüzde 67 oldu.',
      '(서울=연합뉴스) 김민수 기자 = 서울시가 다음 달부터 지하철 일부 노선의 심야 운행 시간을 1시간 연장한다.',
      'He asked for a photo (file photo) of the car.',
      'צילום: זה מה שהיא אהבה לעשות יותר מכל, סיפר אחיה.',
      '新华社记者从国家铁路集团获悉，暑运期间全国铁路预计发送旅客9亿人次。',
      '他说，这些照片都是记者 王明 在现场拍摄的。',
      "(ANSA) - ROMA, 16 LUG - L'inflazione in Italia resta stabile a giugno.",
      'Firefighters battled the blaze until June 5, 2024. (Fire crews from three towns helped.)',
      'The law took effect on January 1, 2019. (Its critics say it changed little.)',
      'The file photo was taken in 2019, the agency said.',
      'The vote was closer than forecast—closer than the AP had called it.',
      'The agency was founded in 1998 by Anna Pruitt.',
      'He said the deal would close in May.The Company did not comment on it.',
      'He works for the U.S.Department of Energy',
      'Voters backed the plan (for The Record)',
      'A day prior, on Feb. 26, the Hong Kong government’s 2025–26 budget paid special attention to emerging technologies, aiming to “seize the critical opportunities presented by technological reform and artificial intelligence development.”',
      'Bitcoin, meanwhile, has tanked 17% over the past seven days as it struggles to keep gains due to economic uncertainty over Trump’s sweeping incoming tariffs.',
    ],
  },
};
