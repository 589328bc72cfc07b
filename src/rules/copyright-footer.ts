import type { LineRule } from './types.js';
import { wordCount } from './helpers.js';

/**
 * "© 2019 Dow Jones & Company, Inc. All Rights Reserved.", "Copyright 2019 The Associated Press.", and
 * the rights and no-reproduction notices in other languages: "Tüm hakları saklıdır." (Hürriyet), "‹저작권자(c)
 * 연합뉴스, 무단 전재-재배포…›" (Yonhap: "copyright holder", "no reproduction"), "® VnExpress giữ bản quyền
 * nội dung trên website này." ("keeps the copyright").
 */
// Matched against the lowercased line: case-insensitive matching of the non-ASCII wordings made the
// pattern ten times slower to scan, and it runs on every line of up to 40 words.
const COPYRIGHT = /(?:[©ⓒ]|\([cс]\) ?\d{4}|\bcopyright\b ?(?:[©ⓒ]|\d{4}|\([cс]\)|@ ?\d{4})|\ball rights reserved\b|\btodos os direitos reservados\b|\btodos los derechos reservados\b|\balle rechte vorbehalten\b|^vervielfältigung nur mit (?:schriftlicher )?genehmigung\b|\btous droits réservés\b|\balle rechten voorbehouden\b|\balla rättigheter förbehållna\b|\bwszelkie prawa zastrzeżone|\btüm hakları saklıdır|\bhak cipta dilindungi|^®? ?\S{2,30} giữ bản quyền nội dung|저작권자 ?(?:\([cс]\)|[ⓒ©])|무단 ?전재 ?(?:및 |-|·)?재배포 ?금지|جميع الحقوق محفوظة)/u;
const LEGAL_LINK = /^(?:privacy policy|privacy notice|terms of (?:use|service)|terms (?:&|and) conditions|cookie policy|cookie settings|accessibility(?: statement)?|do not sell my (?:personal )?info(?:rmation)?|ad ?choices|about our ads|sitemap|site map|contact us|about us|advertise with us|careers|imprint|impressum)$/i;
/**
 * A science site's reuse notice and citation block: "This document is subject to copyright. Apart from
 * any fair dealing…", "Citation: Hibernating astronauts … (2019, November 18) retrieved 20 November
 * 2019 from https://phys.org/…". Both run longer than a footer link, so they have their own pattern,
 * as have a print-edition note ("A version of this article appears in print on …", the New York
 * Times), a wire's rights and standards links ("Acquire Licensing Rights", Reuters) and a syndication
 * note ("(Except for the headline, this story has not been edited by NDTV staff…)", Kompas' "Artikel ini
 * telah tayang di Kompas.com dengan judul "…"": "this article appeared on … under the title"). The wire's no-reuse line
 * opening a footer of 50 words ("This material may not be published, broadcast, rewritten, or redistributed. ©2024 FOX
 * News Network, LLC. …", AP's, Nexstar's and Fox's wording) and a broadcaster's note on the agency material it carries
 * ("This service may include material from Agence France-Presse (AFP), … which is copyright and cannot be reproduced.",
 * ABC News Australia).
 */
const REUSE_NOTICE = /^(?:this (?:document|article|material|content|story) is (?:subject to|protected by) copyright(?:\.|$)|a version of this article appears in print on\b|acquire licensing rights\b|our standards: ?the thomson reuters trust principles\.?$|\(?(?:except for the headline, )?this (?:story|report|article) has not been edited by .{1,40} and is (?:auto-generated|published) from a syndicated feed\.?\)?$|this (?:report|story|article) (?:is|was|has been) auto-generated from (?:an? |the )?[^.!?]{1,40} (?:feed|service|wire)\.(?: [^.!?]{1,40} (?:holds|takes|bears|accepts) no responsibility for (?:its|the) content\.?)?$|citation: .{1,300}\bretrieved .{1,40} from https?:\/\/|artikel ini telah tayang di \S{2,40} dengan judul\b|this material may not be published, broadcast, rewritten,? (?:or|and) redistributed\b|this (?:service|site|website|program(?:me)?) may (?:include|contain) material from [^.!?]{1,200} which (?:is|are) (?:subject to )?copyright and (?:cannot|may not) be reproduced\.?$)/i;
/**
 * A site's disclaimer about the links it prints, closing its footer: "The BBC is not responsible for the content of external
 * sites.", "RTÉ.ie is the website of Raidió Teilifís Éireann, … RTÉ is not responsible for the content of external internet
 * sites." (probe r25), and the BBC's pointer "Read about our approach to external linking.". The line ends on the
 * disclaimer: a story reporting one goes on after it ("…, the court said.").
 */
