import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeInput, NotTextError } from '../../src/io/encoding.js';
import { repairMojibake } from '../../src/io/mojibake.js';
import { badFixtures, STORY } from './bad-fixtures.js';

const fixture = (file: string): Uint8Array => badFixtures().find((f) => f.file === file)!.bytes;

describe('decodeInput on the bad-input corpus', () => {
  const cases: Array<{ file: string; encoding: string; text: string; replacements?: number; repairedLines?: number }> = [
    { file: 'utf16le-bom.txt', encoding: 'utf-16le', text: `${STORY}\n` },
    { file: 'utf16be-bom.txt', encoding: 'utf-16be', text: `${STORY}\n` },
    { file: 'windows-1252.txt', encoding: 'windows-1252', text: `${STORY}\n` },
    { file: 'mojibake.txt', encoding: 'utf-8', text: `${STORY}\n`, repairedLines: 3 },
    { file: 'utf8-bom.txt', encoding: 'utf-8', text: `${STORY}\n` },
    { file: 'empty.txt', encoding: 'utf-8', text: '' },
  ];
  for (const c of cases) {
    it(`reads ${c.file} as ${c.encoding}`, () => {
      const decoded = decodeInput(fixture(c.file));
      expect(decoded).toEqual({ text: c.text, encoding: c.encoding, replacements: c.replacements ?? 0, repairedLines: c.repairedLines ?? 0 });
    });
  }

  it('replaces and counts invalid UTF-8 sequences, keeping the rest', () => {
    const decoded = decodeInput(fixture('invalid-utf8.txt'));
    expect(decoded.encoding).toBe('utf-8');
    // 0x80; E2 80 (cut); C0 AF (overlong: two maximal subparts, as WHATWG decodes).
    expect(decoded.replacements).toBe(4);
    expect(decoded.text).toContain('Café owners');
    expect(decoded.text.split('\uFFFD').length - 1).toBe(4);
  });

  it('does not count a U+FFFD that the file itself holds', () => {
    expect(decodeInput(Buffer.concat([Buffer.from('ok \uFFFD é '), Buffer.from([0xff])])).replacements).toBe(1);
  });

  it('refuses binary data with a one-line reason', () => {
    expect(() => decodeInput(fixture('binary-nul.png.txt'))).toThrow(new NotTextError('binary file (NUL byte at offset 8), not text'));
    expect(() => decodeInput(fixture('binary-control.txt'))).toThrow(/^binary file \(10% control bytes in the first 1020 bytes\), not text$/);
  });

  it('keeps ANSI escapes, tabs and form feeds as text', () => {
    expect(decodeInput(Buffer.from('\x1b[31mred\x1b[0m\tcol\f\n')).text).toBe('\x1b[31mred\x1b[0m\tcol\f\n');
  });

  it('reads Windows-1252 curly quotes and the euro sign', () => {
    const bytes = iconv.encode('The “deal” cost €3m – or so the minister’s office said in a statement on Friday.\n', 'windows-1252');
    expect(decodeInput(bytes).text).toBe('The “deal” cost €3m – or so the minister’s office said in a statement on Friday.\n');
  });
});

describe('repairMojibake', () => {
  const table: Array<[string, string]> = [
    ['itâ€™s', 'it’s'],
    ['cafÃ© crÃ¨me', 'café crème'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['Â£5 and 30Â°C', '£5 and 30°C'],
    ['Ãœber', 'Über'],
    ['emoji ðŸ˜€', 'emoji 😀'],
  ];
  for (const [input, expected] of table) it(`repairs ${JSON.stringify(input)}`, () => expect(repairMojibake(input).text).toBe(expected));

  const kept = ['été…” said the chef', 'â€ alone', 'plain ASCII text', 'naïve café in Zürich', 'Москва', '中文'];
  for (const text of kept) it(`keeps ${JSON.stringify(text)}`, () => expect(repairMojibake(text)).toEqual({ text, repairedLines: 0 }));

  it('counts repaired lines and never changes the number of lines', () => {
    const result = repairMojibake('itâ€™s\nfine\ncafÃ©\n');
    expect(result).toEqual({ text: 'it’s\nfine\ncafé\n', repairedLines: 2 });
  });
});
