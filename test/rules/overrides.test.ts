import { describe, expect, it } from 'vitest';
import type { RuleOverrides } from '../../src/options.js';
import { activeRules } from '../../src/rules/index.js';

const none = { disable: [], add: [] };

describe('activeRules', () => {
  it('drops disabled ids', () => {
    const rules = activeRules({ disable: ['share-bar', 'video-block'], add: [] }, false);
    expect(rules.line.map((r) => r.id)).not.toContain('share-bar');
    expect(rules.block.map((r) => r.id)).not.toContain('video-block');
    expect(rules.block.map((r) => r.id)).toContain('embed-consent');
  });

  it('drops caption rules when captions are kept', () => {
    const ids = activeRules(none, true).line.map((r) => r.id);
    expect(ids).not.toContain('image-caption');
    expect(ids).not.toContain('source-credit');
    expect(ids).toContain('advertisement');
  });

  it('turns user patterns into line rules with their category', () => {
    const rules = activeRules(
      { disable: [], add: [{ id: 'my-promo', category: 'promo', description: 'house promo', pattern: '^Listen to our podcast', flags: 'i' }] },
      false,
    );
    const user = rules.line.find((r) => r.id === 'my-promo')!;
    expect(user.category).toBe('promo');
    expect(user.match('listen to our podcast on Spotify', { language: 'en' })).not.toBeNull();
    expect(user.match('There were wins too.', { language: 'en' })).toBeNull();
  });

  it('ignores global and sticky flags so a user pattern matches the same on every line', () => {
    const rules = activeRules({ disable: [], add: [{ id: 'x', category: 'c', description: 'd', pattern: 'promo', flags: 'gi' }] }, false);
    const user = rules.line.find((r) => r.id === 'x')!;
    expect(user.match('PROMO', { language: 'en' })).not.toBeNull();
    expect(user.match('PROMO', { language: 'en' })).not.toBeNull();
  });
});

describe('activeRules: built once per overrides object', () => {
  it('answers the same overrides object with the same rules', () => {
    const overrides = { disable: ['share-bar'], add: [] };
    expect(activeRules(overrides, false)).toBe(activeRules(overrides, false));
  });

  it('builds again when the object changed or captions are kept', () => {
    const overrides: RuleOverrides = { disable: [], add: [] };
    const before = activeRules(overrides, false);
    expect(activeRules(overrides, true).line.map((r) => r.id)).not.toContain('image-caption');
    overrides.disable.push('share-bar');
    overrides.add.push({ id: 'my-promo', category: 'promo', description: 'house promo', pattern: 'podcast' });
    const after = activeRules(overrides, false);
    expect(after.line.map((r) => r.id)).not.toContain('share-bar');
    expect(after.line.map((r) => r.id)).toContain('my-promo');
    overrides.add[0]!.pattern = 'newsletter';
    expect(activeRules(overrides, false).line.find((r) => r.id === 'my-promo')!.match('our newsletter', { language: 'en' })).not.toBeNull();
    expect(before.line.map((r) => r.id)).toContain('share-bar');
  });
});
