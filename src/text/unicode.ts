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
