import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { PipelineOptions } from '../options.js';
import { readDocuments, type WorkItem } from '../io/documents.js';
import { describeFsError, idBaseOf, InputError, listInputsCompactly } from '../io/inputs.js';
import { withExtras } from '../io/jsonl-input.js';
import { ResumeCheck } from '../io/resume.js';
import { inShard, shardFromEnv, ShardError, type Shard } from '../io/shard.js';
import { OutputStream } from '../io/output-stream.js';
import type { DocumentOutcome } from '../io/pool/outcome.js';
import { DocumentRunner } from '../io/pool/runner.js';
import type { OutputFormat } from '../io/serialise.js';
import { DirectorySink, StdoutSink, type Sink } from '../io/sinks.js';
import { colourLevel, createPalette } from '../report/colour.js';
import { Diagnostics } from '../report/diagnostics.js';
import { formatExplanation } from '../report/explain.js';
import { ProgressBar } from '../report/progress.js';
import { formatDuplicateSummary, formatLearnedSummary, formatSummary, type RunStats } from '../report/summary.js';
import { DuplicateIndex } from '../corpus/duplicate-index.js';
import { DuplicateTallier } from '../corpus/duplicate-report.js';
import { markDuplicates } from '../corpus/mark-duplicates.js';
import type { CleanFlags } from './clean-flags.js';
import type { CliContext } from './context.js';
import { decodingNote } from './decoding-notes.js';
import { InterruptWatch } from './interrupt.js';
import { PipelineFlagError, pipelineOptionsFrom } from './pipeline-options.js';
import { ProfileFlagError, runProfile, type RunProfile } from './profile-flag.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, USAGE_HINT } from './exit-codes.js';

/** A usage error found after parsing (nothing to read, a bad `--rules` file, `-o` on a file). */
class UsageError extends Error {}

/**
 * The main command: reads every input (this shard's share with `--shard`; text files, or JSON Lines
 * records streamed one by one), skips finished ones with `--resume`, runs the pipeline (on worker
 * threads with `--jobs`), writes records in input order to standard output or to one file per input
 * under `-o DIR`, and reports on standard error. Returns the exit code.
 */
