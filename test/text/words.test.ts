import { describe, expect, it } from 'vitest';
import { endsUnpunctuatedScript, runningWords } from '../../src/text/words.js';

describe('runningWords', () => {
  it('counts whitespace-separated words', () => {
    expect(runningWords('  The vote was delayed  until May. ')).toBe(6);
  });

  it('counts Chinese and Japanese text, written without spaces, one word per two characters', () => {
    expect(runningWords('これでようやく元の操作性を取り戻せました。')).toBe(10);
    // Mixed text takes the larger count: 3 spaced words, 8 Japanese characters.
    expect(runningWords('Kindle for PCの起動ホットキー')).toBe(4);
  });

  it('counts Thai, Lao, Khmer and Myanmar one word per four characters', () => {
    // A made-up Thai news paragraph: 3 spaced tokens, 128 characters.
    expect(runningWords('ผู้ประกอบการในเมืองทองธานีคาดว่า ส่วนต่อขยายนี้จะช่วยลดปัญหารถติดในช่วงที่มีงานแสดงสินค้าขนาดใหญ่ ซึ่งมีผู้เข้าชมหลายหมื่นคนต่อวัน')).toBe(32);
  });
});

describe('endsUnpunctuatedScript', () => {
  it('is true for Thai and Lao, which end a paragraph without a stop, and false for scripts that write one', () => {
    expect(endsUnpunctuatedScript('ผู้โดยสารยังกังวลเรื่องรถเชื่อมต่อ')).toBe(true);
    expect(endsUnpunctuatedScript('The vote was delayed.')).toBe(false);
    expect(endsUnpunctuatedScript('The vote was delayed')).toBe(false);
  });
});
