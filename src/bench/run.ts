import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSourceTexts, generateCorpus, type BenchCorpus } from './corpus.js';
import { median, runProcess, type ProcessRun } from './measure.js';
import { formatMemoryScale, measureMemoryScale, type MemoryScale } from './memory-scale.js';

/**
 * `npm run bench`: throughput, peak memory and start-up time of the built CLI on a generated corpus,
 * next to the floor (read + split lines + match words). Writes bench-results/bench.json. It reports;
 * it never fails on a number (exit 1 only when it cannot run at all).
 *
 * Usage: node dist/bench/run.js [--size MB] [--out FILE] [--keep-corpus] [--memory-scale K]
 */
interface BenchArgs {
  /** Corpus size in MB (10^6 bytes). */
  sizeMb: number;
  out: string;
  keepCorpus: boolean;
  /**
   * With K > 1, one more all-cores run over a corpus K times larger, to show that peak memory does not
   * grow with the number of files (issue #6: within 10 % at K = 5). Null: not measured.
   */
  memoryScale: number | null;
}

const DEFAULT_SIZE_MB = 200;
const STARTUP_REPEATS = 5;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'bin/newsclean.js');
const floorScript = path.join(repoRoot, 'dist/bench/floor.js');

function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { sizeMb: DEFAULT_SIZE_MB, out: path.join(repoRoot, 'bench-results/bench.json'), keepCorpus: false, memoryScale: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--size') args.sizeMb = Number(argv[++i]);
    else if (arg === '--out') args.out = path.resolve(argv[++i] ?? args.out);
    else if (arg === '--keep-corpus') args.keepCorpus = true;
    else if (arg === '--memory-scale') args.memoryScale = Number(argv[++i]);
    else throw new Error(`unknown argument ${arg}; usage: run.js [--size MB] [--out FILE] [--keep-corpus] [--memory-scale K]`);
  }
  if (!Number.isFinite(args.sizeMb) || args.sizeMb <= 0) throw new Error('--size must be a positive number of MB');
  if (args.memoryScale !== null && !(args.memoryScale > 1)) throw new Error('--memory-scale must be a number above 1');
  return args;
}

/** Throughput figures of one measured run over the corpus. */
interface Throughput {
  processes: number;
  elapsedMs: number;
  mbPerSecond: number;
  documentsPerSecond: number;
  /** Largest peak RSS of one process, and the sum over processes (what the machine needed). */
  peakRssMbPerProcess: number | null;
  peakRssMbTotal: number | null;
  exitCodes: Array<number | null>;
  /** First lines of standard error of processes that did not exit 0. */
  errors: string[];
}

function throughput(corpus: BenchCorpus, runs: readonly ProcessRun[], elapsedMs: number): Throughput {
  const peaks = runs.map((r) => r.peakRssBytes).filter((p): p is number => p !== null);
  const seconds = elapsedMs / 1000;
  return {
    processes: runs.length,
    elapsedMs: round(elapsedMs),
    mbPerSecond: round(corpus.bytes / 1e6 / seconds),
    documentsPerSecond: round(corpus.files / seconds),
    peakRssMbPerProcess: peaks.length === 0 ? null : round(Math.max(...peaks) / 1e6),
    peakRssMbTotal: peaks.length === 0 ? null : round(peaks.reduce((a, b) => a + b, 0) / 1e6),
    exitCodes: runs.map((r) => r.exitCode),
    errors: runs.filter((r) => r.exitCode !== 0).map((r) => r.stderr.split('\n').slice(0, 3).join(' | ')),
  };
}

async function timeProcesses(argsPerProcess: ReadonlyArray<readonly string[]>): Promise<{ runs: ProcessRun[]; elapsedMs: number }> {
  const started = performance.now();
  const runs = await Promise.all(argsPerProcess.map((args) => runProcess(process.execPath, args, false)));
  return { runs, elapsedMs: performance.now() - started };
}

