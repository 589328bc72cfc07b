import { describe, expect, it } from 'vitest';
import { contentTerms, wordTokens } from '../../src/cohesion/terms.js';

const STOPWORDS = new Set(['the', 'of', 'a', 'and', 'is', 'are', 'in', 'to']);

describe('wordTokens', () => {
  it('splits on punctuation in any script and drops possessive s', () => {
    expect(wordTokens('Hong Kong’s Cyberport, a government-backed hub — Наши герои')).toEqual([
      'Hong', 'Kong', 'Cyberport', 'a', 'government', 'backed', 'hub', 'Наши', 'герои',
    ]);
  });

  it('keeps the vowel signs of Brahmic scripts inside their words', () => {
    // Probe r23 (a made-up Hindi news page): "राजस्थान" fell apart at its vowel signs into "र", "जस", "थ", "न".
    expect(wordTokens('राजस्थान में हालात सबसे ज्यादा खराब हैं।')).toEqual(['राजस्थान', 'में', 'हालात', 'सबसे', 'ज्यादा', 'खराब', 'हैं']);
    expect(wordTokens('ผู้โดยสารยังกังวล')).toEqual(['ผู้โดยสารยังกังวล']);
  });
});

describe('contentTerms', () => {
  it('drops stopwords, numbers and short tokens, and stems English', () => {
    expect(contentTerms(['The governments of 27 states are governing in a crisis.'], STOPWORDS, 'en')).toEqual([
      ['govern', 'state', 'govern', 'crisi'],
    ]);
  });

  it('takes Thai, written without spaces between words, as triples of letters without their marks', () => {
    // A made-up Thai news paragraph (probe r23): the place "เมืองทองธานี" recurs in the headline and the story.
    const [terms] = contentTerms(['สถานีอิมแพ็ค เมืองทองธานี'], new Set(), 'th');
    expect(terms).toEqual(['สถา', 'ถาน', 'านอ', 'นอม', 'อมแ', 'มแพ', 'แพค', 'เมอ', 'มอง', 'องท', 'งทอ', 'ทอง', 'องธ', 'งธา', 'ธาน']);
  });

  it('keeps surface forms for a language without a stemmer', () => {
    expect(contentTerms(['정덕현 칼럼니스트'], new Set(), 'ko')).toEqual([['정덕현', '칼럼니스트']]);
  });

  it('drops tokens too long to be words (a run of one letter), which would stall the stemmer', () => {
    expect(contentTerms([`budget ${'y'.repeat(100_000)} vote`], STOPWORDS, 'en')).toEqual([['budget', 'vote']]);
  });

  it('indexes Chinese and Japanese by the pairs of characters in each run of ideographs and katakana, leaving hiragana out', () => {
    expect(contentTerms(['東京都の知事選挙で、カタカナ。'], new Set(), 'ja')).toEqual([['東京', '京都', '知事', '事選', '選挙', 'カタ', 'タカ', 'カナ']]);
    expect(contentTerms(['苹果公司周二'], new Set(), 'zh')).toEqual([['苹果', '果公', '公司', '司周', '周二']]);
  });

  it('indexes Vietnamese by pairs of adjacent syllables, a stopword or a number breaking the pair', () => {
    const stopwords = new Set(['của', 'tại']);
    expect(contentTerms(['Giá sầu riêng tại vườn của Tiền Giang tăng 100 lần'], stopwords, 'vi')).toEqual([
      ['giá sầu', 'sầu riêng', 'tiền giang', 'giang tăng'],
    ]);
  });

  it('stems other languages that natural covers', () => {
    expect(contentTerms(['подписчиков подписчики'], new Set(), 'ru')).toEqual([['подписчик', 'подписчик']]);
    expect(contentTerms(['підписників підписники'], new Set(), 'uk')).toEqual([['підписник', 'підписник']]);
  });

  it('cuts words to their first five letters in an inflecting language natural has no stemmer for', () => {
    expect(contentTerms(['A kormány bejelentette, hogy a kormánynak új terve van'], new Set(['a', 'hogy', 'van', 'új']), 'hu')).toEqual([['kormá', 'bejel', 'kormá', 'terve']]);
    expect(contentTerms(['Ceny prądu dla gospodarstw domowych i gospodarstwa rolne'], new Set(['dla', 'i']), 'pl')).toEqual([['ceny', 'prądu', 'gospo', 'domow', 'gospo', 'rolne']]);
  });

  it('gives a compound the head the document also uses alone, in a compounding language', () => {
    // Probe r29 (a made-up Süddeutsche story): "Straßenbahnlinie" … "Die Linie", "Autoverkehr" … "Verkehr".
    const german = ['Die neue Straßenbahnlinie soll fahren.', 'Die Linie werde den Autoverkehr behindern.', 'Der Verkehr in der Stadt.'];
    const stopwords = new Set(['die', 'den', 'der', 'in', 'soll', 'werde', 'neue']);
    expect(contentTerms(german, stopwords, 'de')).toEqual([['strassenbahnlini', 'fahr', 'lini'], ['lini', 'autoverkehr', 'behind', 'verkehr'], ['verkehr', 'stadt']]);
    // English writes its compounds apart: "railway" keeps no "way".
    expect(contentTerms(['The railway opened.', 'A way out.'], STOPWORDS, 'en').flat()).not.toContain('way');
  });
});
