import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processText } from '../../src/pipeline/process.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('assembleRecords', () => {
  it('counts words of Chinese and Japanese text one per two characters, not by spaces', () => {
    const japanese = '新しい紙幣の発行が3日から始まりました。紙幣のデザインが変わるのは20年ぶりです。';
    const [record] = processText(`${japanese}\n\n${japanese}`, { segmentation: { enabled: false } }).records;
    expect(record!.words).toBe(36);
    expect(processText('There were wins too. And losses.', { segmentation: { enabled: false } }).records[0]!.words).toBe(6);
  });
});

describe('assembleRecords with --explain', () => {
  it.each(['splits-concatenated-stories', 'removes-teaser-list-and-topic-links'])(
    'gives each article the split that starts it and its title message (%s)',
    (name) => {
      const raw = readFileSync(path.join(repoRoot, 'fixtures/docs', name, 'input.txt'), 'utf8');
      const records = processText(raw, { explain: true }).records;
      expect(records.length).toBeGreaterThan(1);
      records.forEach((record, index) => {
        const explain = record.explain ?? [];
        const splits = explain.filter((m) => m.action === 'split' && m.ruleId === 'segmenter');
        expect(splits).toHaveLength(index === 0 ? 0 : 1);
        const titles = explain.filter((m) => m.action === 'title');
        expect(titles.map((m) => m.text)).toEqual(record.title === null ? [] : [record.title]);
      });
    },
  );
});
