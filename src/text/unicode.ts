/**
 * Unicode tables used by normalisation. Curly quotes and dashes are deliberately absent: they are
 * content (and a house-style signal for the segmenter), so they are kept as they are.
 */

/** Space-like characters that scrapers leave in text: NBSP, narrow NBSP, figure space, thin spaces, ideographic space. */
export const SPACE_LIKE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

/**
 * Invisible characters with no meaning in plain text: zero-width space, word joiner, BOM, soft hyphen.
 * ZWJ and ZWNJ are kept: they change rendering in Persian, Indic scripts and emoji sequences.
 */
export const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/** Runs of ordinary spaces. */
export const SPACE_RUN = / {2,}/g;

/**
 * Decimal digits of the scripts whose news sites print them in dates and times: Arabic-Indic (Arabic),
 * Extended Arabic-Indic (Persian, Urdu), Devanagari (Hindi, Marathi), Bengali. Each block holds 0–9 in order.
 */
const DIGIT_BLOCK_STARTS = [0x0660, 0x06f0, 0x0966, 0x09e6];
const ARABIC_TO_BENGALI = /[\u0660-\u09EF]/u;
const OTHER_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/gu;

/** The text with those digits written as ASCII 0–9 ("۲۱ آذر ۱۴۰۲" → "21 آذر 1402"); the same length in UTF-16 units. */
export function toAsciiDigits(text: string): string {
  // Most lines hold no letter of these scripts: one range, scanned quickly, before the exact blocks.
  if (!ARABIC_TO_BENGALI.test(text)) return text;
  return text.replace(OTHER_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    const start = DIGIT_BLOCK_STARTS.find((first) => code >= first && code <= first + 9)!;
    return String(code - start);
  });
}
