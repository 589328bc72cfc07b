import { it } from 'vitest';
import { cpSync, mkdirSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runInProcess, temporaryDirectory } from '../cli/helpers.js';
import { writeRuntimeFixtures } from './bad-fixtures.js';
it('probe', async () => {
  const tmp = temporaryDirectory();
  cpSync('fixtures/bad', path.join(tmp, 'bad'), { recursive: true });
  writeRuntimeFixtures(path.join(tmp, 'bad'), false);
  symlinkSync('mojibake.txt', path.join(tmp, 'bad', 'link-to-mojibake.txt'));
  symlinkSync('missing.txt', path.join(tmp, 'bad', 'dangling.txt'));
  const r = await runInProcess(['bad', '-o', 'out', '--no-split'], { cwd: tmp });
  console.log(r.code, r.stderr, readdirSync(path.join(tmp, 'out'), { recursive: true }));
  const r2 = await runInProcess(['bad/loop-a.txt', 'bad/dangling.txt', '--no-split'], { cwd: tmp });
  console.log(r2.code, r2.stderr);
});
