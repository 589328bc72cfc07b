import { iconvLite } from './lazy-packages.js';

/**
 * Characters that Windows-1252 puts at bytes 0x80–0xBF: the continuation bytes of UTF-8. Mojibake is
 * UTF-8 read as Windows-1252, so each broken character is a lead character (bytes 0xC2–0xF4 read as
 * `Â`…`ô`) followed by one to three of these. The five bytes 1252 leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) appear as the C1 controls of the same value, as browsers decode them (`”` → `â€\u009D`).
 */
const CONTINUATION = '\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122';

/** A lead character and up to three continuations; bounded, so it scans a line in linear time. */
const SUSPECT = new RegExp(`[\\u00C2-\\u00F4][${CONTINUATION}]{1,3}`, 'g');

/** Result of {@link repairMojibake}. */
export interface MojibakeRepair {
  text: string;
  /** Number of lines in which at least one sequence was repaired. */
  repairedLines: number;
}

/**
 * Repairs classic mojibake (`itâ€™s` → `it’s`, `cafÃ©` → `café`): each suspect sequence is encoded
 * back to Windows-1252 bytes with iconv-lite and decoded as UTF-8; the repair is kept only when the
 * bytes are valid UTF-8 and give a character that mojibake plausibly came from (Latin, Greek,
 * Cyrillic, Hebrew, Arabic, punctuation, currency, emoji), so French `été…”` never becomes `ét酔`.
 * Lines without markers are returned untouched; line breaks are never added or removed.
 */
export function repairMojibake(text: string): MojibakeRepair {
  if (!/[\u00C2-\u00F4]/.test(text)) return { text, repairedLines: 0 };
  let repairedLines = 0;
  // A loop and a replacer made once, not callbacks made anew on every call: accented Latin text
  // (é is U+00E9) comes here at every document (segment/gap-features.ts says why it matters).
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const repaired = lines[i]!.replace(SUSPECT, repairedOrKept);
    if (repaired !== lines[i]) repairedLines++;
    lines[i] = repaired;
  }
  return { text: repairedLines === 0 ? text : lines.join('\n'), repairedLines };
}

function repairedOrKept(sequence: string): string {
  return repairSequence(sequence) ?? sequence;
}

/**
 * The repaired form of one suspect sequence (its unused tail kept), or null when it is not mojibake.
 * The lead byte says how many continuations belong to it: 0xC2–0xDF one, 0xE0–0xEF two, 0xF0–0xF4 three.
 */
function repairSequence(sequence: string): string | null {
  const lead = sequence.charCodeAt(0);
  const length = lead <= 0xdf ? 2 : lead <= 0xef ? 3 : 4;
  if (sequence.length < length) return null;
  const bytes = Buffer.concat([...sequence.slice(0, length)].map(windows1252Byte));
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const codePoint = decoded.codePointAt(0);
  if (codePoint === undefined || !isPlausibleOrigin(codePoint)) return null;
  return decoded + sequence.slice(length);
}

/** The Windows-1252 byte of one character; C1 controls stand for the bytes 1252 leaves undefined. */
function windows1252Byte(char: string): Buffer {
  const code = char.charCodeAt(0);
  return code >= 0x80 && code <= 0x9f ? Buffer.from([code]) : iconvLite().encode(char, 'windows-1252');
}

function isPlausibleOrigin(codePoint: number): boolean {
  return (
    (codePoint >= 0x80 && codePoint <= 0x7ff) ||
    (codePoint >= 0x2000 && codePoint <= 0x214f) ||
    (codePoint >= 0x1f000 && codePoint <= 0x1faff)
  );
}
