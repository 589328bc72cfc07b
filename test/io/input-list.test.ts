import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputList, type InputGroup } from '../../src/io/input-list.js';
import type { InputFile } from '../../src/io/inputs.js';
import { inShard } from '../../src/io/shard.js';

const BASE = '/corpus';

/** The listing as it was built before it was packed: one object per input, a Set of paths seen. */
function straightforwardListing(groups: readonly InputGroup[], root: string): InputFile[] {
  const seen = new Set<string>();
  const files: InputFile[] = [];
  for (const group of groups) {
    for (const { source, path: absolute } of namedInputs(group)) {
      const key = absolute ?? '-';
      if (seen.has(key)) continue;
      seen.add(key);
      const relative = absolute === null ? 'stdin' : path.relative(root, absolute).split(path.sep).join('/');
      files.push({ source, path: absolute, relative });
    }
  }
  return files;
}

function namedInputs(group: InputGroup): Array<{ source: string; path: string | null }> {
  if (group.kind === 'stdin') return [{ source: '-', path: null }];
  if (group.kind === 'file') return [{ source: group.source, path: group.path }];
  if (group.kind === 'directory') return group.matches.map((match) => ({ source: path.join(group.source, match), path: path.join(group.path, match) }));
  return group.matches.map((match) => ({ source: match, path: path.resolve(group.cwd, match) }));
}

/** Few names, so that arguments often name the same file (`news`, `news/a.txt`, `news/*.txt`). */
const segment = fc.constantFrom('news', 'a', 'b.txt', 'ß', 'ニュース', 'x y');
const relativePath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/'));
const sortedMatches = fc.uniqueArray(relativePath, { minLength: 1, maxLength: 12 }).map((matches) => matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
const group: fc.Arbitrary<InputGroup> = fc.oneof(
  fc.constant({ kind: 'stdin' as const }),
  relativePath.map((source) => ({ kind: 'file' as const, source, path: path.join(BASE, source) })),
  fc.tuple(fc.constantFrom('.', 'news', 'news/a'), sortedMatches).map(([source, matches]) => ({
    kind: 'directory' as const,
    source,
    path: path.join(BASE, source),
    matches,
  })),
  sortedMatches.map((matches) => ({ kind: 'pattern' as const, cwd: BASE, matches })),
);

describe('InputList', () => {
  it('equals the straightforward listing: order, each file once, sources, paths and relative paths (property)', () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 6 }), fc.constantFrom(BASE, '/', path.join(BASE, 'news')), (groups, root) => {
        const list = InputList.of(groups, root);
        const expected = straightforwardListing(groups, root);
        expect([...list]).toEqual(expected);
        expect(list.length).toBe(expected.length);
      }),
    );
  });

  it('keeps in a shard exactly the inputs the straightforward listing keeps (property)', () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 6 }), fc.integer({ min: 1, max: 4 }), (groups, count) => {
        const list = InputList.of(groups, BASE);
        const expected = straightforwardListing(groups, BASE);
        const shards = Array.from({ length: count }, (_, index) => list.filter((file) => inShard(file.relative, { index, count })));
        for (const [index, shard] of shards.entries()) {
          expect([...shard]).toEqual(expected.filter((file) => inShard(file.relative, { index, count })));
        }
        // A shard of a shard reads through both selections.
        const evenSources = (file: InputFile): boolean => file.source.length % 2 === 0;
        const onDisk = (file: InputFile): boolean => file.path !== null;
        expect([...list.filter(evenSources).filter(onDisk)]).toEqual(expected.filter(evenSources).filter(onDisk));
      }),
    );
  });

  it('reads any input by position without walking the others', () => {
    const matches = Array.from({ length: 10_000 }, (_, index) => `site/${String(index).padStart(5, '0')}.txt`);
    const list = InputList.of([{ kind: 'file', source: 'first.txt', path: '/c/first.txt' }, { kind: 'directory', source: 'c', path: '/c', matches }], '/c');
    expect(list.at(0)).toEqual({ source: 'first.txt', path: '/c/first.txt', relative: 'first.txt' });
    expect(list.at(10_000)).toEqual({ source: 'c/site/09999.txt', path: '/c/site/09999.txt', relative: 'site/09999.txt' });
    expect(list.at(5_001).relative).toBe('site/05000.txt');
  });
});
