/**
 * Turns an input file's bytes into text, or says clearly why it is not text. UTF-8 is the
 * expected encoding (a BOM is dropped); UTF-16 is accepted when it announces itself with a BOM.
 */

/** Thrown when bytes cannot be read as text; `message` is the reason shown to the user. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

/**
 * Decodes one input. NUL bytes mark a binary file (as git and grep judge it); any invalid UTF-8
 * sequence is an error rather than silently replaced, so no mojibake reaches the output.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) return new TextDecoder(utf16).decode(bytes);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DecodeError(`binary file (NUL byte at offset ${nul}), not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`not UTF-8 text (invalid byte sequence at offset ${firstInvalidUtf8(bytes)})`);
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** 0-based byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on the longest valid prefix would mis-handle cut sequences; a linear scan of
  // sequence lengths is simple and only runs on the error path.
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]!);
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
