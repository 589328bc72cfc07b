import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAccounting } from '../../src/pipeline/accounting.js';
import { processText } from '../../src/pipeline/process.js';
import { TITLE_RECOVERED } from '../../src/segment/titles.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// MailOnline, 2023-08-26: the headline on line 1 is removed with the page furniture and becomes the title.
const raw = readFileSync(path.join(repoRoot, 'fixtures/docs/removes-teaser-list-and-topic-links/input.txt'), 'utf8');

describe('checkAccounting and recovered titles', () => {
  const result = processText(raw, { explain: true });
  const recovered = result.messages.find((m) => m.action === 'title' && m.ruleId === TITLE_RECOVERED)!;

  it('accounts for a title read from a removed line as removed, not kept', () => {
    expect(result.records[0]!.title).toBe(recovered.text);
    expect(recovered.line).toBe(1);
    const report = checkAccounting(raw, result);
    expect(report.violations).toEqual([]);
    expect(report.kept + report.removed).toBe(report.paragraphs);
    expect(result.records.flatMap((r) => r.paragraphs)).not.toContain(recovered.text);
  });

  it('flags a title that claims a removed line without saying it was recovered', () => {
    const messages = result.messages.map((m) => (m === recovered ? { ...m, ruleId: 'segmenter' } : m));
    const kinds = checkAccounting(raw, { records: result.records, messages }).violations.map((v) => v.kind);
    expect(kinds).toContain('kept-and-removed');
  });

  it('flags a recovered title whose line was never removed', () => {
    const messages = result.messages.filter((m) => !(m.action === 'remove-line' && m.line === recovered.line));
    const kinds = checkAccounting(raw, { records: result.records, messages }).violations.map((v) => v.kind);
    expect(kinds).toContain('untraceable');
  });
});
