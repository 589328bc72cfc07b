import { OTHER_FULL_STOPS } from '../text/sentence-end.js';
import { toAsciiDigits } from '../text/unicode.js';
import type { LineRule, Verdict } from './types.js';
import { wordCount } from './helpers.js';

/**
 * Bylines and timestamp lines: "By Jane Doe", "Published 12:35 PM EST Nov 19, 2019",
 * "Updated: 20 November 2019", "2019-11-20 10:12:00 Marcus de Guzman", "Tempo de leitura: 1 minuto".
 */
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]oor|[Aa]v|[Oo]leh) \p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,5}(?:,? (?:and|&|e|y|und|et) \p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3})?$/u;
const STAMP =
  /^(?:published|updated|posted|last updated|last modified|first published|created|modified|publicado|atualizado|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|julkaistu|päivitetty|actualizado|publiceret|opdateret|yayınlanma|güncelleme|giriş|opublikowano|publikacja|aktualizacja|diperbarui|cập nhật|aktualizováno|publikováno|نشر في|نشر بتاريخ|آخر تحديث|פורסם|עודכן)(?![\p{L}\p{N}]):? ?(?:on |at )?[\p{L}\p{N} ,.:/|-]{0,60}\d[\p{L}\p{N} ,.:/|+()-]{0,40}$/iu;
/**
 * "2019-11-20 10:12:00", and with slashes or dots and a word after it: Yonhap's "2024/04/02 10:15 송고"
 * ("sent"), also with the word glued before it ("송고2024-04-02 10:15").
 */
const ISO_STAMP = /^(?:송고|입력|수정)?\d{4}([-/.])\d{2}\1\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?: [\p{L}.'’ -]{0,40})?$/u;
/** The author's name before the stamp: "Jose Altoveros 2019-11-20 14:35:08". */
const NAME_THEN_ISO_STAMP = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} \d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?$/u;
/**
 * "November 19, 2019 at 5:10 pm", "Nov. 20, 2019, 9:28 AM UTC", "19 November 2019"; news.com.au's "March 12, 2026 - 3:04PM"
 * and Sky Sports' "Sunday 8 March 2026 18:32, UK" (probe r25); Yle's "7.12.2026 klo 08:15" (Finnish "klo", "o'clock"; probe r32).
 */
const DATE_LINE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[A-Za-z]*\.?,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[A-Za-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[A-Za-z]*\.?,? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,? (?:at |klo |[-–] )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?:,? [A-Za-z]{2,4})?)?$/i;
/**
 * The same in Portuguese and Spanish, weekday first: "segunda-feira, 22 de janeiro de 2018 às 0:13",
 * "martes, 19 de noviembre de 2019 a las 10:30"; and as El Tiempo prints it, without the second "de" and with the clock's
 * "a. m." after a comma (probe r32): "07 de diciembre 2026, 08:30 a. m.".
 */
const ROMANCE_DATE_LINE =
  /^(?:(?:(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes),? )?\d{1,2} de \p{L}{3,10}(?: de)? \d{4}(?:(?:,? (?:às|as|a las|a la) |, )\d{1,2}[:h]\d{2}(?: [ap]\. ?m\.)?)?$/iu;
/**
 * Hungarian writes the year first, then the month's name and the day, each number closed by a full stop (probe r32, Telex):
 * "2026. december 7. – 09:41". A sentence goes on after the day ("2026. december 7-én a kormány…").
 */
const HUNGARIAN_DATE_LINE = /^\d{4}\. \p{Ll}{3,12} \d{1,2}\.(?:,? (?:[–-] )?\d{1,2}:\d{2})?$/u;
/**
 * Le Monde's stamp on the day of publication and the day after, relative (probe r26): "Publié aujourd’hui à 05h30, modifié à
 * 08h12", "Publié hier à 18h05". The clock is the stamp's: "Publié hier, le rapport…" goes on as a sentence.
 */
const FRENCH_RELATIVE_STAMP =
  /^(?:publié|modifié|mis à jour) (?:aujourd['’]hui|hier) à \d{1,2}h\d{2}(?:, (?:modifié|mis à jour) (?:(?:aujourd['’]hui|hier) )?à \d{1,2}h\d{2})?$/iu;
/**
 * A byline with the reporter's place and role in brackets, as Le Monde prints its correspondents' (probe r26): "Par Flora
 * Genoux (Buenos Aires, correspondante)". Two to four capitalised name words before the brackets, nothing after them.
 */
const BYLINE_WITH_PLACE = /^(?:[Bb]y|BY|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} \([^()]{2,60}\)$/u;
/** French: "Publié le 10 octobre 2024 à 18h05", "modifié le 11 octobre 2024 à 07h12" (Le Monde prints both on one line). */
const FRENCH_DATE_LINE = /^(?:publié|mis à jour|modifié|actualisé)(?: le)? \d{1,2}(?:er)? \p{L}{3,10} \d{4}(?:,? à \d{1,2}h\d{2})?$/iu;
/**
 * A Vietnamese story's signature under its last paragraph, the reporters' names in capitals (probe r34, Tuổi Trẻ: "NGUYỄN HIỀN";
 * two reporters parted by a dash, "NGUYỄN HIỀN - THU HÀ"). Two to four words a name, and a letter only Vietnamese writes
 * (Ă Đ Ơ Ư, or a vowel with its tone mark from the Latin Extended Additional block), so a heading in capitals in another
 * language stays: Â, Ê and Ô are Portuguese and French too (aeb train page f6ac15a4's menu, "LICITAÇÕES E CONVÊNIOS").
 */
const VIETNAMESE_SIGNATURE = /^\p{Lu}+(?: \p{Lu}+){1,3}(?: [-–] \p{Lu}+(?: \p{Lu}+){1,3})?$/u;
const VIETNAMESE_CAPITAL = /[ĂĐƠƯ\u1EA0-\u1EF8]/u;
/** VnExpress's stamp, weekday first: "Thứ ba, 9/4/2024, 08:30 (GMT+7)". */
const VIETNAMESE_DATE_LINE = /^(?:Thứ (?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật),? \d{1,2}\/\d{1,2}\/\d{4}(?:,? \d{1,2}:\d{2})?(?: \(GMT[+-]\d{1,2}\))?$/iu;
/** g1's stamp with its update: "08/04/2024 06h02 Atualizado há 3 horas". */
const G1_STAMP = /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}h\d{2}(?: [Aa]tualizad[oa] (?:há \d{1,3} \p{L}{3,8}|em \d{1,2}\/\d{1,2}\/\d{4}(?: \d{1,2}h\d{2})?))?$/u;
/**
 * A stamp by the day's name and the time, perhaps with its update after a bullet or a bar: "Vandaag,
 * 11:03", "Vandaag, 07:42 • Aangepast vandaag, 09:15" (NOS), "Idag 14:05", "Heute, 10:12 Uhr", "Today, 11:05
 * am", "Today 1:20 pm" (the Times of Israel's live blog). A live blog's entry times ("16.40 GMT", AP's "4:14
 * p.m.") name no day and stay: the aeb gold keeps them.
 */
const RELATIVE_DAY = String.raw`(?:today|yesterday|vandaag|gisteren|idag|igår|i går|heute|gestern|hoje|ontem|hoy|ayer|oggi|ieri|aujourd['’]hui|hier|bugün|dün|dziś|dzisiaj|wczoraj|hôm nay|hôm qua|hari ini|kemarin|오늘|어제)`;
const RELATIVE_STAMP_PART = new RegExp(
  String.raw`^(?:(?:updated|aangepast|bijgewerkt|uppdaterad|aktualisiert|atualizado|actualizado|mis à jour|aggiornato|güncellendi) )?${RELATIVE_DAY},? (?:(?:om|kl\.?|at|um|às|a las|à|alle|saat) )?\d{1,2}[:.h]\d{2}(?: Uhr| ?[ap]\.?m\.?)?$`,
  'iu',
);
/**
 * The story's stamp counted back from the page's fetch, under its label: Persian "به‌روزشده ۲ ساعت پیش" ("updated 2
 * hours ago"; its digits read as ASCII), as English "Updated 3 hours ago" goes by STAMP. Without a label ("32M ago",
 * "15 hours ago") the age stamps a teaser list's rows or a live blog's entries: as a byline it made the headline
 * under it a new story's (aeb 7a664e40 and e1c7023e split in two, a teaser kept), so the classifier takes those.
 */
