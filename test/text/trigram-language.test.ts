import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { TrigramLanguages, UNDETERMINED } from '../../src/text/trigram-language.js';

const SEEDS = path.resolve(import.meta.dirname, '../../fixtures/seeds');

/** Every paragraph of the seed fixtures and slices of a page's length across them: English, other languages, junk. */
function seedTexts(): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(SEEDS).filter((file) => file.endsWith('.txt'))) {
    const text = readFileSync(path.join(SEEDS, name), 'utf8');
    texts.push(...text.split('\n').filter((line) => line.trim() !== ''));
    for (let start = 0; start < text.length; start += 701) texts.push(text.slice(start, start + 2500));
  }
  return texts;
}

const OTHER_SCRIPTS = [
  'Правительство заявило во вторник, что новый бюджет будет опубликован до лета.',
  'Die Regierung hat am Dienstag angekündigt, dass der neue Haushalt vor dem Sommer veröffentlicht wird.',
  '政府は火曜日、新しい予算を夏前に公表すると発表した。',
  '政府周二表示，新预算将在夏季之前公布。',
  '정부는 화요일 새 예산을 여름 전에 발표할 것이라고 밝혔다.',
  'Η κυβέρνηση ανακοίνωσε την Τρίτη ότι ο νέος προϋπολογισμός θα δημοσιευτεί πριν από το καλοκαίρι.',
  'أعلنت الحكومة يوم الثلاثاء أن الميزانية الجديدة ستنشر قبل الصيف.',
  'सरकार ने मंगलवार को कहा कि नया बजट गर्मियों से पहले प्रकाशित किया जाएगा।',
  '12345 67890 !!! ??? ... 2024-01-01 12:00',
  'Emoji only 😀😀😀 𠀀𠀁𠀂 and a lone \ud800 surrogate',
];

describe('TrigramLanguages', () => {
  // The list language.ts detects from, a short one, and none (franc: every language).
  const onlyLists = [['eng', 'fra', 'deu', 'spa', 'rus', 'cmn', 'jpn', 'kor', 'ell', 'arb', 'hin', 'por', 'nld'], ['eng', 'rus'], []];

  it.each(onlyLists.map((only) => [only.join(',') || 'every language', only] as const))('answers as franc does (only: %s)', (_, only) => {
    const detector = new TrigramLanguages(only);
    const texts = [...seedTexts(), ...OTHER_SCRIPTS];
    for (const minLength of [10, 40]) {
      const francs = texts.map((text) => franc(text, { minLength, only }));
      expect(texts.map((text) => detector.detect(text, minLength))).toEqual(francs);
    }
  });

  it('does not guess from text shorter than the minimum', () => {
    expect(new TrigramLanguages([]).detect('Hello there', 40)).toBe(UNDETERMINED);
  });
});
