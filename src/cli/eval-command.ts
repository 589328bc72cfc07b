import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Profile } from '../corpus/profile.js';
import { resolveOptions, type PipelineOptions, type RuleOverrides } from '../options.js';
import { readSynthSources } from '../eval/article-folder.js';
import { defaultSynthOptions } from '../eval/synth.js';
import { DATASET_LAYOUTS, detectLayout, exists, readDataset, type DatasetLayout } from '../eval/datasets/detect.js';
import { GOLD_FOLDER } from '../eval/datasets/pairs.js';
import type { Dataset } from '../eval/gold.js';
import { renderEvalReport } from '../eval/report.js';
import { gluedPagesDataset } from '../eval/glued-pages.js';
import { evaluateDataset, learnGroupProfiles, type EvalRun, scoredDocuments, selectSplit, singleArticleDataset, standardSystems, synthDataset, type SplitChoice } from '../eval/run.js';
import { learnedSystem, type EvalSystem, type LearnedRemoval } from '../eval/systems.js';
import { SEGMENTATION_UNITS, type CleanFlags, type SegmentationUnit } from './clean-flags.js';
import type { CliContext } from './context.js';
import { PipelineFlagError, ruleOverridesFrom } from './pipeline-options.js';
import type { SubcommandFactory } from './subcommand.js';

interface EvalFlags {
  layout?: DatasetLayout;
  synth?: string;
  singles?: boolean;
  seed: number;
  count: number;
  /** `--same-topic-pool <n>`: candidates a same-topic join picks the closest article from. */
  sameTopicPool: number;
  /** `--glue-pages`: score concatenations of whole raw pages of a pairs dataset. */
  gluePages?: boolean;
  /** False for `--no-split` (segmentation off); otherwise as `part`. */
  split?: SplitChoice | false;
  /** `--split <part>`: a side of the dev split to score. */
  part?: string;
  splitThreshold?: number;
  lexicalWeight?: number;
  unit?: SegmentationUnit;
  keep?: string[];
  rules?: string;
  json?: boolean;
  worst: number;
  baselines: boolean;
  learnBoilerplate?: boolean;
  /** Options given on the command line rather than left at their defaults (an option the run does not use is an error). */
  typedOptions?: ReadonlySet<string>;
}

/**
 * `newsclean eval [dataset]`: runs the real pipeline over a dataset's raw inputs and scores it against
 * the gold, next to trivial baselines (docs/eval.md). Exit codes: 0 scored; 2 usage error or dataset
 * not found or not recognised.
 */
export const evalCommand: SubcommandFactory = (ctx, setExitCode) => {
  // `--split <part>` and `--no-split` share commander's attribute `split`, so the later one would
  // erase the earlier (`--split held-out --no-split` scored every document); each is read from its
  // own event instead.
  const given: { part?: string; noSplit: boolean } = { noSplit: false };
  return new Command('eval')
    .description('score cleaning and segmentation against an annotated dataset (layouts: seeds, pairs, choi) or synthetic concatenations')
    .argument('[dataset]', 'dataset folder (layout detected: gold.json → seeds, gold/ → pairs, ========== files → choi)')
    .addOption(new Option('--layout <layout>', 'dataset layout, instead of detecting it').choices(DATASET_LAYOUTS))
    .option('--synth <dir>', "score on synthetic concatenations built from a folder of single clean articles (a dataset's gold/ beside page/ and manifest.tsv: under their pages' headlines), with boundary recall by kind of join")
    .option('--seed <n>', 'seed of the synthetic set', integer, 1)
    .option('--count <n>', 'number of synthetic documents', integer, 200)
    .option(
      '--same-topic-pool <n>',
      'with --synth: a same-topic join takes the closest of this many random articles (a pool as large as the folder pairs each story with its nearest neighbour: the hardest same-topic joins)',
      positiveInteger,
      defaultSynthOptions.candidatePool,
    )
    .option(
      '--glue-pages',
      'with a pairs dataset (aeb): score files of 2–4 whole raw pages written one after another, as a scraper following "next story" links writes them (per report group; --seed, --count documents per group; --split picks the pages)',
    )
    .option('--singles', "with --synth: score each article of the folder alone instead (the false-split rate on single stories)")
    .addOption(new Option('--split <part>', 'development split to score: train, held-out or all (default all)'))
    .option('--no-split', 'pipeline option: do not split documents into articles')
    .option('--split-threshold <p>', 'pipeline option: boundary probability above which to split', probability)
    .option('--lexical-weight <w>', "pipeline option: weight of each article's lexical cost in the segment decoder (default: the model's)", nonNegative)
    .addOption(new Option('--unit <unit>', 'pipeline option: what one input line is (default: sentence for the choi layout, paragraph otherwise)').choices(SEGMENTATION_UNITS))
    .option('--keep <kinds>', 'pipeline option: keep these boilerplate kinds (captions)', list)
    .option('--rules <file>', 'pipeline option: JSON rule overrides, as in the main command (score a catalogue change before shipping it)')
    .option('--json', 'print the full result as JSON')
    .option('--worst <n>', 'list the n lowest-scoring documents and what went wrong', integer, 0)
    .option('--no-baselines', 'score newsclean only')
    .option('--learn-boilerplate', "learn recurring boilerplate from each group's own inputs first, and score newsclean with and without it")
    .on('option:split', (part: string) => (given.part = part))
    .on('option:no-split', () => (given.noSplit = true))
    .action(async (dataset: string | undefined, flags: EvalFlags, command: Command) => {
      const typed = new Set(SYNTHETIC_SET_OPTIONS.filter((name) => command.getOptionValueSource(name) === 'cli'));
      const own: EvalFlags = { ...flags, split: given.noSplit ? false : (given.part as SplitChoice | undefined), part: given.part, typedOptions: typed };
      setExitCode(await runEval(ctx, dataset, withParentFlags(own, command.parent?.opts<Partial<CleanFlags>>() ?? {})));
    });
};

