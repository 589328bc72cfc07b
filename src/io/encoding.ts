import { chardetDetector, iconvLite } from './lazy-packages.js';
import { repairMojibake } from './mojibake.js';

/**
 * Turns an input's bytes into text whatever a scraper produced: UTF-8 (invalid sequences replaced
 * and counted), UTF-16 announced by a BOM, legacy single-byte text such as Windows-1252 (detected
 * with chardet, decoded with iconv-lite), and classic mojibake repaired. Only binary data is refused.
 */

/** Thrown when bytes are not text at all; `message` is the one-line reason shown after the path. */
export class NotTextError extends Error {
  override readonly name = 'NotTextError';
}

/** Text decoded from an input, with what decoding had to do to it. */
export interface DecodedInput {
  text: string;
  /** Encoding the bytes were read as, lower case: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, … */
  encoding: string;
  /** Invalid UTF-8 sequences replaced with U+FFFD (one per maximal invalid subsequence, as WHATWG decodes). */
  replacements: number;
  /** Lines in which mojibake (`â€™`, `Ã©`) was repaired. */
  repairedLines: number;
}

/**
 * Bytes examined for control characters. 64 KiB is enough to judge a file, and bounds the cost on a
 * 200 MB input.
 */
const SAMPLE_BYTES = 65_536;

/**
 * Share of control bytes (other than tab, line feed, vertical tab, form feed, carriage return and
 * escape) above which a file is binary. Text has next to none; uniformly random bytes have 27/256 ≈ 10.5 %.
 */
const CONTROL_SHARE_LIMIT = 0.05;

/** Legacy encoding assumed when the detector has no confident answer: what most Western scrapers meet. */
const FALLBACK_LEGACY = 'windows-1252';

/** Detector confidence (chardet's 0–100 scale) below which {@link FALLBACK_LEGACY} is used instead. */
const MIN_CONFIDENCE = 30;

/**
 * Decodes one input. Throws {@link NotTextError} for binary data (a NUL byte, as git and grep judge
 * it, or too many control bytes). A BOM (UTF-8 or UTF-16) is dropped.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, replacements: 0, repairedLines: 0 };
  const binary = binaryReason(bytes);
  if (binary !== null) throw new NotTextError(binary);
  try {
    const repair = repairMojibake(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return { text: repair.text, encoding: 'utf-8', replacements: 0, repairedLines: repair.repairedLines };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  const loose = new TextDecoder('utf-8').decode(bytes);
  const tally = tallyNonAscii(loose);
  const replacements = tally.replacements - countLiteralReplacements(bytes);
  if (replacements > tally.valid) {
    const encoding = legacyEncoding(bytes);
    return { text: iconvLite().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding, replacements: 0, repairedLines: 0 };
  }
  const repair = repairMojibake(loose);
  return { text: repair.text, encoding: 'utf-8', replacements, repairedLines: repair.repairedLines };
}

/** Why `bytes` are binary rather than text, or null. Offsets are 0-based byte offsets. */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `binary file (NUL byte at offset ${nul}), not text`;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) if (isControlByte(byte)) control++;
  if (sample.length > 0 && control / sample.length > CONTROL_SHARE_LIMIT) {
    const percent = Math.round((100 * control) / sample.length);
    return `binary file (${percent}% control bytes in the first ${sample.length} bytes), not text`;
  }
  return null;
}

function isControlByte(byte: number): boolean {
  if (byte === 0x7f) return true;
  if (byte >= 0x20) return false;
  // Tab, line feed, vertical tab, form feed, carriage return, escape (ANSI colours in captured logs).
  return byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Non-ASCII characters of a loosely decoded text: valid ones and U+FFFD replacements. */
function tallyNonAscii(text: string): { valid: number; replacements: number } {
  let valid = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xdc00 && code <= 0xdfff)) continue;
    if (code === 0xfffd) replacements++;
    else valid++;
  }
  return { valid, replacements };
}

/** U+FFFD written in the file itself (EF BF BD): not a replacement made by decoding. */
function countLiteralReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

/**
 * The legacy encoding chardet finds most likely, if iconv-lite can decode it. ISO-8859-1 is read as
 * Windows-1252, as browsers do (WHATWG Encoding): its 0x80–0x9F are curly quotes and dashes in practice.
 */
function legacyEncoding(bytes: Uint8Array): string {
  const best = chardetDetector()
    .analyse(bytes.subarray(0, SAMPLE_BYTES))
    .find((match) => !/^utf/i.test(match.name) && iconvLite().encodingExists(match.name));
  if (best === undefined || best.confidence < MIN_CONFIDENCE) return FALLBACK_LEGACY;
  const name = best.name.toLowerCase();
  return name === 'iso-8859-1' ? FALLBACK_LEGACY : name;
}
