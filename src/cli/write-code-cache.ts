import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyRunFlags, loadBundle, writeCodeCache } from './launch.js';

/**
 * Build step, run by `src/bench/bundle.ts` in a process of its own: loads dist/bundle/cli.cjs as
 * bin/newsclean.js does, under the same V8 flags, cleans and segments the two seed files once, then
 * writes V8's code cache of everything that run compiled. Standard output is the run's; the cache's
 * path goes to standard error.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(repoRoot, 'dist/bundle/cli.cjs');
const seeds = ['000_db37e839a3b2f4ed.txt', '004_e9497fc9ce15acb8.txt'].map((name) => path.join(repoRoot, 'fixtures/seeds', name));

applyRunFlags('');
const loaded = loadBundle(bundle);
const code = await loaded.cli.main([...seeds, '--jobs', '1', '--format', 'jsonl', '--quiet']);
if (code !== 0) throw new Error(`the warm-up run over the seeds exited with ${code}`);
process.stderr.write(`code cache: ${writeCodeCache(bundle, loaded)}\n`);
