import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processText } from '../../src/pipeline/process.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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