const RELATIVE_AGE = /^(?:به(?:\u200C| )?روز ?شده|منتشر ?شده):? \d{1,3} (?:ثانیه|دقیقه|ساعت|روز|هفته) پیش$/u;
/** A stamp and its update side by side: "Vandaag, 07:42 • Aangepast vandaag, 09:15", "نشر في: … | آخر تحديث: …". */
const STAMP_SEPARATOR = / [•|·] /u;
/**
 * A stamp whose label the flattening glued to the date (probe r28, Mint: "Published7 Dec 2026, 11:32 AM IST"): read with a
 * space put back. The label is one of the stamp words that `STAMP` reads, the date follows at once.
 */
const GLUED_STAMP_LABEL = /^(published|updated|posted|last updated)(?=\d)/i;
/**
 * A live post's footer, the author's name glued to the post's date and time (probe r28, The Independent's live blog: "Tom
 * Beresford7 December 2026 14:50"): two to four capitalised words, the last closing in a lowercase letter, a digit at once,
 * and a whole stamp after it. A sentence never glues a word to a number.
 */
const NAME_GLUED_TO_STAMP = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}(?<=\p{Ll})(?=\d)/u;
/**
 * The clock before the date (probe r28, Stuff: "06:52, Dec 07 2026"; "6:52 pm, December 7, 2026"): the time, a comma, then a
 * month's name, its day and the year closing the line.
 */
const CLOCK_THEN_DATE =
  /^\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?(?:,| ·)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[A-Za-z]*\.? \d{1,2},? \d{4}$/i;
const CLOCK = /\d{1,2}[:.h]\d{2}/u;
/**
 * A Ukrainian or Russian stamp label ("updated", "published") over a clock time or a whole date (probe r33, Ukrainska Pravda's
 * live page: "Оновлено: 11:40"). Not in `STAMP`, which lets words follow the date: "Оновлено 2024 року було понад 300 мостів."
 * ("In 2024, over 300 bridges were renewed") is a sentence.
 */
const CYRILLIC_STAMP_LABEL = /^(?:оновлено|опубліковано|обновлено|опубликовано):? /iu;
const CLOCK_ONLY = /^\d{1,2}:\d{2}$/u;
const READING_TIME = /^(?:\d{1,3} min(?:ute)?s?\.?(?: read)?|reading time(?:: ?| ).{0,20}|tempo de leitura:? .{0,20}|lesezeit:? .{0,20}|temps de lecture:? .{0,20}|lecture:? \d{1,3} ?min\.?|lesedauer:? .{0,20}|lectura:? \d{1,3} ?min\.?|tiempo de lectura:? .{0,20}|tempo di lettura:? .{0,20}|leestijd:? .{0,20}|\d{1,3} (?:min|minutes?) (?:de )?leitura|\d{1,3} (?:min\.?|minuti|minutos|minutes) (?:di lettura|de lectura|de lecture))$/i;
/**
 * A listen bar's label with the recording's length (probe r26, Der Spiegel: "Artikel zum Hören • 4 Min", "Artikel anhören • 3
 * Min"; the Irish Times: "Listen | 4:12"): the button's words, a separator, then minutes or a clock length closing the line.
 */
const LISTEN_TIME =
  /^(?:artikel (?:anhören|zum hören)|listen(?: to (?:this|the) (?:article|story))?|écouter(?: (?:cet|l['’])article)?|escuchar(?: (?:este )?artículo)?|ascolta(?: l['’]articolo)?|ouvir(?: (?:o|este) artigo)?) ?[•·|:–-]? ?\d{1,3}(?::\d{2}| ?(?:min\.?|minutes?|minuten|minutos|minuti))$/iu;
/**
 * The age notice over an old story, as the Guardian and Forbes print it under the headline: "This article is more than
 * 2 years old". The page's own words about "this article"; a story says how old a thing is, not that it is "more than
 * N years old" as a whole line about itself.
 */
const ARTICLE_AGE = /^this (?:article|story|content|page) is (?:more|older) than (?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:years?|months?|weeks?|days?) old\.?$/i;
/** A reading time joined to the stamp before it (Yahoo Finance): "Sun, Jun 23, 2024, 6:15 AM 4 min read". */
const JOINED_READING_TIME = / \d{1,3} min(?:ute)?s? read$/i;
/**
 * A newsroom's credit alone on its line, in place of a byline (ANSA): "Redazione ANSA", "Redazione Esteri"; El Tiempo's "Redacción
 * Bogotá" and the Portuguese "Redação" (probe r32). The
 * desk's name is one to three capitalised words; "Redazione" opening a sentence goes on in lowercase. Indian papers credit
 * their own service or bureau the same way (probe r31, the Deccan Herald): "DH News Service", "Express News Service", "The Hindu
 * Bureau"; a capitalised name and the desk's noun, nothing else.
 */
const NEWSROOM_CREDIT = /^(?:Redazione|Redacción|Redação)(?: \p{Lu}[\p{L}.'’-]*){1,3}$|^(?:The )?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,2} (?:News Service|News Desk|Web Desk|News Network|Bureau)$/u;
/**
 * Romanian sites print the byline with a lowercase "de" ("by") before two to four capitalised name words (probe r32, HotNews:
 * "de Andrei Popescu"). Not in `BYLINE`, which lets lowercase words follow the name: "de Madrid a Barcelona" is a heading's.
 */
const LOWERCASE_DE_BYLINE = /^de \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}$/u;
/** A byline under its label: "Author: Rachel Kim", "Authors: Ana Ruiz and Tom Reed", "Autore: Marco Rossi". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
/**
 * A name in a script without capitals, under an English label (Hindi sites): "Written By: अंकित शर्मा". Devanagari's
 * vowel signs are marks, not letters.
 */
const CASELESS_NAME = String.raw`\p{Lo}[\p{Lo}\p{M}]*\.?(?: \p{Lo}[\p{Lo}\p{M}]*\.?){0,3}`;
/** A newsroom's credit whose outlet name opens with its channel number (local TV): "5 On Your Side Staff", "11Alive Staff". */
const NUMBERED_STAFF = String.raw`\p{N}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,4} (?:Staff|Team|Desk|Newsroom)`;
const BYLINE_NAME = `(?:${NAME}|${CASELESS_NAME}|${NUMBERED_STAFF})`;
const LABELLED_BYLINE = new RegExp(
  String.raw`^(?:[Aa]uthors?|[Rr]eporters?|[Ss]tory by|[Ww]ords by|[Ww]ritten [Bb]y|[Aa]utor(?:in|es|a)?|[Aa]uteurs?|[Aa]utori?|[Aa]uteur\(e\)s?|Автор|Szerző|எழுத்தாளர்|লেখক) ?: ${BYLINE_NAME}(?:(?:,| and| &| e| y| und| et) ${BYLINE_NAME})*$`,
  'u',
);
/**
 * A byline with its date or its comment count, as teaser lists print them under each headline:
 * "by Surur on November 19, 2019", "by Rahul 0".
 */
const BYLINE_ON = / on (?=[\p{L}\d])/u;
const TRAILING_COUNT = / \d{1,4}$/;
/** The author's address after the byline, in brackets, as the Korea JoongAng Daily closes its stories: "BY LEE JAE-LIM [lee.jaelim@joongang.co.kr]" (probe r31). */
const TRAILING_EMAIL = / [[(<][\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}[\])>]$/;
/**
 * A stamp in brackets, as the Deccan Herald closes its stories: "(Published 07 December 2026, 09:40 IST)" (probe r31). Only with
 * its clock time: an editor's note in brackets, "(Published Monday, Nov. 18, 2019)", is part of the story (aeb train 51d066b0's gold).
 */
const BRACKETED = /^\((.+)\)$/u;
/** The author's name, a dash and the stamp, perhaps a comment count: "Stephen Clarke – Mar 12, 2025 4:36 pm | 142". */
const NAME_DASH = new RegExp(String.raw`^${NAME} [–—-] `, 'u');
const COMMENT_COUNT = / \| \d{1,5}$/;
/** "Posted 5h ago5 hours agoTue 11 Mar 2025 at 7:02pm, updated 2h ago…": a stamp and its update in one line. */
const UPDATE_CLAUSE = /, (?=(?:updated|modified|last updated|aktualisiert|mis à jour|modifié|aggiornato|atualizado|actualizado)(?!\p{L}))/iu;
/**
 * The update's label right after the stamp, with only a space between them, as Al Arabiya prints its stamps (probe r34: "نشر في:
 * 07 ديسمبر ,2026: 09:15 ص GST آخر تحديث: 07 ديسمبر ,2026: 11:30 ص GST") and Nexstar's stations both stamps on one line ("Posted:
 * Dec 7, 2026 / 08:14 AM CST Updated: Dec 7, 2026 / 10:32 AM CST"). The label takes its colon; each part must be a stamp.
 */
const GLUED_UPDATE_LABEL = / (?=(?:updated|last updated|modified|آخر تحديث):)/iu;
/**
 * A date in any language's words, day first, with a time or an edit note: "14 marzo 2025 (modifica il
 * 14 marzo 2025 | 21:05)", "12. März 2025, 18:04 Uhr", "4 mars 2025 à 10h32", and Le Parisien's "Le 7 décembre 2026 à
 * 11h42" with its article (probe r30); Ukrainian and Russian close the year with "р." / "г." and put "о" / "в" before the
 * clock, as a Telegram post embedded in a live blog prints its stamp (probe r33): "7 грудня 2026 р. о 10:41". The whole line is the date.
 */
const DAY_MONTH_YEAR =
  /^(?:\p{L}{2,12},? )?\d{1,2}\.? \p{L}{3,10}\.? \d{4}(?: [рг]\.)?(?:,? (?:(?:ore|alle|à|um|om|a las|às|о|в) )?\d{1,2}[:.h]\d{2}(?: Uhr)?)?(?: \([\p{L} ]{2,20} \d{1,2}\.? \p{L}{3,10}\.? \d{4}(?: ?[|,] ?\d{1,2}[:.h]\d{2})?\))?$/u;
/**
 * A date in two calendars, the local one first: "۲۱ آذر ۱۴۰۲ - ۱۲ دسامبر ۲۰۲۳" (Persian solar and Gregorian),
 * "12 رمضان 1445 - 22 مارس 2024" (Hijri and Gregorian). The years lie 500 or more apart (Buddhist and
 * Gregorian, the closest pair, 543): two dates of one calendar are a range, a story's ("29 November 2018 –
 * 20 January 2019"), or a life's, under 500 years.
 */
const DATE_PAIR_SEPARATOR = / [-–—|] /u;
const YEAR = /\d{4}/u;
const MIN_CALENDAR_GAP_YEARS = 500;
/** The New York Times' place line under the byline: "Reporting from Washington", "Reporting from Kyiv, Ukraine". */
const REPORTING_FROM = /^[Rr]eporting from \p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,4}$/u;
/** A byline with the author's role after it (The Verge): "By Chris Welch, a reviewer specializing in personal audio and home theater." */
const BYLINE_WITH_ROLE = /^By \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}, an? \p{Ll}[^.!?]{2,90}\.?$/u;
/**
 * The same byline with the rest of the author's bio after it (The Verge): "By Chris Welch, a reviewer specializing in
 * personal audio and home theater. Since 2011, he has published over 5,000 articles." The role is a newsroom's noun,
 * a participle or a preposition after it, never a verb ("By Christmas Eve, a local reporter found the boy." is a
 * story's, as is "…, a senior editor at the paper had resigned."), and each sentence after it speaks of the author
 * ("He…", "Since 2011, she…"), quoting no one.
 */
