import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveInside, sanitiseName, unsafePathReason, UnsafePathError } from '../../src/io/guard-path.js';

const root = path.resolve('/tmp/out');

describe('resolveInside', () => {
  const refused: Array<[string, RegExp]> = [
    ['../escape.json', /leaves the output folder/],
    ['a/../../escape.json', /leaves the output folder/],
    ['..', /leaves the output folder/],
    ['/etc/passwd', /absolute output path/],
    ['\\\\server\\share', /absolute output path/],
    ['C:/Windows/x.json', /absolute output path/],
    ['a//b.json', /empty segment/],
    ['./a.json', /empty segment/],
    ['', /empty output path/],
    ['a\u0000b', /NUL byte/],
    ['a\\..\\..\\x', /leaves the output folder/],
  ];
  for (const [relative, reason] of refused) {
    it(`refuses ${JSON.stringify(relative)}`, () => {
      expect(() => resolveInside(root, relative)).toThrow(UnsafePathError);
      expect(unsafePathReason(relative)).toMatch(reason);
    });
  }

  it('places ordinary mirrored paths inside the folder', () => {
    expect(resolveInside(root, 'news/2024/a.json')).toBe(path.join(root, 'news', '2024', 'a.json'));
    expect(resolveInside(root, '..hidden-dots.json')).toBe(path.join(root, '..hidden-dots.json'));
  });
});

describe('sanitiseName', () => {
  const table: Array<[string, string]> = [
    ['../../etc/passwd', 'etc/passwd'],
    ['/abs/path#0', 'abs/path#0'],
    ['C:\\Users\\x', 'C_/Users/x'],
    ['a/./b/../c', 'a/b/c'],
    ['.env', '_env'],
    ['line\nbreak', 'line_break'],
    ['', 'fallback'],
    ['../..', 'fallback'],
  ];
  for (const [name, safe] of table) it(`${JSON.stringify(name)} → ${JSON.stringify(safe)}`, () => expect(sanitiseName(name, 'fallback')).toBe(safe));

  it('always gives a path that stays inside the output folder (property, 2000 names)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('.', '/', '\\', ':', 'a', 'é', '\u0000', ' ', '~', 'C') , maxLength: 30 }), (name) => {
        const safe = sanitiseName(name, 'fallback');
        expect(unsafePathReason(safe)).toBeNull();
        const target = resolveInside(root, safe);
        expect(target.startsWith(root + path.sep)).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
