import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeText', () => {
  const decoded: Array<{ name: string; input: Uint8Array; text: string }> = [
    { name: 'UTF-8', input: Buffer.from('café – “quoted”\n'), text: 'café – “quoted”\n' },
    { name: 'UTF-8 with a BOM, which is dropped', input: Buffer.from('\uFEFFStory\n'), text: 'Story\n' },
    { name: 'UTF-16LE announced by its BOM', input: bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), text: 'Hi' },
    { name: 'UTF-16BE announced by its BOM', input: bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69), text: 'Hi' },
    { name: 'an empty file', input: bytes(), text: '' },
    {
      name: 'UTF-8 text with a sequence cut at the end, replaced by U+FFFD',
      input: Buffer.concat([Buffer.from('The café au lait is served every morning near the station. '), bytes(0xe2, 0x80)]),
      text: 'The café au lait is served every morning near the station. \uFFFD',
    },
  ];
  for (const { name, input, text } of decoded) {
    it(`reads ${name}`, () => expect(decodeText(input)).toBe(text));
  }

  const refused: Array<{ name: string; input: Uint8Array; reason: string }> = [
    { name: 'a NUL byte', input: bytes(0x47, 0x49, 0x46, 0x00), reason: 'binary file (NUL byte at offset 3), not text' },
  ];
  for (const { name, input, reason } of refused) {
    it(`refuses ${name}`, () => expect(() => decodeText(input)).toThrow(reason));
  }
});
