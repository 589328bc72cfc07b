import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from '../../src/text/unicode.js';

describe('toAsciiDigits', () => {
  it.each([
    ['۲۱ آذر ۱۴۰۲ - ۱۲ دسامبر ۲۰۲۳', '21 آذر 1402 - 12 دسامبر 2023'],
    ['١٤ مارس ٢٠٢٤', '14 مارس 2024'],
    ['२२ मई २०२४', '22 मई 2024'],
    ['১২ মার্চ', '12 মার্চ'],
    ['No digits here.', 'No digits here.'],
    ['12:47 BST', '12:47 BST'],
  ])('%s → %s', (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });
});
