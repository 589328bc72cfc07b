import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/stages/normalise.js';

describe('normaliseText', () => {
  it('reads one paragraph per line when lines are not separated by blanks', () => {
    const doc = normaliseText('First paragraph.\nSecond paragraph.\n');
    expect(doc.paragraphStyle).toBe('line');
    expect(doc.paragraphs).toEqual([
      { text: 'First paragraph.', firstLine: 1, lastLine: 1 },
      { text: 'Second paragraph.', firstLine: 2, lastLine: 2 },
    ]);
    expect(doc.lineCount).toBe(2);
  });

  it('reads blank-line separated paragraphs and joins hard-wrapped lines', () => {
    const wrapped = 'This long line of a wrapped paragraph keeps going past the margin and\nends here.';
    const doc = normaliseText(`${wrapped}\n\nNext paragraph.\n`);
    expect(doc.paragraphStyle).toBe('blank-line');
    expect(doc.paragraphs.map((p) => [p.firstLine, p.lastLine])).toEqual([
      [1, 2],
      [4, 4],
    ]);
    expect(doc.paragraphs[0]!.text).toBe(wrapped.replace('\n', ' '));
  });

  it('keeps short items of a blank-line block as separate paragraphs', () => {
    const doc = normaliseText('Home\nNews\nSport\n\nA story begins here.\n');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Home', 'News', 'Sport', 'A story begins here.']);
  });

  it('handles BOM, CRLF, NBSP, zero-width and trailing spaces, keeping curly quotes', () => {
    const doc = normaliseText('\uFEFF“Quoted”\u00A0text\u200B  \r\nNext\r\n');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['“Quoted” text', 'Next']);
    expect(doc.messages.map((m) => m.ruleId).sort()).toEqual(['invisible-characters', 'space-characters']);
  });

  it('composes decomposed characters to NFC', () => {
    const doc = normaliseText('Cafe\u0301');
    expect(doc.paragraphs[0]!.text).toBe('Caf\u00e9');
  });
});