const EXTERNAL_LINKS = /(?:^|[.!?] )(?:the )?[\p{L}.&'’ ]{1,40} (?:is|are) not responsible for the content of external (?:internet )?(?:web)?(?:sites|links|pages)\.?$|^read about our approach to external linking\.?$/iu;
/**
 * A pointer to the outlet's own standards, by the headline or in the footer (probe r26): SCMP's "Why you can trust SCMP" (the
 * outlet by its initials, or "us", "our journalism": "Why you can trust Biden on trade" is a headline), a Trust Project badge
 * ("Newsweek Is A Trust Project Member"), and Newsweek's mission line under every story, its own words as data ("Newsweek is
 * committed to challenging conventional wisdom and finding connections in the search for common ground."), and WIRED's
 * mission paragraph in its footer ("WIRED is where tomorrow is realized. It is the essential source of…"). The Globe and Mail's
 * links under every story (probe r27), whole lines: "Report an editorial error", "Report a technical issue", "Editorial code of
 * conduct".
 */
const STANDARDS_POINTER =
  /^(?:[Rr]eport an? (?:editorial )?(?:error|typo|correction)|[Rr]eport a technical (?:issue|problem)|[Ee]ditorial (?:code of conduct|standards and practices))$|^[Ww]hy you can trust (?:us|our [\p{L} ]{1,30}|\p{Lu}{2,8})$|^(?:\p{Lu}[\p{L}.]{1,30}|[Ww]e) (?:[Ii]s|[Aa]re) [Aa]n? (?:[Tt]rust [Pp]roject [Mm]ember|[Mm]ember of [Tt]he [Tt]rust [Pp]roject)\.?$|^Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground\.?$|^WIRED is where tomorrow is realized\. It is the essential source of information and ideas that make sense of a world in constant transformation\b.{0,400}$/u;
/**
 * The typo-report widget's notice that Ukrainian, Russian and other Eastern European sites print under every story (probe r33,
 * Ukrainska Pravda: "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це
 * редакцію.", "if you spotted an error, select the text and press Ctrl + Enter"): the key chord and an error, in any language. A
 * story about a shortcut names no error ("Press Ctrl+Enter to send the message.").
 */
/**
 * A Vietnamese news site's licence line in its footer, which the law requires of every one (probe r34, Tuổi Trẻ: "Giấy phép hoạt
 * động báo điện tử số 561/GP-BTTTT ngày 16-8-2019"): the licence's name, then its number under the ministry's "GP-" code.
 */
const PRESS_LICENCE = /^giấy phép (?:hoạt động )?(?:báo (?:điện tử|in)|thiết lập trang thông tin điện tử(?: tổng hợp)?) [^.!?]{0,60}\bsố \d{1,5}\/GP-[\w-]{2,12}/iu;
/**
 * The credit of SyndiGate, the syndication platform that carries Middle Eastern papers' stories onto other sites, closing each
 * story it delivered (aeb train page 833caf3b…, The New Arab: "Via SyndiGate.info" over "Copyright @ 2019 The New Arab.").
 */
const SYNDICATION_CREDIT = /^(?:via|provided by|distributed by) syndigate(?:\.info)?\.?$/i;
const CTRL_ENTER = /\bctrl ?\+ ?enter\b/iu;
const ERROR_WORD = /\b(?:errors?|mistakes?|typos?)\b|помилк|ошибк|опечатк|chyb|błąd|błęd|hib[áa]|greșeal|greşeal|λάθος|грешк|napak/iu;
const MAX_WORDS = 40;

/** A footer that opens with its copyright may go on with the terms of use at any length (Condé Nast's, 80 words). */
const OPENS_WITH_COPYRIGHT = /^(?:[©ⓒ]|\([cс]\)|copyright\b)/u;

/**
 * What a page's last line says and a picture credit ("photos © Inexhibit, 2018", aeb train) does not:
 * it opens with its copyright, names it ("IPSO Regulated Copyright ©2019 Express Newspapers"), or
 * reserves the rights.
 */
const PAGE_END_MARK = /\bcopyright ?(?:[©ⓒ]|\([cс]\)|\d{4}|@ ?\d{4})|reserv|réserv|vorbehalten|förbehållna|zastrzeżone|saklıdır|dilindungi|bản quyền|저작권|전재|محفوظة/u;

/**
 * A page's copyright line ("© 2019 Cleveland.com. All rights reserved (About Us).", "© 2019 Cable
 * News Network…", "© 2019 Condé Nast. All rights reserved. Use of this site constitutes…"): the
 * page ends here, so in a file a scraper wrote from several pages what follows belongs to the next.
 */
export function isPageEndCopyright(text: string): boolean {
  const lower = text.toLowerCase();
  if (!COPYRIGHT.test(lower)) return false;
  const opens = OPENS_WITH_COPYRIGHT.test(lower);
  if (!opens && !PAGE_END_MARK.test(lower)) return false;
  return opens || wordCount(text) <= MAX_WORDS;
}

export const rule: LineRule = {
  kind: 'line',
  id: 'copyright-footer',
  category: 'legal',
  description: 'Copyright and legal footer lines ("© 2019 …", "All rights reserved", "Privacy Policy", "Terms of Use").',
  englishOnly: false,
  match(text) {
    if (REUSE_NOTICE.test(text)) return { reason: 'copyright or citation notice' };
    if (wordCount(text) > MAX_WORDS) return null;
    if (COPYRIGHT.test(text.toLowerCase())) return { reason: 'copyright line' };
    if (EXTERNAL_LINKS.test(text)) return { reason: 'external-links disclaimer' };
    if (STANDARDS_POINTER.test(text)) return { reason: 'pointer to the outlet\'s standards' };
    if (CTRL_ENTER.test(text) && ERROR_WORD.test(text)) return { reason: 'typo-report notice' };
    if (LEGAL_LINK.test(text)) return { reason: 'legal footer link' };
    if (PRESS_LICENCE.test(text)) return { reason: 'press licence line' };
    if (SYNDICATION_CREDIT.test(text)) return { reason: 'syndication credit' };
    return null;
  },
  examples: {
    source: 'aeb page scan (copyright family in 155 of 181 pages; "privacy policy", "terms of use", "contact us"); aeb page 9da36ae4…, c82b3d1d…',
    remove: [
      // Probe r34, a made-up Tuổi Trẻ page: the licence line of its footer.
      'Giấy phép hoạt động báo điện tử số 561/GP-BTTTT ngày 16-8-2019',
      // Probe r33, a made-up page in the shape of Ukrainska Pravda's live page; the same notice in Russian and English.
      'Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.',
      'Если вы заметили ошибку, выделите ее и нажмите Ctrl+Enter.', 'Found a typo? Select it and press Ctrl+Enter.',
      // Probe r26, made-up pages in the shape of the South China Morning Post and Newsweek.
      'Why you can trust SCMP',
      'Newsweek Is A Trust Project Member',
      // Probe r27, a made-up page in the shape of the Globe and Mail.
      'Report an editorial error',
      'Report a technical issue',
      'Editorial code of conduct',
      'Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.',
      'WIRED is where tomorrow is realized. It is the essential source of information and ideas that make sense of a world in constant transformation.',
      'Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지',
      'Copyright (с) ООО «Хёрст Шкулёв Паблишинг», 2019.',
      // Der Spiegel's footer, as its pages print it.
      'Vervielfältigung nur mit Genehmigung',
      // Hürriyet's, Yonhap's and VnExpress's footers, as their pages print them.
      'Tüm hakları saklıdır. Bu sitede yayımlanan haberlerin ve fotoğrafların izinsiz kullanılması, kaynak gösterilmeden alıntılanması yasaktır.',
      '‹저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지›',
      '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
      '® VnExpress giữ bản quyền nội dung trên website này.',
      'Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved', '© 2019 The Associated Press. All rights reserved.', 'Privacy Policy', 'Terms of Use',
      // aeb container e1c702… (phys.org).
      'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.',
      // The New York Times' print note and Reuters' footer, as their pages print them.
      'A version of this article appears in print on Dec. 5, 2023, Section B, Page 3 of the New York edition with the headline: Oil Prices Fall as Traders Doubt OPEC’s Resolve.',
      'Acquire Licensing Rights, opens new tab',
      'Our Standards: The Thomson Reuters Trust Principles.',
      // The New Arab's footer as SyndiGate delivers it, the copyright written with "@", and Reuters' line without its space (aeb
      // train pages 833caf3b…, 57d46c9d…).
      'Via SyndiGate.info', 'Copyright @ 2019 The New Arab.', 'Our Standards:The Thomson Reuters Trust Principles.',
      // NDTV's note under wire copy, as its pages print it.
      '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
      // Probe r34: ThePrint's note under PTI copy; the same note without NDTV's opening clause.
      'This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.',
      'This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.',
      // Kompas' syndication note, as its partner sites print it.
      'Artikel ini telah tayang di Kompas.com dengan judul "Harga Cabai Rawit di Semarang Tembus Rp 90.000"',
      'Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://phys.org/news/2019-11-hibernating-astronauts-smaller-spacecraft.html',
      // Fox News' footer and ABC News Australia's agency note, as their pages print them (probes r23-en, made-up pages).
      'This material may not be published, broadcast, rewritten, or redistributed. ©2024 FOX News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset. Powered and implemented by FactSet Digital Solutions. Legal Statement. Mutual Fund and ETF data provided by Refinitiv Lipper.',
      'This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.',
      // A footer link beside "Advertising" on aeb train pages 9cb8224b… (Billboard), 5caf91b8…, aec5deea… (probe r25: taken by the
      // classifier before; once "Advertising" under it went by rule, the classifier kept it).
      'About Our Ads',
      // The BBC's and RTÉ's footers, as their pages print them (probe r25, a made-up page in the shape of RTÉ).
      'The BBC is not responsible for the content of external sites.',
      'Read about our approach to external linking.',
      "RTÉ.ie is the website of Raidió Teilifís Éireann, Ireland's National Public Service Media. RTÉ is not responsible for the content of external internet sites.",
    ],
    keep: ['Via SyndiGate, the paper reached readers in 12 countries.', 'Copyright @ the heart of the dispute, lawyers said.', 'Email the author @ 2019 addresses.', 'Press Ctrl+Enter to send the message, the guide says.', 'Натисніть Ctrl + Enter, щоб надіслати повідомлення.', 'Why you can trust Biden on trade', 'Why you can trust your gut', 'Report an error in the count, the clerk urged voters.', 'Editorial code of conduct breaches rose last year.', 'The paper is a member of the Trust Project, its editor said.', 'The council is not responsible for the content of external sites, the judge ruled, but it must remove the link.', '그는 기사를 무단 전재한 혐의로 기소됐다.', 'Tüm haklarını savunacağını söyleyen bakan, yasanın değişeceğini açıkladı.', 'Tác giả giữ bản quyền tác phẩm trong 50 năm sau khi qua đời.', 'The copyright dispute went to the Supreme Court in 2019.', 'This article is subject to copyright law in some countries, the court found, but not in others.', 'The network said the material may not be published again until the court rules.', 'There were wins too.', 'This report is auto-generated from sensor data every hour, the agency said, and no one checks it.', 'Giấy phép hoạt động của công ty đã bị thu hồi vào tháng trước.'],
  },
};
