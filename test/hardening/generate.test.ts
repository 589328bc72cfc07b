/**
 * `npm run fixtures:bad` (FIXTURES_BAD_WRITE=1) rewrites fixtures/bad/ from the generator; a plain
 * test run checks that the committed corpus is what the generator makes.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { staleBadFixtures, writeBadFixtures } from './bad-fixtures.js';
import { repoRoot } from './shared-data.js';

const folder = path.join(repoRoot, 'fixtures/bad');

it('fixtures/bad is what the generator writes', () => {
  if (process.env['FIXTURES_BAD_WRITE'] === '1') writeBadFixtures(folder);
  expect(staleBadFixtures(folder), 'run npm run fixtures:bad').toEqual([]);
});
