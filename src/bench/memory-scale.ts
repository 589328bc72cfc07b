import path from 'node:path';
import { generateCorpus } from './corpus.js';
import { runProcess } from './measure.js';

/** Peak memory of an all-cores run over a corpus `factor` times the benchmark's, against the benchmark's run. */
export interface MemoryScale {
  factor: number;
  megabytes: number;
  files: number;
  peakRssMb: number | null;
  /** The all-cores run over the benchmark corpus. */
  basePeakRssMb: number | null;
  /** `peakRssMb / basePeakRssMb`: 1 when memory does not grow with the number of files. */
  ratio: number | null;
  exitCode: number | null;
}

export interface MemoryScaleSetup {
  factor: number;
  /** Size of the benchmark corpus, bytes. */
  baseBytes: number;
  basePeakRssMb: number | null;
  sources: readonly string[];
  /** Folder for the larger corpus and its output (removed with the benchmark's). */
  workFolder: string;
  cli: string;
  cores: number;
}

/**
 * Generates the larger corpus and runs `newsclean corpus/ -o out/ --jobs cores` over it once, as the
 * benchmark's all-cores run does over its own corpus.
 */
export async function measureMemoryScale(setup: MemoryScaleSetup): Promise<MemoryScale> {
  const corpus = await generateCorpus(path.join(setup.workFolder, `corpus-x${setup.factor}`), setup.sources, setup.baseBytes * setup.factor, setup.cores);
  const output = path.join(setup.workFolder, `out-x${setup.factor}`);
  const run = await runProcess(process.execPath, [setup.cli, corpus.root, '-o', output, '--jobs', String(setup.cores), '--quiet'], false);
  const peakRssMb = run.peakRssBytes === null ? null : Math.round(run.peakRssBytes / 1e4) / 100;
  return {
    factor: setup.factor,
    megabytes: Math.round(corpus.bytes / 1e4) / 100,
    files: corpus.files,
    peakRssMb,
    basePeakRssMb: setup.basePeakRssMb,
    ratio: peakRssMb === null || setup.basePeakRssMb === null ? null : Math.round((peakRssMb / setup.basePeakRssMb) * 1000) / 1000,
    exitCode: run.exitCode,
  };
}

/** One line for the benchmark's summary. */
export function formatMemoryScale(scale: MemoryScale): string {
  const mb = (value: number | null): string => (value === null ? '–' : `${value.toFixed(0)} MB`);
  const failed = scale.exitCode === 0 ? '' : ` (exit ${scale.exitCode})`;
  return `memory at ${scale.factor}× the corpus (${scale.megabytes.toFixed(0)} MB, ${scale.files} files): peak RSS ${mb(scale.peakRssMb)} against ${mb(scale.basePeakRssMb)}, ratio ${scale.ratio ?? '–'}${failed}`;
}