/** Median wall time of `node ARGS`, over {@link STARTUP_REPEATS} runs. */
async function startupMs(args: readonly string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < STARTUP_REPEATS; i++) times.push((await runProcess(process.execPath, args, false)).elapsedMs);
  return round(median(times));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cores = os.availableParallelism();
  const sources = await findSourceTexts(repoRoot);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'newsclean-bench-'));
  try {
    process.stderr.write(`bench: generating ${args.sizeMb} MB under ${tmp} from ${sources.length} texts…\n`);
    const corpus = await generateCorpus(path.join(tmp, 'corpus'), sources, args.sizeMb * 1e6, cores);

    process.stderr.write('bench: floor (read + split lines + match words, 1 thread)…\n');
    const floorRun = await runProcess(process.execPath, [floorScript, corpus.root], true);
    const floorStats = JSON.parse(floorRun.stdout) as { files: number; bytes: number; lines: number; words: number; elapsedMs: number };

    // End to end as a user runs it: `newsclean corpus/ -o out/`, each run into an output folder of its own.
    const outputOf = (name: string): string => path.join(tmp, `out-${name}`);
    process.stderr.write('bench: newsclean, 1 worker (--jobs 1)…\n');
    const single = await timeProcesses([[cli, corpus.root, '-o', outputOf('jobs-1'), '--jobs', '1', '--quiet']]);
    process.stderr.write(`bench: newsclean, ${cores} workers (--jobs ${cores})…\n`);
    const pooled = await timeProcesses([[cli, corpus.root, '-o', outputOf('pool'), '--jobs', String(cores), '--quiet']]);
    process.stderr.write(`bench: newsclean, ${cores} processes (--shard i/${cores})…\n`);
    const sharded = await timeProcesses(
      corpus.shards.map((_, i) => [cli, corpus.root, '-o', outputOf('shards'), '--shard', `${i}/${cores}`, '--jobs', '1', '--quiet']),
    );

    const pooledThroughput = throughput(corpus, pooled.runs, pooled.elapsedMs);
    let memoryScale: MemoryScale | null = null;
    if (args.memoryScale !== null) {
      process.stderr.write(`bench: newsclean --jobs ${cores} over ${args.memoryScale}× the corpus (memory)…\n`);
      memoryScale = await measureMemoryScale({
        factor: args.memoryScale,
        baseBytes: corpus.bytes,
        basePeakRssMb: pooledThroughput.peakRssMbPerProcess,
        sources,
        workFolder: tmp,
        cli,
        cores,
      });
    }

    process.stderr.write('bench: start-up…\n');
    const smallFile = sources.find((file) => file.includes('seeds')) ?? sources[0]!;
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores,
      corpus: { megabytes: round(corpus.bytes / 1e6), files: corpus.files, sourceTexts: sources.length, from: path.dirname(sources[0]!) },
      floor: {
        what: 'single-threaded read + split lines + Unicode word regex',
        elapsedMs: round(floorRun.elapsedMs),
        innerElapsedMs: round(floorStats.elapsedMs),
        mbPerSecond: round(floorStats.bytes / 1e6 / (floorRun.elapsedMs / 1000)),
        documentsPerSecond: round(floorStats.files / (floorRun.elapsedMs / 1000)),
        peakRssMb: floorRun.peakRssBytes === null ? null : round(floorRun.peakRssBytes / 1e6),
        words: floorStats.words,
      },
      newsclean: {
        oneWorker: { ...throughput(corpus, single.runs, single.elapsedMs), note: 'one process, --jobs 1' },
        allCores: { ...pooledThroughput, note: `one process, --jobs ${cores} (worker pool)` },
        shardedProcesses: { ...throughput(corpus, sharded.runs, sharded.elapsedMs), note: `${cores} processes, --shard i/${cores} --jobs 1` },
        scaling: round(single.elapsedMs / pooled.elapsedMs),
        ratioToFloor: round(pooled.elapsedMs / floorRun.elapsedMs),
      },
      memoryScale,
      startup: {
        versionMs: await startupMs([cli, '--version']),
        oneSmallFileMs: await startupMs([cli, smallFile, '--quiet']),
        // What any Node program pays on this machine today: the start-up targets read against it.
        bareNodeMs: await startupMs(['-e', '']),
        smallFile: path.basename(smallFile),
        repeats: STARTUP_REPEATS,
        statistic: 'median',
      },
    };
    await mkdir(path.dirname(args.out), { recursive: true });
    await writeFile(args.out, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(summary(result.corpus.megabytes, result.floor, result.newsclean, result.startup, memoryScale, args.out));
  } finally {
    if (args.keepCorpus) process.stderr.write(`bench: corpus kept in ${tmp}\n`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

function summary(
  megabytes: number,
  floor: { mbPerSecond: number; documentsPerSecond: number; peakRssMb: number | null },
  newsclean: { oneWorker: Throughput; allCores: Throughput; shardedProcesses: Throughput; scaling: number; ratioToFloor: number },
  startup: { versionMs: number; oneSmallFileMs: number; bareNodeMs: number },
  memoryScale: MemoryScale | null,
  out: string,
): string {
  const row = (name: string, t: { mbPerSecond: number; documentsPerSecond: number }, rss: number | null): string =>
    `${name.padEnd(24)} ${t.mbPerSecond.toFixed(2).padStart(9)} MB/s ${t.documentsPerSecond.toFixed(1).padStart(10)} docs/s   peak RSS ${rss === null ? '–' : `${rss.toFixed(0)} MB`}`;
  return [
    `corpus ${megabytes} MB`,
    row('floor (1 thread)', floor, floor.peakRssMb),
    row('newsclean --jobs 1', newsclean.oneWorker, newsclean.oneWorker.peakRssMbPerProcess),
    row('newsclean all workers', newsclean.allCores, newsclean.allCores.peakRssMbPerProcess),
    row(`newsclean ${newsclean.shardedProcesses.processes} shards`, newsclean.shardedProcesses, newsclean.shardedProcesses.peakRssMbTotal),
    `scaling (all workers / --jobs 1): ${newsclean.scaling}×; time against the floor: ${newsclean.ratioToFloor}×`,
    `start-up: --version ${startup.versionMs} ms, one small file ${startup.oneSmallFileMs} ms (node -e '' alone: ${startup.bareNodeMs} ms)`,
    ...(memoryScale === null ? [] : [formatMemoryScale(memoryScale)]),
    `written: ${out}`,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
