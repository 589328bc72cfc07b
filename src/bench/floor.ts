import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The floor of the benchmark: what any tool pays to touch the corpus. Single-threaded: reads every
 * file under the given folders, splits it into lines and matches words with a Unicode regex. Prints
 * one JSON line: files, bytes, lines, words, elapsed milliseconds.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

async function main(folders: string[]): Promise<void> {
  const started = performance.now();
  let files = 0;
  let bytes = 0;
  let lines = 0;
  let words = 0;
  for (const folder of folders) {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
      files++;
      bytes += Buffer.byteLength(text);
      for (const line of text.split('\n')) {
        lines++;
        words += line.match(WORD)?.length ?? 0;
      }
    }
  }
  process.stdout.write(`${JSON.stringify({ files, bytes, lines, words, elapsedMs: performance.now() - started })}\n`);
}

await main(process.argv.slice(2));