const NEWSROOM_ROLES = ['reviewer', 'editor', 'writer', 'reporter', 'correspondent', 'journalist', 'columnist', 'contributor', 'critic', 'producer', 'analyst', 'photographer', 'videographer', 'host', 'anchor'];
const NEWSROOM_ROLE = `(?:${NEWSROOM_ROLES.join('|')})s?`;
/** The same nouns capitalised or not ("Football Writer", "Sports reporter"), for a pattern that reads capitals elsewhere. */
const NEWSROOM_ROLE_EITHER_INITIAL = `(?:${NEWSROOM_ROLES.map((role) => `[${role[0]!.toUpperCase()}${role[0]}]${role.slice(1)}`).join('|')})s?`;
const BYLINE_WITH_BIO = new RegExp(
  String.raw`^By \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}, an? (?![^.!?]*\b(?:had|has|have|was|were|is|are|did|does|will|would|could|said|says)\b)(?:[\p{Ll}-]+ ){0,3}${NEWSROOM_ROLE}(?:(?: (?:covering|specializing|specialising|focusing|focused|based|who|at|for|with|in|on|of|from|and)\b|,)[^.!?"“”]{1,120})?\.(?: (?:(?:Since|In) (?:19|20)\d\d, )?(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b[^.!?"“”]{2,160}\.){1,2}$`,
  'u',
);
const MAX_BIO_BYLINE_WORDS = 70;
/**
 * A byline under its "By:" label with the author's role after a dash and the handle after a slash (probe r28, Inquirer.net:
 * "By: Jean Mangaluz - Reporter / @JMangaluzINQ", "By: Delta Dyrecka Letigio - Inquirer.net Correspondent / @dyreckaletigio").
 * Two to four capitalised name words, then up to three words and a newsroom role: "By: then, the mayor - a reporter…" is no name.
 */
const BYLINE_ROLE_HANDLE = new RegExp(
  String.raw`^(?:[Bb]y|BY):? \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} [-–—] (?:[\p{L}.'’-]+ ){0,3}${NEWSROOM_ROLE_EITHER_INITIAL}(?: / @[A-Za-z0-9_]{2,30})?$`,
  'u',
);
/**
 * The author's role and social handle under the name: "Football Writer @BenHarrisSky" (Sky Sports; probe r25). The words
 * before the role are its desk, capitalised: without the i flag, so that an embedded post's "Huge congratulations to
 * photographer @amyjones" stays.
 */
const ROLE_WITH_HANDLE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]* ){0,3}${NEWSROOM_ROLE_EITHER_INITIAL} @[A-Za-z0-9_]{2,30}$`, 'u');
/**
 * The author's name and role on one line without "By", as The Guardian prints them under the headline (probe r29): "Helena
 * Horton Environment reporter", "Pippa Crerar Political editor". Two to four capitalised name words, the desk in sentence
 * case (its first word capitalised, at most two lowercase words after it), then the role in lowercase: a title-case
 * subheading ("Meet The New Sports Editor") capitalises the role, and a sentence goes on past it.
 */
const NAME_WITH_ROLE = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} \p{Lu}\p{Ll}+(?: \p{Ll}[\p{Ll}-]*){0,2} ${NEWSROOM_ROLE}$`, 'u');
/**
 * The role line under a byline, the outlet's name before the desk and the role in lowercase, as American papers print it (probe
 * r31): "Seattle Times transportation reporter", "Times staff writer". The desk is one or two lowercase words, none a small
 * joining word (aeb train pages' "Become a contributor", "Feedback to editors" are buttons); a heading that opens with an article
 * or a pronoun ("The new editor", "Our man in Kyiv") is not an outlet.
 */
const OUTLET_WITH_ROLE = new RegExp(String.raw`^(?!(?:The|A|An|Our|My|Meet|Dear|Former|Ex) )\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}(?: (?!(?:a|an|the|to|for|of|our|your|and|new)\b)\p{Ll}[\p{Ll}-]{2,}){1,2} ${NEWSROOM_ROLE}$`, 'u');
/**
 * The role line alone under a bare name, the desk in sentence case and the role in lowercase, as South African and British papers
 * print it (probe r33, TimesLIVE: "Liam Del Carme" over "Sport reporter"; "Political editor", "Chief political correspondent").
 * The desk is one word, perhaps after "Chief", "Senior" or "Deputy"; a heading that opens with an article, a pronoun or "New"
 * ("New editor named", "The editor") is not a desk.
 */
const DESK_ROLE = new RegExp(String.raw`^(?!(?:The|A|An|Our|My|Meet|Dear|Former|Ex|New|Guest|Letters?|More|Other|All|Top) )(?:(?:Chief|Senior|Deputy|Assistant) )?\p{Lu}\p{Ll}+(?: \p{Ll}{3,})? ${NEWSROOM_ROLE}$`, 'u');
/**
 * A byline with the author's paper, desk or role after a comma: "Por Luana Ribeiro, g1 Sul de Minas",
 * "Door Sanne Willemsen, verslaggever Limburg". The name has two to four capitalised words, and what
 * follows the comma is a name ("g1", "Reuters") or a role word before one, so "By Tuesday, markets had
 * fallen" is a sentence.
 */
