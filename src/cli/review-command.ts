import { spawn } from 'node:child_process';
import path from 'node:path';
import { Command } from 'commander';
import { DEFAULT_GLOB, idBaseOf, InputError, listInputs, readInput } from '../io/inputs.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { PipelineOptions } from '../options.js';
import { colourLevel } from '../report/colour.js';
import { reviewTerminalStyle } from '../report/review-terminal.js';
import { failedReviewDocument, reviewText } from '../review/build-review.js';
import type { ReviewDocument } from '../review/model.js';
import { renderHtmlReport } from '../review/render-html.js';
import { renderTerminalDocument } from '../review/render-terminal.js';
import { describeRule } from '../review/rule-catalogue.js';
import type { CleanFlags } from './clean-flags.js';
import type { CliContext } from './context.js';
import { PipelineFlagError, pipelineOptionsFrom, type PipelineFlags } from './pipeline-options.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, USAGE_HINT } from './exit-codes.js';
import type { SubcommandFactory } from './subcommand.js';

interface ReviewFlags {
  html?: string;
  glob?: string;
  /** False with `--no-color`. */
  color: boolean;
}

/** The main command's pipeline options, which commander parses for it even after `review`. */

/** Listing width when standard output is not a terminal (a file, a pipe, a test). */
const DEFAULT_WIDTH = 100;

const EXAMPLES = `
Examples:
  $ newsclean review fixtures/seeds/004_e9497fc9ce15acb8.txt   the file line by line, removals struck
  $ NO_COLOR=1 newsclean review story.txt > review.txt         plain listing: '-' marks a removed line
  $ newsclean review corpus/ --html report.html                one self-contained page for the whole run
  $ newsclean review story.txt --rules site.json --no-split    the main command's pipeline options apply
`;

/**
 * `newsclean review FILE…`: shows what the pipeline did to each input, in the terminal (paged on a
 * terminal) or as one self-contained HTML report with `--html`.
 */
export const reviewCommand: SubcommandFactory = (ctx, setExitCode) =>
  new Command('review')
    .description('show each input line by line with what was removed (and by which rule) and where it was split')
    .argument('<inputs...>', 'files, directories (searched recursively), glob patterns, or - for standard input')
    .option('--html <file>', 'write one self-contained HTML report to FILE instead of the terminal listing')
    .option('-g, --glob <pattern>', `files to take from directory inputs (default: "${DEFAULT_GLOB}")`)
    .option('--no-color', 'no colour in the terminal listing (also NO_COLOR=1)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ReviewFlags, command: Command) => {
      const parent = command.parent?.opts<Partial<CleanFlags>>() ?? {};
      setExitCode(await runReview(inputs, withParentFlags(flags, parent), parent, ctx));
    });

/**
 * The main program defines `--glob` and `--no-color` too, and commander lets it take them when they
 * follow `review`; the user meant them either way.
 */
function withParentFlags(flags: ReviewFlags, parent: Partial<CleanFlags>): ReviewFlags {
  const glob = flags.glob ?? (parent.glob !== DEFAULT_GLOB ? parent.glob : undefined);
  return { ...flags, color: flags.color && parent.color !== false, ...(glob === undefined ? {} : { glob }) };
}

/**
 * The same pipeline options as the main command (`--rules`, `--keep captions`, `--no-split`,
 * `--split-threshold`), with explanations on. Returns a usage message instead when `--rules` is unusable.
 */
async function reviewOptions(flags: Partial<PipelineFlags>, ctx: CliContext): Promise<PipelineOptions | string> {
  try {
    return await pipelineOptionsFrom({ ...flags, explain: true }, ctx.cwd);
  } catch (error) {
    if (error instanceof PipelineFlagError) return error.message;
    throw error;
  }
}

async function runReview(inputs: string[], flags: ReviewFlags, pipelineFlags: Partial<PipelineFlags>, ctx: CliContext): Promise<number> {
  const options = await reviewOptions(pipelineFlags, ctx);
  if (typeof options === 'string') {
    ctx.stderr.write(`newsclean: ${options}\n${USAGE_HINT}\n`);
    return EXIT_USAGE;
  }
  const listing = await listInputs(inputs, { cwd: ctx.cwd, glob: flags.glob ?? DEFAULT_GLOB });
  for (const problem of listing.problems) ctx.stderr.write(`newsclean: ${problem.source}: ${problem.reason}\n`);
  if (listing.files.length === 0) return EXIT_USAGE;
  const docs: ReviewDocument[] = [];
  for (const file of listing.files) {
    try {
      const text = await readInput(file, ctx.stdin);
      docs.push(reviewText(text, { source: file.source, idBase: idBaseOf(file) }, options, file.relative));
    } catch (error) {
      const reason = error instanceof InputError || error instanceof Error ? error.message : String(error);
      ctx.stderr.write(`newsclean: ${file.source}: ${reason}\n`);
      docs.push(failedReviewDocument(file.source, reason, file.relative));
    }
  }
  const failed = listing.problems.some((p) => p.kind === 'failed') || docs.some((doc) => doc.error !== undefined);
  if (flags.html !== undefined) {
    const target = path.resolve(ctx.cwd, flags.html);
    const html = renderHtmlReport(docs, {
      describe: (id) => describeRule(id, options.cleaning.rules),
      threshold: options.segmentation.threshold,
    });
    await writeFileAtomic(target, html);
    ctx.stderr.write(`newsclean: review of ${docs.length} document${docs.length === 1 ? '' : 's'} written to ${flags.html}\n`);
  } else {
    await showListing(docs, flags, ctx);
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

async function showListing(docs: ReviewDocument[], flags: ReviewFlags, ctx: CliContext): Promise<void> {
  const level = colourLevel({ isTTY: ctx.stdoutIsTTY, env: ctx.env, colourFlag: flags.color });
  const layout = { width: terminalSize(ctx).columns ?? DEFAULT_WIDTH, style: reviewTerminalStyle(level) };
  const text = docs.map((doc) => renderTerminalDocument(doc, layout)).join('\n');
  const rows = terminalSize(ctx).rows;
  if (ctx.stdoutIsTTY && rows !== undefined && countLines(text) >= rows && (await page(text, ctx))) return;
  ctx.stdout.write(text);
}

function terminalSize(ctx: CliContext): { columns?: number; rows?: number } {
  const stream = ctx.stdout as Partial<{ columns: number; rows: number }>;
  const columns = ctx.stdoutIsTTY && typeof stream.columns === 'number' ? Math.max(stream.columns, 40) : undefined;
  const rows = ctx.stdoutIsTTY && typeof stream.rows === 'number' ? stream.rows : undefined;
  return { ...(columns === undefined ? {} : { columns }), ...(rows === undefined ? {} : { rows }) };
}

function countLines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/**
 * Pipes the listing through `$PAGER`, or `less -R` (keeping colour), and waits for the reader to
 * quit. Returns false when no pager could be started, so the caller prints the listing itself.
 */
function page(text: string, ctx: CliContext): Promise<boolean> {
  const pager = ctx.env['PAGER']?.trim() || 'less -R';
  return new Promise((resolve) => {
    const child = spawn(pager, {
      shell: true,
      stdio: ['pipe', 'inherit', 'inherit'],
      // F: quit at once when the listing fits; R: pass colours; X: leave the listing on screen.
      env: { ...ctx.env, LESS: ctx.env['LESS'] ?? 'FRX' },
    });
    let started = true;
    child.on('error', () => {
      started = false;
      resolve(false);
    });
    // The reader may quit before reading everything: the broken pipe is expected, not an error.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve(started && code !== 127));
    child.stdin.end(text);
  });
}
