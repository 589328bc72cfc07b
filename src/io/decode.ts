import { decodeInput, NotTextError, type DecodedInput } from './encoding.js';

/**
 * Turns an input file's bytes into text, or says clearly why it is not text: UTF-8 (invalid
 * sequences replaced and counted), UTF-16 with a BOM, legacy 8-bit text and mojibake repaired
 * (src/io/encoding.ts, docs/hardening.md). Only binary data is refused.
 */

/** Thrown when bytes cannot be read as text; `message` is the reason shown to the user. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

/** Decodes one input with what decoding had to do to it; throws {@link DecodeError} for binary data. */
export function decodeBytes(bytes: Uint8Array): DecodedInput {
  try {
    return decodeInput(bytes);
  } catch (error) {
    if (error instanceof NotTextError) throw new DecodeError(error.message);
    throw error;
  }
}

/** The text of one input (see {@link decodeBytes}). */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}
