import { describe, expect, it } from 'vitest';
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