/** Options that shape a built set (`--synth`, `--glue-pages`): given without one, they would do nothing. */
const SYNTHETIC_SET_OPTIONS = ['seed', 'count', 'sameTopicPool'];

/**
 * The main program defines `--no-split`, `--split-threshold`, `--keep` and `--rules` too, and commander lets it
 * take them when they follow `eval`; the user meant them for eval either way.
 */
function withParentFlags(flags: EvalFlags, parent: Partial<CleanFlags>): EvalFlags {
  return {
    ...flags,
    ...(parent.split === false ? { split: false as const } : {}),
    ...(flags.splitThreshold === undefined && parent.splitThreshold !== undefined ? { splitThreshold: parent.splitThreshold } : {}),
    ...(flags.keep === undefined && parent.keep !== undefined ? { keep: parent.keep } : {}),
    ...(flags.rules === undefined && parent.rules !== undefined ? { rules: parent.rules } : {}),
    ...(flags.unit === undefined && parent.unit !== undefined && parent.unit !== 'paragraph' ? { unit: parent.unit } : {}),
    ...(parent.learnBoilerplate === true ? { learnBoilerplate: true } : {}),
  };
}

async function runEval(ctx: CliContext, datasetArg: string | undefined, flags: EvalFlags): Promise<number> {
  const fail = (message: string): number => {
    ctx.stderr.write(`newsclean eval: ${message}\n`);
    return 2;
  };
  const split = flags.part ?? 'all';
  if (split !== 'all' && split !== 'train' && split !== 'held-out') return fail(`--split must be train, held-out or all, not "${split}"`);
  if ((datasetArg === undefined) === (flags.synth === undefined)) return fail('give a dataset folder or --synth DIR (one of them)');
  if (flags.singles === true && flags.synth === undefined) return fail('--singles goes with --synth DIR');
  if (flags.gluePages === true && flags.synth !== undefined) return fail('--glue-pages goes with a pairs dataset folder, not --synth');
  const builtSet = flags.synth !== undefined || flags.gluePages === true;
  if (!builtSet && (flags.typedOptions?.has('seed') === true || flags.typedOptions?.has('count') === true)) return fail('--seed and --count go with --synth DIR or --glue-pages');
  if ((flags.synth === undefined || flags.singles === true) && flags.typedOptions?.has('sameTopicPool') === true) return fail('--same-topic-pool goes with --synth DIR (joins, not --singles)');
  const folder = path.resolve(ctx.cwd, (flags.synth ?? datasetArg)!);
  if (!(await exists(folder))) return fail(await missingMessage(folder, flags.synth ?? datasetArg!));
  let dataset: Dataset;
  if (flags.synth !== undefined) {
    const articles = await readSynthSources(folder);
    if (articles.length === 0) return fail(`no .txt articles in ${folder}`);
    dataset = flags.singles === true ? singleArticleDataset(folder, articles, split) : synthDataset(folder, articles, split, { seed: flags.seed, count: flags.count, candidatePool: flags.sameTopicPool });
  } else {
    const layout = flags.layout ?? (await detectLayout(folder));
    const variant = layout === null ? await readPairsVariant(folder) : null;
    if (layout === null && variant === null) return fail(`${folder}: not a dataset (no gold.json, no gold/ folder, no files starting with ==========); see docs/eval.md`);
    dataset = variant ?? (await readDataset(folder, layout!));
    if (flags.gluePages === true) {
      if (dataset.layout !== 'pairs') return fail(`--glue-pages needs a pairs dataset (raw pages beside gold/), not the ${dataset.layout} layout`);
      dataset = gluedPagesDataset(selectSplit(dataset.documents, split), dataset.root, { seed: flags.seed, count: flags.count });
    }
  }
  if (dataset.documents.length === 0) return fail(`${folder}: no documents to score`);
  let rules: RuleOverrides;
  try {
    rules = await ruleOverridesFrom(flags.rules, ctx.cwd);
  } catch (error) {
    if (error instanceof PipelineFlagError) return fail(error.message);
    throw error;
  }
  const options = resolveOptions({
    cleaning: { keepCaptions: flags.keep?.includes('captions') ?? false, rules },
    segmentation: {
      enabled: flags.split !== false,
      ...(flags.splitThreshold === undefined ? {} : { threshold: flags.splitThreshold }),
      ...(flags.lexicalWeight === undefined ? {} : { lexicalWeight: flags.lexicalWeight }),
      // Choi's set is one sentence per line of running text, with no news structure.
      unit: flags.unit ?? (dataset.layout === 'choi' ? 'sentence' : 'paragraph'),
    },
  });
  const { systems, primary, learned } = systemsToScore(dataset, split, options, flags.learnBoilerplate === true);
  const run = evaluateDataset(dataset, split, flags.baselines ? systems : systems.slice(0, primary), flags.worst);
  if (flags.json === true) ctx.stdout.write(`${JSON.stringify(learned === null ? run : { ...run, learned }, null, 2)}\n`);
  else ctx.stdout.write(renderEvalReport(run) + (learned === null ? '' : renderLearnedNote(learned, run)));
  return 0;
}

