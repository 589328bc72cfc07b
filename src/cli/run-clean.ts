import { stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveOptions, type PipelineOptions, type RuleOverrides } from '../options.js';
import { processDocument } from '../pipeline/process.js';
import { describeFsError, idBaseOf, InputError, listInputs, readDecodedInput, type InputFile } from '../io/inputs.js';
import { OutputStream } from '../io/output-stream.js';
import { loadRulesFile, RulesFileError } from '../io/rules-file.js';
import type { OutputFormat } from '../io/serialise.js';
import { DirectorySink, StdoutSink, type Sink } from '../io/sinks.js';
import { colourLevel, createPalette } from '../report/colour.js';
import { Diagnostics } from '../report/diagnostics.js';
import { formatExplanation } from '../report/explain.js';
import { ProgressBar } from '../report/progress.js';
import { formatSummary, type RunStats } from '../report/summary.js';
import type { DocumentResult } from '../types.js';
import type { CleanFlags } from './clean-flags.js';
import type { CliContext } from './context.js';
import { decodingNote } from './decoding-notes.js';
import { InterruptWatch } from './interrupt.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, USAGE_HINT } from './exit-codes.js';

/** A usage error found after parsing (nothing to read, a bad `--rules` file, `-o` on a file). */
class UsageError extends Error {}

/**
 * The main command: reads every input, runs the pipeline, writes records to standard output or
 * to one file per input under `-o DIR`, and reports on standard error. Returns the exit code.
 */
export async function runClean(args: string[], flags: CleanFlags, ctx: CliContext): Promise<number> {
  const now = ctx.now ?? (() => performance.now());
  const startedAt = now();
  const palette = createPalette(colourLevel({ isTTY: ctx.stderrIsTTY, env: ctx.env, colourFlag: flags.color }));
  let options: PipelineOptions;
  try {
    options = await pipelineOptions(args, flags, ctx);
    if (flags.output !== undefined) await checkOutputDirectory(path.resolve(ctx.cwd, flags.output), flags.output);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    ctx.stderr.write(`newsclean: ${palette.error(error.message)}\n${USAGE_HINT}\n`);
    return EXIT_USAGE;
  }

  const listing = await listInputs(args, { cwd: ctx.cwd, glob: flags.glob });
  const showProgress = ctx.stderrIsTTY && !flags.quiet && listing.files.length > 1;
  const progress = showProgress ? new ProgressBar(ctx.stderr, listing.files.length, now, palette) : null;
  const diagnostics = new Diagnostics(ctx.stderr, palette, progress);
  for (const problem of listing.problems) {
    if (problem.kind === 'failed') diagnostics.inputFailed(problem.source, problem.reason);
    else diagnostics.warning(problem.source, problem.reason);
  }

  const format: OutputFormat = flags.format ?? (flags.output === undefined ? 'jsonl' : 'json');
  const sink =
    flags.output === undefined
      ? new StdoutSink(new OutputStream(ctx.stdout), format)
      : new DirectorySink(path.resolve(ctx.cwd, flags.output), format);
  const stats: RunStats = { files: 0, failed: 0, articles: 0, linesRemoved: 0, bytes: 0, elapsedMs: 0 };
  stats.failed = listing.problems.filter((problem) => problem.kind === 'failed').length;

  const interrupt = ctx.signals === undefined ? null : new InterruptWatch(ctx.signals);
  await sink.begin();
  for (const [done, file] of listing.files.entries()) {
    if (sink.closed || interrupt?.received) break;
    diagnostics.progressed(done, file.source);
    const failure = await processOne(file, options, ctx, sink, stats, diagnostics);
    if (failure !== null) {
      diagnostics.inputFailed(failure.source, failure.message);
      stats.failed++;
    } else if (options.explain && format === 'text') {
      for (const record of sink.lastRecords) diagnostics.write(formatExplanation(record, palette));
    }
  }
  await sink.end();
  diagnostics.finish();
  interrupt?.dispose();
  const stopCode = interrupt?.exitCode ?? null;
  if (stopCode !== null) {
    ctx.stderr.write(`newsclean: stopped by ${interrupt?.received}; every output written is complete\n`);
    return stopCode;
  }

  // The reader closed the pipe (`| head -1`): stop quietly, as `cat` does.
  if (sink.readerGone) return stats.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  if (sink.error !== null) {
    diagnostics.inputFailed('standard output', describeFsError(sink.error));
    stats.failed++;
  }
  stats.elapsedMs = now() - startedAt;
  // A pipe's reader wants data only (`| head` must leave standard error clean); files and terminals get the summary.
  const summaryWanted = !flags.quiet && (flags.output !== undefined || ctx.stdoutIsPipe !== true);
  if (summaryWanted && (stats.files > 0 || stats.failed > 0)) diagnostics.write(formatSummary(stats, palette));
  if (stats.failed > 0) return EXIT_SOME_FAILED;
  if (stats.files === 0) {
    ctx.stderr.write(`newsclean: ${palette.error('no input matched')}\n${USAGE_HINT}\n`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

/** Processes one input; returns the failure to report, or null when its records were written. */
async function processOne(
  file: InputFile,
  options: PipelineOptions,
  ctx: CliContext,
  sink: Sink,
  stats: RunStats,
  diagnostics: Diagnostics,
): Promise<InputError | null> {
  let text: string;
  try {
    const decoded = await readDecodedInput(file, ctx.stdin);
    text = decoded.text;
    const note = decodingNote(decoded);
    if (note !== null) diagnostics.warning(file.source, note);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  let result: DocumentResult;
  try {
    result = processDocument(text, { source: file.source, idBase: idBaseOf(file) }, options);
  } catch (error) {
    // One document that trips an engine bug must not end the batch; the message names the file.
    const detail = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
    return new InputError(file.source, `internal error, please report: ${detail}`);
  }
  const failure = await sink.write(file, result);
  if (failure !== null) return new InputError(file.source, failure);
  stats.files++;
  stats.articles += result.records.length;
  stats.linesRemoved += result.counters['lines-removed'] ?? 0;
  stats.bytes += Buffer.byteLength(text);
  return null;
}

async function pipelineOptions(args: string[], flags: CleanFlags, ctx: CliContext): Promise<PipelineOptions> {
  if (args.length === 0) {
    throw new UsageError('no input given: name files, directories or glob patterns, or - for standard input');
  }
  let rules: RuleOverrides = { disable: [], add: [] };
  if (flags.rules !== undefined) {
    try {
      rules = await loadRulesFile(path.resolve(ctx.cwd, flags.rules));
    } catch (error) {
      if (error instanceof RulesFileError) throw new UsageError(`--rules ${flags.rules}: ${error.message}`);
      throw error;
    }
  }
  return resolveOptions({
    cleaning: { keepCaptions: flags.keep?.includes('captions') === true, rules },
    segmentation:
      flags.splitThreshold === undefined ? { enabled: flags.split } : { enabled: flags.split, threshold: flags.splitThreshold },
    explain: flags.explain === true,
  });
}

async function checkOutputDirectory(directory: string, given: string): Promise<void> {
  try {
    if (!(await stat(directory)).isDirectory()) throw new UsageError(`-o ${given}: exists and is not a directory`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A missing directory is created on the first write; other errors surface there per file.
  }
}