const BYLINE_WITH_AFFILIATION = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Pp]or|[Dd]oor|[Vv]on|[Pp]ar|[Aa]v) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}, (?:\p{Lu}[\p{L}\p{N}&'’-]*|\p{Ll}{1,3}\d{1,3}|\p{Ll}{3,20}(?= \p{Lu}))(?: [\p{L}\p{N}&'’-]+){0,4}$`,
  'u',
);
/**
 * A stamp's or a byline's label alone on its line, its value on the next, as a page's metadata list flattens (probe r32, GOV.UK:
 * "Published" over "7 December 2026", "From:" over the department that issued the page). Whole line: the label's words open a
 * sentence only with more after them; "From" without its colon may be a heading's word.
 */
const BARE_STAMP_LABEL = /^(?:published|updated|last updated|first published|posted)(?: on)?:?$|^from:$/i;
/** A wire story's version note: "(Adds economist comment in 10th paragraph.)", "(Updates prices, adds analyst quote)". */
const UPDATE_NOTE = /^\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Refiles|Repeats|Fixes|Removes|Inserts)\b[^()]{0,100}\)\.?$/u;
const MAX_WORDS = 14;
/** Lowercase words of four letters or more: a stamp has almost none ("Published in 2019, the report found …" has three). */
const PROSE_WORD = /(?:^|\s)\p{Ll}{4,}/gu;
const MAX_PROSE_WORDS = 1;

/**
 * A wire credit closing a story: "Avec AFP", "Le Monde avec AFP", "dpa-AFX", "Mit Material von dpa",
 * "With Reuters", "(EFE)". The agency's name carries its capitals, so "with AP" in a sentence is not one.
 */
const AGENCY = String.raw`(?:AFP|AP|Reuters|dpa(?:-AFX)?|EFE|ANSA|Europa Press|Lusa|Belga|ANP|SDA|APA|KNA|epd|Xinhua|Kyodo|Yonhap|PTI|IANS|TASS|RIA Novosti|Interfax|ČTK|TASR|PAP|MTI)`;
const WIRE_CREDIT = new RegExp(
  String.raw`^\(?(?:(?:\p{Lu}[\p{L}'’-]*\s){0,3}(?:[Aa]vec|[Ww]ith|[Mm]it(?: [Mm]aterial von)?|[Cc]on|[Cc]om|[Mm]et)\s)?${AGENCY}(?:(?:,|\s(?:and|et|und|y|e|en))\s${AGENCY})*\)?\.?$`,
  'u',
);
/**
 * Czech sites close a story with the author's shorthand before the agency, in brackets: "(mno, ČTK)", "(jak, mno,
 * ČTK)". Each shorthand is two to four lowercase letters, so "(and, as ČTK reported, …)" is a sentence's.
 */
const INITIALS_WIRE_CREDIT = new RegExp(String.raw`^\((?:\p{Ll}{2,4}, ){1,3}${AGENCY}(?:, ${AGENCY})*\)$`, 'u');
/**
 * The desk's shorthand that PTI copy carries under its last paragraph, each editor's initials in capitals (probe r34, ThePrint:
 * "ABS SKU RHL RT"), three codes or more. Most codes have no vowel; a heading in capitals ("WHO WE ARE", "THE NEW ERA") is made
 * of words that do, and a menu's pair ("LIVE TV", "NCAA FB" on aeb train pages) is two words.
 */
const DESK_CODES = /^(?:[A-Z]{2,4} ){2,7}[A-Z]{2,4}$/;
const VOWEL = /[AEIOU]/;

function isDeskCodes(text: string): boolean {
  if (!DESK_CODES.test(text)) return false;
  const codes = text.split(' ');
  return codes.filter((code) => !VOWEL.test(code)).length * 2 >= codes.length;
}
/** A Chinese or Japanese credit line under the story: "责任编辑：王明", "（编辑：张三）", "記者：山田太郎". */
const CJK_CREDIT = /^[（(]?(?:责任编辑|責任編輯|编辑|編輯|編集|记者|記者|撰文|作者)[:：] ?[^\s。！？]{1,20}[)）]?$/u;
/** A Korean byline under the headline, the name before the title: "김민수 기자" ("reporter"), "박지영 특파원" ("correspondent"). */
const KOREAN_BYLINE = /^[가-힣]{2,4} (?:기자|특파원|선임기자|논설위원)$/u;

/**
 * A stamp under its label in Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Thai, Malay, Swahili and Filipino, or under
 * the English "Updated:" before a month in a script with vowel signs (Tamil, Bengali and Thai month names hold marks, which
 * `STAMP` does not read): "Оновлено: 21 березня 2024, 16:10", "প্রকাশ: ২৪ এপ্রিল ২০২৪, ১০: ৩০" (digits read as ASCII; Prothom
 * Alo prints a space after the clock's colon), "شائع 15 مئی 2024 11:20am", "Updated: மார்ச் 12, 2024 10:45 IST", "อัปเดตล่าสุด 12
 * มี.ค. 2567 14:05 น.". The date follows the label at once, a digit or a month name and a digit, and holds a year:
 * "প্রকাশ করা হয়েছে…" ("was published") is prose.
 */
const LOCAL_STAMP =
  /^(?:оновлено|опубліковано|publicat|actualizat|frissítve|publikálva|প্রকাশ|প্রকাশিত|আপডেট|হালনাগাদ|شائع|اپ ?ڈیٹ|updated|வெளியிடப்பட்டது|புதுப்பிக்கப்பட்டது|อัปเดต(?:ล่าสุด)?|เผยแพร่|ปรับปรุง(?:ล่าสุด)?|diterbitkan|dikemas ?kini|imechapishwa|ilisasishwa|inilathala|na-update)(?: (?:pada|on|la|el))?:? ?(?=\d|[\p{L}\p{M}.]{2,12},? \d)(?=.*\d{4})[\p{L}\p{M}\p{N} ,./:@-]{4,50}$/iu;
/** The German "as of" stamp under a headline: "Stand: 05.02.2025 09:47 Uhr" (tagesschau.de, ZDF). */
const AS_OF_STAMP = /^stand: \d{1,2}\.\d{1,2}\.\d{2,4}(?:,? \d{1,2}[:.]\d{2}(?: uhr)?)?$/iu;
/** A Spanish wire's place, date and clock under a headline: "Sevilla, 12 mar 2025 - 13:02 CET". */
const PLACE_DATE_STAMP = /^\p{Lu}[\p{L}.' -]{1,30}, \d{1,2} \p{L}{3,10}\.? \d{4}(?: -|,)? \d{1,2}:\d{2}(?: \p{Lu}{2,4})?$/u;
/** A Thai stamp, the month abbreviated with its dots and the year Buddhist: "12 มี.ค. 2567 10:30 น.". */
const THAI_DATE_LINE = /^\d{1,2} [\u0E01-\u0E4E.]{3,12} \d{4}(?: \d{1,2}[:.]\d{2}(?: น\.)?)?$/u;
/**
 * A byline without a name, the desk's: Bengali "নিজস্ব প্রতিবেদক" ("staff reporter", with its city after a comma), Urdu
 * "ویب ڈیسک" ("web desk"), Swahili "Na Mwandishi Wetu" ("by our correspondent"); and a Thai byline, "โดย" ("by") and a
 * name or desk of at most two spaced words ("โดย ทีมข่าวเศรษฐกิจ": Thai writes a sentence's words without spaces, so a
 * sentence opening with "โดย" runs longer).
 */
const DESK_BYLINE = /^(?:নিজস্ব (?:প্রতিবেদক|সংবাদদাতা)|ویب ڈیسک|اسٹاف رپورٹر|نمائندہ خصوصی|na mwandishi wetu|โดย [\u0E01-\u0E4E]{2,30}(?: [\u0E01-\u0E4E]{2,30})?)(?:, [\p{L}\p{M}]{2,20})?$/iu;

/**
 * "Updated at 1:23 p.m." ends in an abbreviation, not a sentence; so do El Tiempo's spaced "10:15 a. m." (probe r32) and a Thai
 * clock's "14:05 น." ("o'clock").
 */
const CLOCK_SUFFIX = /(?:\b[ap]\. ?m\.| น\.)$/i;

/** Hindi and Bengali end a sentence with a danda, Urdu with "۔". */
const SENTENCE_END = new RegExp(`[.!?${OTHER_FULL_STOPS}]$`, 'u');

function isSentence(text: string): boolean {
  return (SENTENCE_END.test(text) && !CLOCK_SUFFIX.test(text)) || (text.match(PROSE_WORD)?.length ?? 0) > MAX_PROSE_WORDS + 1;
}

/** A stamp and its update, split at the update's comma or at a bullet or bar: each part a stamp of its own. */
function isStampPair(parts: readonly string[]): boolean {
  return parts.length > 1 && parts.every((part) => wordCount(part) <= MAX_WORDS && isTimestamp(part));
}

/**
 * Split at a bullet or a bar, each part must also tell the time: "29 November 2018 | 20 January 2019" is
 * a story's list of dates (aeb 33fe2471's gold keeps it).
 */
function isClockedStampPair(parts: readonly string[]): boolean {
  return isStampPair(parts) && parts.every((part) => CLOCK.test(part));
}

/**
 * A credit line's leading parts before its stamp: the author's name, the outlet or the desk, capitalised words and their
 * small joining words ("Priya Chandra", "CBC News", "Press Trust of India").
 */
const CREDIT_PART = /^\p{Lu}[\p{L}.'’&-]*(?: (?:\p{Lu}[\p{L}.'’&-]*|of|the|and|for|de|du)){0,5}$/u;
/** At most an author, an outlet and a desk before the stamp. */
const MAX_CREDIT_PARTS = 3;
const MAX_CREDITED_STAMP_WORDS = 30;

/**
 * A byline and its stamp on one line, parted by bullets or bars: "Priya Chandra · CBC News · Posted: Mar 12, 2026 4:00 AM
 * CDT | Last Updated: 2 hours ago" (CBC), "India News | Press Trust of India | Updated: March 12, 2026 10:45 pm IST" (NDTV;
 * probe r25). The credits are capitalised names and the rest a stamp that names a year or a clock time.
 */
function isCreditedStamp(text: string): boolean {
  if (wordCount(text) > MAX_CREDITED_STAMP_WORDS) return false;
  const parts = text.split(STAMP_SEPARATOR);
  for (let credits = 1; credits <= MAX_CREDIT_PARTS && credits < parts.length; credits++) {
    if (!CREDIT_PART.test(parts[credits - 1]!)) return false;
    const stamps = parts.slice(credits);
    if (!stamps.some((part) => YEAR.test(part) || CLOCK.test(part))) continue;
    if (isTimestamp(stamps.join(' | ')) || stamps.every((part) => wordCount(part) <= MAX_WORDS && isTimestamp(part))) return true;
  }
  return false;
}

function isDatedByline(text: string): boolean {
  const on = BYLINE_ON.exec(text);
  return on !== null && BYLINE.test(text.slice(0, on.index)) && isTimestamp(text.slice(on.index + on[0].length));
}

function isCyrillicLabelledStamp(text: string): boolean {
  const label = CYRILLIC_STAMP_LABEL.exec(text);
  if (label === null) return false;
  const value = text.slice(label[0].length);
  return CLOCK_ONLY.test(value) || DAY_MONTH_YEAR.test(value);
}

function isTimestamp(text: string): boolean {
  return (
    (STAMP.test(text) && !isSentence(text)) ||
    ISO_STAMP.test(text) ||
    NAME_THEN_ISO_STAMP.test(text) ||
    DATE_LINE.test(text) ||
    ROMANCE_DATE_LINE.test(text) ||
    HUNGARIAN_DATE_LINE.test(text) ||
    FRENCH_DATE_LINE.test(text) ||
    DAY_MONTH_YEAR.test(text) ||
    CLOCK_THEN_DATE.test(text) ||
    VIETNAMESE_DATE_LINE.test(text) ||
    G1_STAMP.test(text) ||
    RELATIVE_STAMP_PART.test(text) ||
    RELATIVE_AGE.test(text) ||
    (LOCAL_STAMP.test(text) && !isSentence(text)) ||
    THAI_DATE_LINE.test(text) ||
    AS_OF_STAMP.test(text) ||
    PLACE_DATE_STAMP.test(text) ||
    isDualCalendarDate(text) ||
    isCyrillicLabelledStamp(text)
  );
}

function isDualCalendarDate(text: string): boolean {
  const parts = text.split(DATE_PAIR_SEPARATOR);
  if (parts.length !== 2 || !parts.every((part) => DAY_MONTH_YEAR.test(part))) return false;
  const [first, second] = parts.map((part) => Number(YEAR.exec(part)?.[0]));
  return Math.abs(first! - second!) >= MIN_CALENDAR_GAP_YEARS;
}

/** The reasons of {@link matchAlone} that name a byline or a stamp: one table, so a compound line's anchors cannot drift from them. */
const ANCHOR_REASON = {
  timestamp: 'timestamp line',
  byline: 'byline',
  creditedStamp: 'byline with its timestamp',
  glued: 'byline glued to its timestamp',
  bio: 'byline with the author\'s bio',
  roleAndHandle: 'byline with the author\'s role and handle',
} as const;

/** The rule's reading of a whole line, each shape alone (digits already ASCII). */
function matchAlone(text: string): Verdict | null {
  if (isStampPair(text.split(UPDATE_CLAUSE)) || isStampPair(text.split(GLUED_UPDATE_LABEL)) || isClockedStampPair(text.split(STAMP_SEPARATOR))) return { reason: ANCHOR_REASON.timestamp };
  if (isCreditedStamp(text)) return { reason: ANCHOR_REASON.creditedStamp };
  if (wordCount(text) <= MAX_BIO_BYLINE_WORDS && BYLINE_WITH_BIO.test(text)) return { reason: ANCHOR_REASON.bio };
  if (wordCount(text) > MAX_WORDS) return null;
  if (BYLINE.test(text) || LOWERCASE_DE_BYLINE.test(text) || DESK_BYLINE.test(text) || NEWSROOM_CREDIT.test(text) || CJK_CREDIT.test(text) || KOREAN_BYLINE.test(text) || BYLINE_WITH_ROLE.test(text) || BYLINE_WITH_AFFILIATION.test(text)) return { reason: ANCHOR_REASON.byline };
  if (BYLINE_ROLE_HANDLE.test(text)) return { reason: ANCHOR_REASON.roleAndHandle };
  if (ROLE_WITH_HANDLE.test(text)) return { reason: 'byline: the author\'s role and handle' };
  if (NAME_WITH_ROLE.test(text) || OUTLET_WITH_ROLE.test(text) || DESK_ROLE.test(text)) return { reason: 'byline: the author\'s name and role' };
  if (WIRE_CREDIT.test(text) || INITIALS_WIRE_CREDIT.test(text)) return { reason: 'wire credit' };
  if (isDeskCodes(text)) return { reason: 'wire desk codes' };
  if (VIETNAMESE_SIGNATURE.test(text) && VIETNAMESE_CAPITAL.test(text)) return { reason: 'byline: the reporters\' signature' };
  if (LABELLED_BYLINE.test(text) || BYLINE_WITH_PLACE.test(text)) return { reason: ANCHOR_REASON.byline };
  if (FRENCH_RELATIVE_STAMP.test(text)) return { reason: ANCHOR_REASON.timestamp };
  if (isDatedByline(text) || BYLINE.test(text.replace(TRAILING_COUNT, '')) || BYLINE.test(text.replace(TRAILING_EMAIL, ''))) return { reason: ANCHOR_REASON.byline };
  if (UPDATE_NOTE.test(text)) return { reason: 'wire update note' };
  if (REPORTING_FROM.test(text)) return { reason: 'byline: where the reporter filed from' };
  const glued = NAME_GLUED_TO_STAMP.exec(text);
  if (glued !== null && isTimestamp(text.slice(glued[0].length))) return { reason: ANCHOR_REASON.glued };
  if (isTimestamp(text) || (BRACKETED.test(text) && CLOCK.test(text) && isTimestamp(text.replace(BRACKETED, '$1'))) || isTimestamp(text.replace(GLUED_STAMP_LABEL, '$1 ')) || isTimestamp(text.replace(NAME_DASH, '').replace(COMMENT_COUNT, '')) || (JOINED_READING_TIME.test(text) && isTimestamp(text.replace(JOINED_READING_TIME, '')))) {
    return { reason: ANCHOR_REASON.timestamp };
  }
  if (BARE_STAMP_LABEL.test(text)) return { reason: 'timestamp or byline label over its value' };
  if (READING_TIME.test(text) || LISTEN_TIME.test(text)) return { reason: 'reading-time line' };
  if (ARTICLE_AGE.test(text)) return { reason: 'article age notice' };
  return null;
}

/**
 * A credit line that joins several parts, each a byline, a stamp or their companions, as site templates print them under the
 * headline (aeb train pages): "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM" (f344ca5f),
 * "Nov 19, 2019 at 6:46 pm ET • 2 min read" (9a440270), "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM" and "By Troy L.
 * Smith, Cleveland.com" (35b15891), "By admin - 2018-09-16" (33fe2471), "11/19/2019 by Lars Brandle" (9cb8224b), "Nov 19, 2019
 * at 9:08 GMT1 day ago" (aade2ec8), "Catherine Shu @catherineshu / 2 days" (1ace8c85). The line splits at its separators (a
 * bar, a bullet, a middle dot, a spaced dash or slash, a semicolon), before a byline's lowercase "by" after a date, before an
 * outlet's domain after a comma, and where an age is glued to the word before it; neighbouring pieces may join again, as a
 * stamp's own dash does ("March 12, 2026 - 3:04PM"). Every part must be one the rule reads alone ({@link matchAlone}) or a
 * companion that only counts beside one (an age, a handle, a blog engine's user name, an outlet's domain), and one part at
 * least a byline or a stamp that tells the time: "By Tuesday, the council had voted - and the mayor resigned" has a part that is
 * prose, and "29 November 2018 | 20 January 2019" is a story's list of dates (aeb train 33fe2471's gold keeps it).
 */
/** An outlet named by its domain: "Cleveland.com", "SyndiGate.info". */
const OUTLET_DOMAIN_SOURCE = String.raw`(?:www\.)?[\p{L}\p{N}-]{1,40}\.(?:com|net|org|info|news|co\.uk|com\.au|co|tv|ca|in)`;
const COMPOUND_SEPARATOR = new RegExp(
  String.raw`( [|•·/–—-] |; ?|, (?=${OUTLET_DOMAIN_SOURCE}$)|(?<=\d) (?=by \p{Lu})|(?<=\p{L})(?=\d{1,3} \p{L}{3,7} ago$))`,
  'u',
);
/** An age counted back from the page's fetch: "1 day ago", "2 days", "5h". Beside a byline or a stamp only (see `RELATIVE_AGE`). */
const AGE_PART = /^\d{1,3} ?(?:s|m|h|d|w|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?: ago)?$/i;
/** The author's name and social handle: "Catherine Shu @catherineshu". */
const NAME_WITH_HANDLE = new RegExp(String.raw`^${NAME} @[A-Za-z0-9_]{2,30}$`, 'u');
/** A blog engine's user name after "By", in lowercase: WordPress's default "By admin". */
const USER_NAME_BYLINE = /^[Bb]y [a-z][a-z0-9_.-]{2,30}$/u;
const OUTLET_DOMAIN = new RegExp(`^${OUTLET_DOMAIN_SOURCE}$`, 'iu');
/**
 * The verdicts of {@link matchAlone} that name a byline or a stamp; a role, a reading time, a label or a date without its clock
 * only goes beside one.
 */
const ANCHOR_REASONS = new Set<string>(Object.values(ANCHOR_REASON));
const MAX_COMPOUND_PIECES = 12;

/** How a part of a compound line reads: `anchor` for a byline or a stamp, `companion` for what goes only beside one, or null. */
function readPart(part: string): 'anchor' | 'companion' | null {
  if (NAME_WITH_HANDLE.test(part) || USER_NAME_BYLINE.test(part)) return 'anchor';
  if (AGE_PART.test(part) || OUTLET_DOMAIN.test(part)) return 'companion';
  const verdict = matchAlone(part);
  if (verdict === null) return null;
  if (verdict.reason === ANCHOR_REASON.timestamp) return CLOCK.test(part) ? 'anchor' : 'companion';
  return ANCHOR_REASONS.has(verdict.reason) ? 'anchor' : 'companion';
}

function matchCompound(text: string): Verdict | null {
  if (wordCount(text) > MAX_CREDITED_STAMP_WORDS) return null;
  // Pieces at even indices, the separators between them at odd ones.
  const split = text.split(COMPOUND_SEPARATOR);
  const pieces = (split.length + 1) / 2;
  if (pieces < 2 || pieces > MAX_COMPOUND_PIECES) return null;
  // reach[i]: how the first i pieces part, best first: 2 with an anchor among the parts, 1 without, 0 not at all.
  const reach = new Array<number>(pieces + 1).fill(0);
  const parts = new Array<number>(pieces + 1).fill(0);
  reach[0] = 1;
  for (let end = 1; end <= pieces; end++) {
    for (let begin = 0; begin < end; begin++) {
      if (reach[begin] === 0) continue;
      const kind = readPart(split.slice(begin * 2, end * 2 - 1).join('').trim());
      if (kind === null) continue;
      const state = kind === 'anchor' ? 2 : reach[begin]!;
      if (state > reach[end]! || (state === reach[end]! && parts[begin]! + 1 > parts[end]!)) {
        reach[end] = state;
        parts[end] = parts[begin]! + 1;
      }
    }
  }
  return reach[pieces] === 2 && parts[pieces]! >= 2 ? { reason: 'byline and timestamp in parts' } : null;
}

export const rule: LineRule = {
  kind: 'line',
  id: 'byline-timestamp',
  category: 'byline',
  description: 'A byline ("By Jane Doe", "Por X, g1 Sul de Minas", "Written By: अंकित शर्मा"), a publication or update timestamp line ("Publicerad 14.05", "Vandaag, 11:03", "Thứ ba, 9/4/2024, 08:30 (GMT+7)", "به‌روزشده ۲ ساعت پیش", "۲۱ آذر ۱۴۰۲ - ۱۲ دسامبر ۲۰۲۳"), a wire credit ("(mno, ČTK)"), or a reading-time line.',
  englishOnly: false,
  match(line) {
    // Persian, Arabic and Hindi stamps print their own digits: the patterns read them as ASCII.
    const text = toAsciiDigits(line);
    return matchAlone(text) ?? matchCompound(text);
  },
  examples: {
    source: 'aeb container scan and aeb page 264dc3…, 5a8229… ("published ##:## pm est nov ##, ####", "####-##-## ##:##:## marcus de guzman"), 23aaec…',
    remove: [
      // Compound credit lines, each part a byline, a stamp or a companion (aeb train pages f344ca5f, 9a440270, 35b15891, 33fe2471,
      // 9cb8224b, aade2ec8, 1ace8c85); the last a made-up byline over its role.
      'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM', 'November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM',
      'Nov 19, 2019 at 6:46 pm ET • 2 min read', 'Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM', 'By Troy L. Smith, Cleveland.com', 'By admin - 2018-09-16',
      '11/19/2019 by Lars Brandle', 'Nov 19, 2019 at 9:08 GMT1 day ago', 'Catherine Shu @catherineshu / 2 days', 'By Jane Doe | Staff writer',
      // Probe r34: Al Arabiya's stamp and its update glued on, a Nexstar station's two stamps, PTI's desk codes (ThePrint).
      'نشر في: 07 ديسمبر ,2026: 09:15 ص GST آخر تحديث: 07 ديسمبر ,2026: 11:30 ص GST',
      'Posted: Dec 7, 2026 / 08:14 AM CST Updated: Dec 7, 2026 / 10:32 AM CST',
      'ABS SKU RHL RT', 'KR NSD RT', 'NGUYỄN HIỀN', 'NGUYỄN HIỀN - THU HÀ',
      // Probe r24b, a made-up page in the shape of a Forbes contributor page; the Guardian prints the same notice.
      'This article is more than 2 years old.',
      'This article is more than 5 years old',
      // CBC's and NDTV's credit lines, the author or desk and the outlet before the stamp (probe r25, made-up pages).
      'Priya Chandra · CBC News · Posted: Mar 12, 2026 4:00 AM CDT | Last Updated: 2 hours ago',
      'India News | Press Trust of India | Updated: March 12, 2026 10:45 pm IST',
      // Sky Sports' line under the author's name (probe r25, made-up page).
      'Football Writer @BenHarrisSky',
      // The Guardian's name and role under the headline (probe r29, made-up page).
      'Helena Horton Environment reporter', 'Jessica Elgot Deputy political editor',
      // news.com.au's and Sky Sports' stamps under the byline (probe r25, made-up pages).
      'March 12, 2026 - 3:04PM',
      'Sunday 8 March 2026 18:32, UK',
      // The Seattle Times' role line, the Korea JoongAng Daily's closing byline, the Deccan Herald's desk credit and closing stamp (probe r31, made-up pages).
      'Seattle Times transportation reporter', 'Times staff writer', 'BY CHO JUNG-WOO [cho.jungwoo@joongang.co.kr]', 'DH News Service', 'Express News Service', 'The Hindu Bureau',
      '(Published 07 December 2026, 09:40 IST)',
      // NRK's stamps under the byline, in Norwegian ("published", "updated today"), and the same labels in Danish (probe r31).
      'Publisert 7. des. 2026 kl. 08:12', 'Oppdatert i dag kl. 10:03', 'Opdateret 7. dec. 2026 kl. 10.03',
      // Rzeczpospolita's stamp over its update (probe r31): "publication".
      'Publikacja: 07.12.2026 10:15',
      // Stamps and bylines of Yle ("published", "updated", "o'clock"), Telex, El Tiempo and HotNews (probe r32, made-up pages).
      '7.12.2026 klo 08:15', 'Päivitetty 7.12.2026 klo 10:40', 'Julkaistu 7.12.2026 klo 08:15', '2026. december 7. – 09:41',
      '07 de diciembre 2026, 08:30 a. m.', 'Actualizado: 07 de diciembre 2026, 10:15 a. m.', 'Redacción Bogotá', 'de Andrei Popescu',
      // GOV.UK's metadata list, the label over its date (probe r32); a Brazilian portal's desk credit, as Terra prints it.
      'Published', 'Last updated:', 'From:', 'Redação Terra',
      // Probe r33, made-up pages: Ukrainska Pravda's update stamp and the Telegram post's stamp in its live page, the Toronto
      // Star's weekday with its full stop and its reading time, an X post's clock and date as embeds print them.
      'Оновлено: 11:40', 'Опубликовано: 7 декабря 2026 г., 10:41', '7 грудня 2026 р. о 10:41', 'Sun., Dec. 7, 2026', '3 min. read',
      '9:58 AM · Dec 7, 2026',
      // TimesLIVE's role line under the bare name (probe r33), and the same shape on British pages.
      'Sport reporter', 'Political editor', 'Chief political correspondent',
      'Published 12:35 PM EST Nov 19, 2019',
      '2019-11-20 10:12:00 Marcus de Guzman',
      'Tempo de leitura: 1 minuto',
      // Probe r28, made-up pages: Mint's stamp with its label glued on, The Independent's live post footer, Stuff's clock before
      // the date, la Repubblica's date and reading time.
      'Published7 Dec 2026, 11:32 AM IST',
      'Tom Beresford7 December 2026 14:50',
      '06:52, Dec 07 2026',
      '07 Dicembre 2026 alle 12:40',
      '2 minuti di lettura',
      'By: Jean Mangaluz - Reporter / @JMangaluzINQ',
      'By: Delta Dyrecka Letigio - Inquirer.net Correspondent / @dyreckaletigio',
      // aeb container 6ebac0…, 4a44ab…, 3cb5e2….
      'Updated at 1:23 p.m.',
      '20 Nov, 2019 05:47',
      'Jose Altoveros 2019-11-20 14:35:08',
      'By Greg Roumeliotis and Joshua Franklin',
      // The New York Times' place line under its byline, as its pages print it.
      'Reporting from Washington',
      // tagesschau.de's stamp and a Spanish wire's place and time under a headline (probe r24-seg, made-up pages in their shape).
      'Stand: 05.02.2025 09:47 Uhr',
      'Sevilla, 12 mar 2025 - 13:02 CET',
      'Reporting from Kyiv, Ukraine',
      // The Verge's byline with the author's role, as its pages print it.
      'By Chris Welch, a reviewer specializing in personal audio and home theater.',
      // The same with the rest of the bio (probe r24, a made-up page in the shape of The Verge).
      'By Chris Welch, a reviewer specializing in personal audio and home theater. Since 2011, he has published over 5,000 articles.',
      'By Jay Peters, a senior news editor covering technology, gaming, and more. He joined The Verge in 2019 after nearly two years at Techmeme.',
      // Le Monde's dates under the byline, as its pages print them.
      'Publié le 10 octobre 2024 à 18h05, modifié le 11 octobre 2024 à 07h12',
      'Publié le 1er mars 2024',
      // Probe r26, a made-up page in the shape of Le Monde: a correspondent's byline and the stamp of a story published today.
      'Par Flora Genoux (Buenos Aires, correspondante)',
      'Publié aujourd’hui à 05h30, modifié à 08h12',
      'Publié hier à 18h05',
      'Updated: November 20, 2019',
      // The Guardian's stamp under its publication date (probe r29, guardian line 21).
      'Last modified on Mon 7 Dec 2026 14.31 GMT',
      'November 19, 2019 at 5:10 pm',
      'Nov. 20, 2019, 9:28 AM UTC',
      // aeb container cc03dd… line 2.
      'segunda-feira, 22 de janeiro de 2018 às 0:13',
      // Le Monde's stamp and reading time, as its pages print them.
      'Publié le 04 décembre 2023 à 12h15',
      'Mis à jour le 04 décembre 2023 à 14h02',
      // Le Parisien's stamp with its article (probe r30, a made-up page).
      'Le 7 décembre 2026 à 11h42',
      'Temps de Lecture 2 min.',
      // French, German and Spanish reading times as other sites print them.
      'Lecture 3 min.',
      'Lesedauer: 4 Minuten',
      // Probe r26, made-up pages in the shape of the South China Morning Post, Der Spiegel and the Irish Times.
      'Reading Time:4 minutes',
      'Artikel zum Hören • 4 Min',
      'Artikel anhören • 3 Min',
      'Listen | 4:12',
      // The Washington Post's reading time under its headline, as its pages print it.
      '5 min',
      // The editor's credit under Chinese news stories (Sina, People's Daily), as their pages print it.
      '责任编辑：王明',
      '（责任编辑：张三）',
      // Wire credits closing a story, as French, German and US sites print them.
      'Avec AFP',
      'Le Monde avec AFP',
      'dpa-AFX',
      'Mit Material von dpa',
      'With Reuters',
      '(EFE)',
      // Labelled bylines and stamps as local US TV sites (TEGNA), Ars Technica, ABC News (Australia) and
      // Corriere della Sera print them (made-up names and dates).
      'Author: Rachel Kim',
      'Authors: Ana Ruiz and Tom Reed',
      'Stephen Clarke – Mar 12, 2025 4:36 pm | 142',
      'Posted 5h ago5 hours agoTue 11 Mar 2025 at 7:02pm, updated 2h ago2 hours agoTue 11 Mar 2025 at 10:15pm',
      '14 marzo 2025 (modifica il 14 marzo 2025 | 21:05)',
      '12. März 2025, 18:04 Uhr',
      // Wire version notes as Bloomberg and Reuters print them over an updated story.
      '(Adds economist comment in 10th paragraph.)',
      '(Updates prices, adds analyst quote)',
      // A teaser list's bylines (aeb page aade2e…, MSPoweruser).
      'by Surur on November 19, 2019',
      'by Rahul 0',
      // Stamps and bylines as Aftonbladet, an Arabic news site, Yonhap, VnExpress, g1, NOS and Hürriyet print them (made-up names and times).
      'Publicerad 14.05',
      'Publicerad 06.12 | Uppdaterad 08.47',
      'نشر في: 14 مارس 2024 - 22:40',
      '2024/04/02 10:15 송고',
      '송고2024-04-02 10:15',
      '김민수 기자',
      'Thứ ba, 9/4/2024, 08:30 (GMT+7)',
      '08/04/2024 06h02 Atualizado há 3 horas',
      'Por Luana Ribeiro, g1 Sul de Minas',
      'Door Sanne Willemsen, verslaggever Limburg',
      'Door Sanne Willemsen',
      'Vandaag, 11:03',
      'Vandaag, 07:42 • Aangepast vandaag, 09:15',
      'Giriş: 21.03.2024 - 14:05 Güncelleme: 21.03.2024 - 14:32',
      'نشر في: 14 مارس 2024 - 10:20 | آخر تحديث: 14 مارس 2024 - 12:05',
      // The Times of Israel's live-blog stamps, Yahoo Finance's stamp with its reading time and ANSA's newsroom credit, as their pages print them (probes of 2026-12-07, second round).
      'Today, 11:05 am',
      'Today 1:20 pm',
      'Sun, Jun 23, 2024, 6:15 AM 4 min read',
      'Redazione ANSA',
      'פורסם ב-03.07.2024, 08:01 | עודכן ב-09:46',
      // Stamps and credits of a US local TV site, a Czech, a Persian and a Hindi news site (probe r23, made-up names and times).
      'Author: 5 On Your Side Staff',
      'aktualizováno 12. března 2024 16:02',
      '(mno, ČTK)',
      '۲۱ آذر ۱۴۰۲ - ۱۲ دسامبر ۲۰۲۳',
      'به‌روزشده ۲ ساعت پیش',
      'Written By: अंकित शर्मा',
      // Stamps and bylines of Ukrainian, Romanian, Hungarian, Bengali, Urdu, Tamil, Thai, Malay and Swahili news sites (probes r23-intl, made-up pages).
      'Оновлено: 21 березня 2024, 16:10', 'Автор: Олена Мельник', 'Actualizat: 18.04.2024, 13:05', 'Szerző: Kovács Anna',
      'প্রকাশ: ২৪ এপ্রিল ২০২৪, ১০: ৩০', 'আপডেট: ২৪ এপ্রিল ২০২৪, ১২: ১৫', 'নিজস্ব প্রতিবেদক', 'নিজস্ব প্রতিবেদক, ঢাকা',
      'شائع 15 مئی 2024 11:20am', 'اپ ڈیٹ 15 مئی 2024 02:45pm', 'ویب ڈیسک',
      'Updated: மார்ச் 12, 2024 10:45 IST', 'எழுத்தாளர்: ரா. செந்தில்குமார்',
      '12 มี.ค. 2567 10:30 น.', 'อัปเดตล่าสุด 12 มี.ค. 2567 14:05 น.', 'โดย ทีมข่าวเศรษฐกิจ',
      'Oleh Nurul Huda Ahmad', 'Dikemas kini Mac 16, 2024 @ 2:10pm', 'Na Mwandishi Wetu',
    ],
    keep: [
      // Story lines with a compound credit's separators and parts: a part is prose, or the dates name no clock.
      'By Tuesday, the council had voted - and the mayor resigned', 'The vote was held on Nov 19, 2019 at 6:46 pm ET - a Tuesday',
      'By then the price had doubled | 2 days later it halved', 'Written by hand - 2019-09-16', 'Donald Trump @realDonaldTrump / the president wrote on Monday',
      'Nov 19, 2019 - Nov 22, 2019', 'Cleveland, Ohio - Nov 19, 2019 at 6:46 pm ET, the vote was counted', 'By far the best - 2 min read',
      'WHO WE ARE', 'THE NEW ERA', 'LIVE TV', 'NCAA FB', 'ÉTATS-UNIS', 'LA CRISE DU LOGEMENT', 'ĐƯỜNG SẮT ĐÔ THỊ SỐ 5 ĐÃ KHỞI CÔNG HÔM NAY', 'LICITAÇÕES E CONVÊNIOS', 'HORÁRIOS DE ÔNIBUS', 'NEW YORK CITY', 'USA', 'Posted: Dec 7, 2026 Updated: the council met again on Monday.',
      'The new editor', 'Our man in Kyiv, a freelance reporter', 'Meet the reporter', 'Local news reporter Jane Smith won the award.', 'Federal Bureau of Investigation agents searched the house.',
      '(Published in 1998, the report was ignored.)', '(Published Monday, Nov. 18, 2019)', 'Become a contributor', 'By then the price had doubled [see chart]',
      // A story's list of dates behind a name: no stamp of a credit line.
      'Toronto · Montreal · Ottawa | 2026 tour dates to be announced',
      'Alberta | The province will vote on March 12, 2026, on the plan.',
      'Our reporter @janedoe was there.',
      // A post embedded in a story on a photography prize: the words before the role are no desk (the i flag took them, 2026-12-07).
      'Huge congratulations to photographer @amyjones',
      'Meet The New Sports Editor', 'Former Observer journalist named new sports editor', 'Helena Horton, the environment reporter, said the data were clear.',
      'The oak in the square is more than 200 years old.',
      'This story is more than a scandal, the senator said.',
      'Reporting from Washington is harder than it looks, she said.',
      '编辑部表示，报告将于下周公布。',
      'With AP reporting, the paper confirmed it.',
      'By the end of the year, the fund had doubled.',
      'Published in 2019, the report found 7,000 cases.',
      'There were wins too.',
      'Stand heute sind 35 Menschen gestorben, am 05.02.2025 waren es 12.',
      'Sevilla, 12 mar 2025 - 13:02 CET: el consejero compareció ante la prensa.',
      'Updated guidance was issued at 1:23 p.m. after the council met in private session.',
      'Last modified in 2019, the rules allow 12 weeks of paid leave.',
      'Apollo Eleven 1969-07-20 was the date they landed, she said.',
      '1a etapa: 10 de março – Interlagos',
      '22 de janeiro de 2018 foi um dia histórico para o automobilismo.',
      'Publié le 4 décembre 2023, le rapport recense 7 000 cas dans toute la région.',
      'Publié hier, le rapport recense 7 000 cas.',
      'Le 7 décembre 2026 à 11h42, le feu a repris au troisième étage.',
      'By Monday Morning (the deadline), nothing had changed.',
      'Author: unknown, the note said.',
      'By Monday evening on the coast, 3,000 homes had no power.',
      'By 2030 20',
      'Reporter: How did you feel when the verdict came in?',
      'Sarah Jones – the first woman to lead the firm – said on Monday she would step down.',
      '12 Angry Men 1957 is still the best courtroom film, he said.',
      '(Adds up to about 40 per cent of the total, officials said, though the figure is disputed.) The rest came from abroad.',
      'By Tuesday, markets had fallen sharply',
      'By Christmas Eve, a local reporter found the missing boy in a barn. He said the family had been searching for three days.',
      'By Christmas Day, a total of 40 people had died in the floods across the region. They included six children.',
      'By Friday, a senior editor at the paper, Jane Holt, had resigned. She said: "I could not stay."',
      'By Christmas Eve, a senior editor at the paper had resigned. She cited pressure from the owners.',
      'Door Jan Peters, burgemeester van Utrecht, werd het plan gesteund.',
      '16.40 GMT',
      '김민수 기자는 이날 현장을 찾았다.',
      'Vandaag, 11:03 uur begon de vergadering.',
      'Publicerad i går, rapporten visar att 300 älgar har blivit påkörda.',
      '2024/25 season tickets go on sale on Monday',
      // aeb 5caf91b8 (gold): AP's "The Latest" keeps its entry times.
      '4:14 p.m.',
      'Today, 11:05 am was the deadline, and it passed.',
      'The report takes 4 min read aloud.',
      'Reading times have doubled since 2019, the survey found.',
      'Listen to this: 4 minutes of silence.',
      'Redazione e tipografia furono chiuse dalla polizia.',
      // aeb 33fe2471 (gold).
      '29 November 2018 | 20 January 2019',
      // A live blog's entry times stay with the gold's (AP's "4:14 p.m." above): the probe's Guardian entry stamp too.
      '14:18 GMT',
      '12 March 1902 - 5 June 2004',
      '۲۱ آذر ۱۴۰۲ تهران هوای آلوده را تجربه کرد.',
      '2 min ago, the police said, the road was reopened.',
      // aeb 7a664e40 and e1c7023e (pages): a teaser list's age stamps, left to the classifier with the rows under them.
      '32M ago', '15 hours ago', '1h ago', '۲ ساعت پیش',
      'Aktualizováno bylo 300 map v roce 2023.',
      '(and, as ČTK reported, the mayor resigned)',
      'Written By: the committee, the report says.',
      'Author: 5 ways to save on groceries',
      'প্রকাশ করা হয়েছে ২০২৩ সালের বার্ষিক প্রতিবেদন।', 'প্রকাশ: প্রতিবেদনটি ২০২৪ সালে প্রকাশিত হবে।',
      'Оновлено 2024 року було понад 300 мостів.', 'Publicat în 2019, raportul a fost ignorat de guvern.',
      'โดยทั่วไปแล้วผู้โดยสารจะใช้เวลาเดินทางประมาณ 20 นาที', 'Oleh itu, kerajaan akan menambah 100 bas baharu.',
      'Na Mwandishi Wetu mwingine aliyekuwa Dodoma, habari hizo zilithibitishwa na polisi.',
      // Probe r28: sentences using the new stamps' words.
      'Published7 times since 2019, the guide is now out of print.',
      'Tom Beresford, 7 December 2026, was the last entry in the diary.',
      '06:52, Dec 07 2026 is when the first train left, the operator said.',
      'Il treno è partito il 07 Dicembre 2026 alle 12:40 da Milano.',
      '2 minuti di lettura bastano per capire il problema, ha detto Sala.',
      'By: Monday the Senate - its reporters said - will vote.',
      // Probe r32: sentences and headings using the new stamps' and bylines' words.
      '2026. december 7-én a kormány bejelentette a döntést.', 'Päivitetty ohjeistus julkaistiin 7.12.2026 klo 08:15 jälkeen kaikille kunnille.',
      'de Madrid a Barcelona', 'Published in 2019.', 'Updated figures', 'From', 'From: the minister, by hand', 'Redacción de noticias cerrada por la huelga.', 'Actualizado el reglamento en 2019, el número de casos bajó a la mitad.',
      'El 07 de diciembre 2026, 08:30 a. m., empezó la obra.',
      // Probe r33: sentences using the new stamps' words.
      'Оновлено: 300 мостів і 12 доріг.', '7 грудня 2026 р. о 10:41 пролунав вибух.', 'Sun., Dec. 7, 2026 was the coldest day of the year.',
      '3 min. read aloud, the statement calmed the room.', 'New editor', 'Guest editor', 'Letters editor', 'More columnists', 'The reporter', 'Sport reporter Liam Del Carme was at the match.', '9:58 AM · Dec 7, 2026 · Kyiv was the last post.',
    ],
  },
};
