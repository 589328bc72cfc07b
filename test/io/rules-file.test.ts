import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulesFile, parseRuleOverrides } from '../../src/io/rules-file.js';
import { temporaryDirectory } from '../cli/helpers.js';

const rule = { id: 'sponsored-marker', category: 'advert', description: 'Sponsored marker', pattern: '^Sponsored by ' };

describe('rules file', () => {
  it('reads disable and add, both optional', () => {
    expect(parseRuleOverrides({})).toEqual({ disable: [], add: [] });
    expect(parseRuleOverrides({ disable: ['share-bar'], add: [{ ...rule, flags: 'i' }] })).toEqual({
      disable: ['share-bar'],
      add: [{ ...rule, flags: 'i' }],
    });
  });

  const invalid: Array<{ data: unknown; reason: string }> = [
    { data: [], reason: 'expected a JSON object' },
    { data: { disabled: [] }, reason: 'unknown key "disabled"' },
    { data: { disable: 'share-bar' }, reason: '"disable" must be an array of rule ids' },
    { data: { add: {} }, reason: '"add" must be an array of rules' },
    { data: { add: [{ ...rule, id: '' }] }, reason: '"add"[0].id must be a non-empty string' },
    { data: { add: [{ ...rule, flags: 1 }] }, reason: '"add"[0].flags must be a string' },
    { data: { add: [{ ...rule, pattern: '[' }] }, reason: '"add"[0].pattern: Invalid regular expression' },
    { data: { add: [{ ...rule, flags: 'q' }] }, reason: '"add"[0].pattern: Invalid flags' },
  ];
  for (const { data, reason } of invalid) {
    it(`refuses ${JSON.stringify(data)}`, () => expect(() => parseRuleOverrides(data)).toThrow(reason));
  }

  it('names a file that is missing or not JSON', async () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'broken.json'), '{');
    await expect(loadRulesFile(path.join(dir, 'missing.json'))).rejects.toThrow('no such file or directory');
    await expect(loadRulesFile(path.join(dir, 'broken.json'))).rejects.toThrow(/^not valid JSON/);
  });
});