export async function runClean(args: string[], flags: CleanFlags, ctx: CliContext): Promise<number> {
  const now = ctx.now ?? (() => performance.now());
  const startedAt = now();
  const palette = createPalette(colourLevel({ isTTY: ctx.stderrIsTTY, env: ctx.env, colourFlag: flags.color }));
  const refuse = (message: string): number => {
    ctx.stderr.write(`newsclean: ${palette.error(message)}\n${USAGE_HINT}\n`);
    return EXIT_USAGE;
  };
  let options: PipelineOptions;
  let shard: Shard | null;
  try {
    options = await pipelineOptions(args, flags, ctx);
    if (flags.output !== undefined) await checkOutputDirectory(path.resolve(ctx.cwd, flags.output), flags.output);
    if (flags.resume === true && flags.output === undefined) throw new UsageError('--resume needs -o DIR: it skips inputs whose output file exists');
    shard = chosenShard(flags, ctx.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return refuse(error.message);
  }

  const listing = await listInputsCompactly(args, { cwd: ctx.cwd, glob: flags.glob });
  // Standard input is this process's own stream (each array task or pipe worker has its own): never sharded away.
  const files = shard === null ? listing.files : listing.files.filter((file) => file.path === null || inShard(file.relative, shard));
  const showProgress = ctx.stderrIsTTY && !flags.quiet && files.length > 1;
  const progress = showProgress ? new ProgressBar(ctx.stderr, files.length, now, palette) : null;
  const diagnostics = new Diagnostics(ctx.stderr, palette, progress);
  for (const problem of listing.problems) {
    if (problem.kind === 'failed') diagnostics.inputFailed(problem.source, problem.reason);
    else diagnostics.warning(problem.source, problem.reason);
  }

  const reading = { format: flags.inputFormat, fields: { text: flags.textField, id: flags.idField }, stdin: ctx.stdin };
  let learned: RunProfile | null;
  // The first pass reads everything once more: on a terminal it gets its own bar.
  const learningBar = showProgress ? new ProgressBar(ctx.stderr, files.length, now, palette) : null;
  try {
    const progressed = (done: number, source: string): void => learningBar?.update(done, `learning boilerplate: ${source}`);
    // Only learning reads the inputs (twice): only then are they made objects, all at once.
    const learningInputs = flags.learnBoilerplate === true ? [...files] : [];
    learned = await runProfile(flags, learningInputs, reading, options.corpus, { cwd: ctx.cwd, now, progressed });
  } catch (error) {
    if (!(error instanceof ProfileFlagError)) throw error;
    return refuse(error.message);
  } finally {
    learningBar?.clear();
  }

  if (shard !== null && learned?.origin.kind === 'learned') {
    ctx.stderr.write(`newsclean: learning from shard ${shard.index}/${shard.count}'s inputs only; to clean every shard alike, learn once and pass --profile FILE to each (docs/corpus.md)\n`);
  }

  const format: OutputFormat = flags.format ?? (flags.output === undefined ? 'jsonl' : 'json');
  const outputDirectory = flags.output === undefined ? null : path.resolve(ctx.cwd, flags.output);
  const sink =
    outputDirectory === null
      ? new StdoutSink(new OutputStream(ctx.stdout), format)
      : new DirectorySink(outputDirectory, format, flags.inputFormat === 'jsonl' ? null : files);
  const stats: RunStats = { files: 0, failed: 0, articles: 0, linesRemoved: 0, bytes: 0, elapsedMs: 0 };
  let learnedRemoved = 0;
  stats.failed = listing.problems.filter((problem) => problem.kind === 'failed').length;
  let skipped = 0;
  const duplicates: DuplicateMarking | null =
    flags.duplicates === true || flags.dedupe === true
      ? { index: new DuplicateIndex(options.corpus), drop: flags.dedupe === true, tallier: new DuplicateTallier(), elapsedMs: 0, now }
      : null;
  const report = (failure: InputError | null): void => {
    if (failure !== null) {
      diagnostics.inputFailed(failure.source, failure.message);
      stats.failed++;
    } else if (options.explain && format === 'text') {
      for (const record of sink.lastRecords) diagnostics.write(formatExplanation(record, palette));
    }
  };
  /** Writes one settled item, in input order. */
  const finish = async (settled: Settled): Promise<void> => {
    const { item } = settled;
    diagnostics.progressed(item.position, item.kind === 'failed' ? item.error.source : item.input.source);
    if (item.kind === 'skipped') skipped++;
    else if (item.kind === 'failed') report(item.error);
    else {
      const note = item.decoded === null ? null : decodingNote(item.decoded);
      if (note !== null) diagnostics.warning(item.input.source, note);
      const { outcome } = settled;
      if (outcome !== null && !(outcome instanceof InputError)) learnedRemoved += outcome.counters['remove-line:learned'] ?? 0;
      report(outcome instanceof InputError ? outcome : await writeDocument(item, outcome, sink, stats, duplicates));
    }
  };

  const interrupt = ctx.signals === undefined ? null : new InterruptWatch(ctx.signals);
  const stopping = (): boolean => sink.closed || Boolean(interrupt?.received);
  const runner = new DocumentRunner(flags.jobs ?? availableParallelism(), options, learned?.profile ?? null);
  const resume = flags.resume === true && outputDirectory !== null ? new ResumeCheck(outputDirectory, format) : null;
  const documents = readDocuments(files, { ...reading, isDone: async (input) => resume !== null && (await resume.isDone(input)) });
  // Documents run ahead on the workers (up to runner.depth of them) but are written strictly in input order.
  const inFlight: Array<Promise<Settled>> = [];
  await sink.begin();
  try {
    for await (const item of documents) {
      if (stopping()) break;
      inFlight.push(start(item, runner));
      while (inFlight.length >= runner.depth && !stopping()) await finish(await (inFlight.shift() as Promise<Settled>));
    }
    while (inFlight.length > 0 && !stopping()) await finish(await (inFlight.shift() as Promise<Settled>));
  } finally {
    // Workers keep the process alive: stop them however the loop ends.
    await Promise.allSettled(inFlight);
    await runner.close();
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
  if (summaryWanted && (stats.files > 0 || stats.failed > 0 || skipped > 0)) {
    diagnostics.write(formatSummary(stats, palette));
    if (skipped > 0) diagnostics.write(`newsclean: ${skipped} input${skipped === 1 ? '' : 's'} skipped by --resume (output already complete)\n`);
    if (learned !== null) diagnostics.write(formatLearnedSummary({ ...learned, removed: learnedRemoved }, palette));
    if (duplicates !== null) diagnostics.write(formatDuplicateSummary(duplicates.tallier.tally, duplicates.drop, duplicates.elapsedMs));
  }
  if (stats.failed > 0) return EXIT_SOME_FAILED;
  // A shard or a resumed run may rightly have nothing left to do; only an empty listing is a usage error.
  if (listing.files.length === 0) {
    ctx.stderr.write(`newsclean: ${palette.error('no input matched')}\n${USAGE_HINT}\n`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

/** A work item with its pipeline outcome: a document's result or failure; null for other items. */
interface Settled {
  item: WorkItem;
  outcome: DocumentOutcome | InputError | null;
}

/** Starts the pipeline on a document item; other items settle at once. Never rejects. */
function start(item: WorkItem, runner: DocumentRunner): Promise<Settled> {
  if (item.kind !== 'document') return Promise.resolve({ item, outcome: null });
  return runner.run(item.text, { source: item.input.source, idBase: idBaseOf(item.input) }).then(
    (result) => ({ item, outcome: result }),
    (error: unknown) => {
      // One document that trips an engine bug must not end the batch; the message names the file.
      const detail = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
      return { item, outcome: new InputError(item.input.source, `internal error, please report: ${detail}`) };
    },
  );
}

/** The run's duplicate detection: one index over all articles, fed in input order. */
interface DuplicateMarking {
  index: DuplicateIndex;
  /** `--dedupe`: copies are left out of the output. */
  drop: boolean;
  tallier: DuplicateTallier;
  /** Time spent signing and looking up articles, for the summary (milliseconds). */
  elapsedMs: number;
  now: () => number;
}

/**
 * Writes one processed document's records, with a JSON Lines record's other fields added to each;
 * returns the failure to report, or null when written.
 */

async function writeDocument(
  item: Extract<WorkItem, { kind: 'document' }>,
  processed: DocumentOutcome | null,
  sink: Sink,
  stats: RunStats,
  duplicates: DuplicateMarking | null,
): Promise<InputError | null> {
  if (processed === null) throw new Error('a document settled without a result');
  let records = item.extras === null ? processed.records : withExtras(processed.records, item.extras);
  if (duplicates !== null) {
    const started = duplicates.now();
    const marked = markDuplicates(duplicates.index, records);
    duplicates.elapsedMs += duplicates.now() - started;
    for (const verdict of marked.verdicts) duplicates.tallier.add(verdict);
    const copies = marked.verdicts.filter((verdict) => verdict.duplicateOf !== null).length;
    records = duplicates.drop && copies > 0 ? marked.records.filter((record) => record.duplicate_of === null) : marked.records;
  }
  const failure = await sink.write({ file: item.input, position: item.position }, records);
  if (failure !== null) return new InputError(item.input.source, failure);
  stats.files++;
  stats.articles += records.length;
  stats.linesRemoved += processed.counters['lines-removed'] ?? 0;
  stats.bytes += Buffer.byteLength(item.text);
  return null;
}

async function pipelineOptions(args: string[], flags: CleanFlags, ctx: CliContext): Promise<PipelineOptions> {
  if (args.length === 0) {
    throw new UsageError('no input given: name files, directories or glob patterns, or - for standard input');
  }
  try {
    return await pipelineOptionsFrom(flags, ctx.cwd);
  } catch (error) {
    if (error instanceof PipelineFlagError) throw new UsageError(error.message);
    throw error;
  }
}

/** `--shard`, else the scheduler's environment; a bad environment is a usage error. */
function chosenShard(flags: CleanFlags, env: NodeJS.ProcessEnv): Shard | null {
  if (flags.shard !== undefined) return flags.shard;
  try {
    return shardFromEnv(env);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(error.message);
    throw error;
  }
}

async function checkOutputDirectory(directory: string, given: string): Promise<void> {
  try {
    if (!(await stat(directory)).isDirectory()) throw new UsageError(`-o ${given}: exists and is not a directory`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A missing directory is created on the first write; other errors surface there per file.
  }
}