/** What `--learn-boilerplate` learned and removed, for the note under the report. */
interface LearnedEvaluation {
  /** Per report group: the profile learned from the group's own inputs. */
  profiles: Record<string, Profile>;
  /** Time of the first pass over all groups, milliseconds. */
  elapsedMs: number;
  /** Every paragraph the profiles removed (each a line the rules had kept), with whether it was gold. */
  removals: LearnedRemoval[];
}

/**
 * The systems in report order and how many of them are newsclean itself (kept with
 * `--no-baselines`). With learning: newsclean with the learned profiles first, then without them
 * ("before"), so one report gives F1 before and after.
 */
function systemsToScore(
  dataset: Dataset,
  split: SplitChoice,
  options: PipelineOptions,
  learn: boolean,
): { systems: EvalSystem[]; primary: number; learned: LearnedEvaluation | null } {
  const standard = standardSystems(options);
  if (!learn) return { systems: standard, primary: 1, learned: null };
  const started = performance.now();
  const profiles = learnGroupProfiles(scoredDocuments(dataset, split), options.corpus);
  const elapsedMs = performance.now() - started;
  const { system, removals } = learnedSystem(options, profiles);
  const [plain, ...baselines] = standard;
  const before: EvalSystem = { ...plain!, name: 'without-learned', description: 'the pipeline without learned boilerplate (before)' };
  return { systems: [system, before, ...baselines], primary: 2, learned: { profiles: Object.fromEntries(profiles), elapsedMs, removals } };
}

/** Under the report: per group, what was learned and removed, F1 before → after to 4 decimals (the table shows 3). */
function renderLearnedNote(learned: LearnedEvaluation, run: EvalRun): string {
  const macroF1 = (group: string, system: string): string =>
    run.summaries.find((s) => s.group === group && s.system === system)?.tokens.macroF1?.toFixed(4) ?? '–';
  const lines = ['', `Learned boilerplate (first pass over each group's raw inputs, ${(learned.elapsedMs / 1000).toFixed(2)} s; gold never read)`];
  for (const [group, profile] of Object.entries(learned.profiles)) {
    const removals = learned.removals.filter((removal) => removal.group === group);
    const gold = removals.filter((removal) => removal.gold);
    lines.push(
      `  ${group}: ${profile.lines.length} lines learned from ${profile.documents} documents (${profile.duplicatesSkipped} copies not counted); ` +
        `${removals.length} paragraphs removed, of them gold lines the rules had kept: ${gold.length}; ` +
        `macro token F1 ${macroF1(group, 'without-learned')} → ${macroF1(group, 'newsclean')}`,
    );
    for (const removal of gold) lines.push(`    ${removal.document} line ${removal.line}: ${removal.text.slice(0, 80)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A variant folder of a `pairs` dataset (`aeb/page`: raw files beside a `gold/` folder): the
 * dataset of its parent, that variant only.
 */
async function readPairsVariant(folder: string): Promise<Dataset | null> {
  const parent = path.dirname(folder);
  const variant = path.basename(folder);
  if (variant === GOLD_FOLDER || !(await exists(path.join(parent, GOLD_FOLDER)))) return null;
  const dataset = await readDataset(parent, 'pairs');
  return { ...dataset, root: folder, documents: dataset.documents.filter((doc) => doc.group === variant) };
}

/** Names the shared data folder when that is what is missing, since a user's clone may not have it. */
async function missingMessage(folder: string, given: string): Promise<string> {
  const shared = folder.split(path.sep).indexOf('shared');
  const sharedRoot = shared >= 0 ? folder.split(path.sep).slice(0, shared + 1).join(path.sep) || path.sep : null;
  if (sharedRoot !== null && !(await exists(sharedRoot))) {
    return `${given}: not found. The development data lives in ${sharedRoot}, next to the repository; it is absent here, so this dataset cannot be scored. Point eval at your own annotated folder instead (docs/eval.md).`;
  }
  return `${given}: not found`;
}


function integer(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return parsed;
}

function positiveInteger(value: string): number {
  const parsed = integer(value);
  if (parsed === 0) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return parsed;
}

function probability(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1) throw new InvalidArgumentError('expected a number in [0, 1]');
  return parsed;
}

function nonNegative(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new InvalidArgumentError('expected a number ≥ 0');
  return parsed;
}

function list(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
}
