import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A generated benchmark corpus. */
export interface BenchCorpus {
  root: string;
  /** Sub-folders `shard-<i>`, one per process of the parallel run; file j goes to shard j mod n. */
  shards: string[];
  files: number;
  /** Total size in bytes (UTF-8). */
  bytes: number;
  /** The real texts repeated, as paths. */
  sources: string[];
}

/**
 * Reads the real texts to repeat: the aeb `page` and `container` files and the seeds when the shared
 * data is there, else the repository's fixtures. Sorted, so the corpus is the same on every run.
 */
export async function findSourceTexts(repoRoot: string): Promise<string[]> {
  const shared = path.resolve(repoRoot, '../shared');
  const candidates = [
    path.join(shared, 'datasets/aeb/page'),
    path.join(shared, 'datasets/aeb/container'),
    path.join(shared, 'seeds'),
  ];
  const found = await textFilesIn(candidates);
  if (found.length > 0) return found;
  return textFilesIn([path.join(repoRoot, 'fixtures/seeds'), path.join(repoRoot, 'fixtures/eval/annotated')]);
}

async function textFilesIn(folders: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    files.push(...names.filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(folder, name)));
  }
  return files;
}

/** Writes copies of the source texts round-robin until the corpus reaches `targetBytes`. */
export async function generateCorpus(root: string, sources: readonly string[], targetBytes: number, shardCount: number): Promise<BenchCorpus> {
  if (sources.length === 0) throw new Error('no source texts to build a benchmark corpus from');
  const texts = await Promise.all(sources.map((file) => readFile(file)));
  const shards = Array.from({ length: shardCount }, (_, i) => path.join(root, `shard-${i}`));
  await Promise.all(shards.map((shard) => mkdir(shard, { recursive: true })));
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const text = texts[files % texts.length]!;
    await writeFile(path.join(shards[files % shardCount]!, `${String(files).padStart(7, '0')}.txt`), text);
    bytes += text.length;
    files++;
  }
  return { root, shards, files, bytes, sources: [...sources] };
}
