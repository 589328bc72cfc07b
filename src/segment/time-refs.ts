import { CALENDAR_WORDS, type CalendarWords } from './calendar-words.js';

/**
 * Time references of a text: years, months and weekdays, as comparable keys (`y2025`, `m2`,
 * `d5`). A new story often lives in another year or month than the one before it ("On Feb. 27"
 * after "on 7 October").
 */
const MONTHS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Full month names and the usual abbreviations ("Feb.", "Sept"); "May" only when next to a day number. */
const MONTH_PATTERN =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\bmay\s+\d{1,2}\b|\b\d{1,2}\s+may\b/giu;
const WEEKDAY_PATTERN = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/giu;
const YEAR_PATTERN = /\b(1[89]\d\d|20\d\d)\b/gu;
/**
 * Cheap tests that every match of a pattern passes, so most paragraphs skip the costly scan: a
 * year holds an ASCII digit (`\d` is ASCII even with `u`), a month match starts with one of these
 * abbreviations (same flags, so the same case folding), a weekday ends in "day".
 */
const MAY_HOLD_YEAR = /[0-9]/;
const MAY_HOLD_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
const MAY_HOLD_WEEKDAY = /day/iu;

/**
 * @param language ISO 639-1 code of the text's language: its weekday and month names (calendar-words.ts);
 *   English names for a language without a table
 */
export function timeReferences(text: string, language = 'en'): Set<string> {
  const keys = new Set<string>();
  if (MAY_HOLD_YEAR.test(text)) for (const match of text.matchAll(YEAR_PATTERN)) keys.add(`y${match[1]}`);
  const calendar = calendarPatternsFor(language);
  if (calendar !== null) {
    addCalendarKeys(text, calendar, keys);
    return keys;
  }
  if (MAY_HOLD_MONTH.test(text)) {
    for (const match of text.matchAll(MONTH_PATTERN)) {
      // "March" and "may" are also ordinary words: require the capital.
      if (!/^\p{Lu}/u.test(match[0]) && !/\d/u.test(match[0])) continue;
      const key = (match[1] ?? 'may').slice(0, 3).toLowerCase();
      keys.add(`m${MONTHS.indexOf(key as (typeof MONTHS)[number]) + 1}`);
    }
  }
  if (MAY_HOLD_WEEKDAY.test(text)) {
    for (const match of text.matchAll(WEEKDAY_PATTERN)) {
      if (!/^\p{Lu}/u.test(match[0])) continue;
      keys.add(`d${WEEKDAYS.indexOf(match[1]!.slice(0, 3).toLowerCase() as (typeof WEEKDAYS)[number]) + 1}`);
    }
  }
  return keys;
}

interface CalendarPatterns {
  weekdays: RegExp;
  months: RegExp;
  /** Each name's index (0-based: Monday, January), keyed by its form in lower case. */
  weekdayIndex: ReadonlyMap<string, number>;
  monthIndex: ReadonlyMap<string, number>;
  monthsWithDayOnly: ReadonlySet<number>;
}

const compiledCalendars = new Map<string, CalendarPatterns | null>();

/** A language's patterns, compiled on first use; null for English and languages without a table. */
function calendarPatternsFor(language: string): CalendarPatterns | null {
  let patterns = compiledCalendars.get(language);
  if (patterns === undefined) {
    const words = CALENDAR_WORDS[language];
    patterns = words === undefined ? null : compileCalendar(words);
    compiledCalendars.set(language, patterns);
  }
  return patterns;
}

function compileCalendar(words: CalendarWords): CalendarPatterns {
  const flags = words.lowerCaseOnly ? 'gu' : 'giu';
  // \b reads ASCII word characters only: "lunedì" and "четверг" need letters either side.
  const alone = (forms: readonly (readonly string[])[], prefix: string): RegExp =>
    new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(${forms.flat().join('|')})(?![\\p{L}\\p{N}])`, flags);
  const indexOf = (forms: readonly (readonly string[])[]): Map<string, number> =>
    new Map(forms.flatMap((names, index) => names.map((name) => [name, index] as const)));
  return {
    weekdays: alone(words.weekdays, words.weekdayPrefix === undefined ? '' : `(?:${words.weekdayPrefix})\\s+`),
    months: alone(words.months, ''),
    weekdayIndex: indexOf(words.weekdays),
    monthIndex: indexOf(words.months),
    monthsWithDayOnly: new Set(words.monthsWithDayOnly),
  };
}

/** A day number right before a month's name ("5. Mai", "le 5 mai", "5 de mayo") or right after it ("mai 5"). */
const DAY_BEFORE = /\d{1,2}\.?\s+(?:de\s+)?$/u;
const DAY_AFTER = /^\s+\d{1,2}(?!\d)/u;

function addCalendarKeys(text: string, calendar: CalendarPatterns, keys: Set<string>): void {
  for (const match of text.matchAll(calendar.weekdays)) keys.add(`d${calendar.weekdayIndex.get(match[1]!.toLowerCase())! + 1}`);
  for (const match of text.matchAll(calendar.months)) {
    const month = calendar.monthIndex.get(match[1]!.toLowerCase())!;
    const at = match.index;
    const end = at + match[0].length;
    if (calendar.monthsWithDayOnly.has(month) && !DAY_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && !DAY_AFTER.test(text.slice(end, end + 4))) continue;
    keys.add(`m${month + 1}`);
  }
}

/**
 * The calendar day a byline or date line names, as a key comparable within one site's pages:
 * "August 12, 2025", "Fri 24 Jan 2025 18.02 GMT", "Published On 25 Mar 2024" → month and day
 * (`8-12`); "05.02.2025 09:47", "2025-02-05", "10/25/2024" → the numbers in their printed order,
 * leading zeros dropped (`5.2.2025`), read alike on both sides of a join from one site. Null when
 * it names no day.
 */
export function calendarDay(text: string): string | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric !== null) return numeric.slice(1, 4).map((part) => String(Number(part))).join('.');
  if (!MAY_HOLD_MONTH.test(text)) return null;
  const named = DAY_MONTH.exec(text) ?? MONTH_DAY.exec(text);
  if (named === null) return null;
  const day = named.groups!.day!;
  const month = MONTHS.indexOf(named.groups!.month!.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
  return `${month}-${Number(day)}`;
}

const NUMERIC_DATE = /(?<!\d)(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})(?!\d)/u;
const MONTH_NAME = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_MONTH = new RegExp(String.raw`\b(?<day>\d{1,2}) ${MONTH_NAME}\b`, 'iu');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_NAME} (?<day>\d{1,2})\b`, 'iu');
