import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_GLOB } from '../io/inputs.js';
import { INPUT_FORMATS } from '../io/jsonl-input.js';
import { FORMATS } from '../io/serialise.js';
import { parseShard, ShardError, type Shard } from '../io/shard.js';
import { defaultOptions } from '../options.js';
import type { CliContext } from './context.js';
import type { SubcommandFactory } from './subcommand.js';
import { EXIT_USAGE, USAGE_HINT } from './exit-codes.js';
import { KEEP_KINDS, SEGMENTATION_UNITS, type CleanFlags, type KeepKind } from './clean-flags.js';
import { packageVersion } from './version.js';

const EXAMPLES = `
Examples:
  $ newsclean fixtures/seeds -o out/            one JSON file per input, mirrored under out/
  $ newsclean corpus/ | jq -r .id               one JSON line per article on standard output
  $ newsclean 'news/**/*.txt' --format text     articles as text, each ended by a form-feed line
  $ cat story.txt | newsclean - --explain       read standard input; list removals and splits
  $ newsclean corpus/ --glob '**/*.md' --no-split --keep captions
  $ cat docs.jsonl | newsclean - --input-format jsonl    a JSON Lines filter: one record in, its articles out
  $ newsclean corpus/ -o out/ --shard 2/8 --resume      this machine's eighth; skip what is already done
  $ newsclean corpus/ -o out/ --learn-boilerplate --profile site.json   learn recurring furniture, save it, remove it
  $ cat new.jsonl | newsclean - --input-format jsonl --profile site.json   reuse that profile on a stream

Exit codes: 0 every input processed; 1 some inputs failed (the others are written);
            2 usage error or no input matched.
`;

/** Subcommands, each in its own module, registered with `program.addCommand`. */
const SUBCOMMANDS: Array<{ name: string; load: () => Promise<SubcommandFactory> }> = [
  { name: 'eval', load: async () => (await import('./eval-command.js')).evalCommand },
  { name: 'review', load: async () => (await import('./review-command.js')).reviewCommand },
];

/**
 * Builds the commander program, runs it on `argv` and returns the exit code. The cleaning run
 * itself (pipeline, file I/O, reporting) is imported only when it is about to run, and the
 * subcommands (datasets, renderers) only when one is named or help lists them: a plain cleaning
 * run, which scripts start millions of times, loads neither.
 */
export async function runProgram(argv: string[], ctx: CliContext): Promise<number> {
  let exitCode = 0;
  const setExitCode = (code: number): void => {
    exitCode = code;
  };
  const wanted = argv.some((arg) => arg === '-h' || arg === '--help' || arg === 'help' || SUBCOMMANDS.some((sub) => sub.name === arg));
  const subcommands = wanted ? await Promise.all(SUBCOMMANDS.map((sub) => sub.load())) : [];
  const program = buildProgram(ctx, setExitCode, subcommands);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    // exitOverride turns commander's own exits (help, version, usage errors) into errors.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    throw error;
  }
  return exitCode;
}

function buildProgram(ctx: CliContext, setExitCode: (code: number) => void, subcommands: SubcommandFactory[]): Command {
  const program = new Command('newsclean')
    .description('Turn raw scraped news text into clean, separated articles, with the reason for every removal and split.')
    .usage('[options] <inputs...>\n       newsclean <command> [options]')
    .argument('[inputs...]', 'files, directories (searched recursively), glob patterns, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: jsonl on standard output, json with -o)').choices(FORMATS),
    )
    .option('-o, --output <dir>', 'write one file per input under DIR, mirroring the inputs\' relative paths')
    .option('-g, --glob <pattern>', 'files to take from directory inputs', DEFAULT_GLOB)
    .option('--explain', 'list the removed lines (line, text, rule id) and each split\'s reason')
    .option('--no-split', 'keep each input as one article')
    .option(
      '--split-threshold <p>',
      `boundary probability above which a split is made, 0 to 1 (default: ${defaultOptions.segmentation.threshold})`,
      parseProbability,
    )
    .addOption(
      new Option('--unit <unit>', 'what one input line is: a news paragraph, or one sentence of running text (as in Choi\'s set); picks the segmenter\'s trained settings')
        .choices(SEGMENTATION_UNITS)
        .default('paragraph'),
    )
    .option('--keep <kinds>', `keep what is removed by default (comma-separated or repeated: ${KEEP_KINDS.join(', ')})`, parseKeep)
    .option('--rules <file>', 'JSON rule overrides: { "disable": [ids], "add": [{ id, category, description, pattern }] }')
    .addOption(new Option('--input-format <format>', 'read each input as one text document, or as JSON Lines, one document per record').choices(INPUT_FORMATS).default('text'))
    .option('--text-field <name>', 'JSON Lines field holding the text', 'text')
    .option('--id-field <name>', 'JSON Lines field holding the document id', 'id')
    .option('--shard <i/n>', 'process only share i (0-based) of n of the inputs (default: from SLURM_ARRAY_TASK_ID, or JOB_COMPLETION_INDEX with NEWSCLEAN_SHARDS)', parseShardFlag)
    .option('-j, --jobs <n>', 'threads processing documents: this one plus n − 1 workers, output identical for any n (default: one per core; workers start only after 8 documents)', parsePositiveInteger)
    .option('--resume', 'with -o: skip inputs whose output already exists (outputs are written atomically, so they are complete)')
    .option('--duplicates', 'give each article duplicate_of: the id of its first exact or near copy in the run (MinHash, Jaccard ≥ 0.8), or null')
    .option('--dedupe', 'leave out articles that duplicate an earlier one in the run (implies --duplicates)')
    .option('--learn-boilerplate', 'first read all inputs to learn lines that recur in many documents (menus, footers), then remove them (rule id learned); standard input cannot be read twice: give it a saved --profile')
    .option('--profile <file>', 'use the learned boilerplate saved in FILE (no first pass); with --learn-boilerplate and no FILE yet, learn and save it there')
    .option('-q, --quiet', 'print no summary line')
    .option('--no-color', 'no colour on standard error (also NO_COLOR=1)')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: CleanFlags) => {
      const { runClean } = await import('./run-clean.js');
      setExitCode(await runClean(inputs, flags, ctx));
    });
  configureHost(program, ctx);
  for (const factory of subcommands) {
    const subcommand = factory(ctx, setExitCode);
    configureHost(subcommand, ctx);
    program.addCommand(subcommand);
  }
  return program;
}

/** Routes commander's output to the context's streams and turns its exits into exceptions. */
function configureHost(command: Command, ctx: CliContext): void {
  command
    .exitOverride()
    .showHelpAfterError(USAGE_HINT)
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'newsclean: ')),
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
}

function parseProbability(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new InvalidArgumentError('expected a number from 0 to 1, e.g. 0.5.');
  }
  return number;
}

function parsePositiveInteger(value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more, e.g. 4.');
  return Number(value);
}

function parseShardFlag(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    if (error instanceof ShardError) throw new InvalidArgumentError(`${error.message}.`);
    throw error;
  }
}

function parseKeep(value: string, previous: KeepKind[] = []): KeepKind[] {
  const kinds = value.split(',').map((kind) => kind.trim());
  for (const kind of kinds) {
    if (!(KEEP_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidArgumentError(`unknown kind "${kind}" (known: ${KEEP_KINDS.join(', ')}).`);
    }
  }
  return [...new Set([...previous, ...(kinds as KeepKind[])])];
}
