import type { DecodedInput } from '../io/encoding.js';

/**
 * The warning to show for an input that decoding had to repair, or null when it was clean UTF-8 or
 * UTF-16 with a BOM. One line, shown after the path: `newsclean: story.txt: warning: …`. The run goes
 * on and the input is written, so this is never a failure.
 */
export function decodingNote(decoded: DecodedInput): string | null {
  const notes: string[] = [];
  if (decoded.encoding !== 'utf-8' && !decoded.encoding.startsWith('utf-16')) notes.push(`not UTF-8, decoded as ${decoded.encoding}`);
  if (decoded.replacements > 0) {
    notes.push(`${decoded.replacements} invalid UTF-8 sequence${decoded.replacements === 1 ? '' : 's'} replaced with U+FFFD`);
  }
  if (decoded.repairedLines > 0) notes.push(`mojibake repaired on ${decoded.repairedLines} line${decoded.repairedLines === 1 ? '' : 's'}`);
  return notes.length === 0 ? null : `warning: ${notes.join('; ')}`;
}
