import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { resolveOptions } from '../options.js';
import { readArticleFolder } from '../eval/article-folder.js';
import { DATASET_LAYOUTS, detectLayout, exists, readDataset, type DatasetLayout } from '../eval/datasets/detect.js';
import type { Dataset } from '../eval/gold.js';
import { renderEvalReport } from '../eval/report.js';
import { evaluateDataset, standardSystems, synthDataset, type SplitChoice } from '../eval/run.js';
import type { CleanFlags } from './clean-flags.js';
import type { CliContext } from './context.js';
import type { SubcommandFactory } from './subcommand.js';

interface EvalFlags {
  layout?: DatasetLayout;
  synth?: string;
  seed: number;
  count: number;
  /** A side of the dev split, or false for `--no-split` (segmentation off). */
  split?: SplitChoice | false;
  splitThreshold?: number;
  lexicalWeight?: number;
  keep?: string[];
  json?: boolean;
  worst: number;
  baselines: boolean;
}

/**
 * `newsclean eval [dataset]`: runs the real pipeline over a dataset's raw inputs and scores it against
 * the gold, next to trivial baselines (docs/eval.md). Exit codes: 0 scored; 2 usage error or dataset
 * not found or not recognised.
 */
export const evalCommand: SubcommandFactory = (ctx, setExitCode) =>
  new Command('eval')
    .description('score cleaning and segmentation against an annotated dataset (layouts: seeds, pairs, choi) or synthetic concatenations')
    .argument('[dataset]', 'dataset folder (layout detected: gold.json → seeds, gold/ → pairs, ========== files → choi)')
    .addOption(new Option('--layout <layout>', 'dataset layout, instead of detecting it').choices(DATASET_LAYOUTS))
    .option('--synth <dir>', 'score on synthetic concatenations built from a folder of single clean articles')
    .option('--seed <n>', 'seed of the synthetic set', integer, 1)
    .option('--count <n>', 'number of synthetic documents', integer, 200)
    .addOption(new Option('--split <part>', 'development split to score: train, held-out or all (default all)'))
    .option('--no-split', 'pipeline option: do not split documents into articles')
    .option('--split-threshold <p>', 'pipeline option: boundary probability above which to split', probability)
    .option('--lexical-weight <w>', "pipeline option: weight of each article's lexical cost in the segment decoder (default: the model's)", nonNegative)
    .option('--keep <kinds>', 'pipeline option: keep these boilerplate kinds (captions)', list)
    .option('--json', 'print the full result as JSON')
    .option('--worst <n>', 'list the n lowest-scoring documents and what went wrong', integer, 0)
    .option('--no-baselines', 'score newsclean only')
    .action(async (dataset: string | undefined, flags: EvalFlags, command: Command) => {
      setExitCode(await runEval(ctx, dataset, withParentFlags(flags, command.parent?.opts<Partial<CleanFlags>>() ?? {})));
    });

/**
 * The main program defines `--no-split`, `--split-threshold` and `--keep` too, and commander lets it
 * take them when they follow `eval`; the user meant them for eval either way.
 */
function withParentFlags(flags: EvalFlags, parent: Partial<CleanFlags>): EvalFlags {
  return {
    ...flags,
    ...(parent.split === false ? { split: false as const } : {}),
    ...(flags.splitThreshold === undefined && parent.splitThreshold !== undefined ? { splitThreshold: parent.splitThreshold } : {}),
    ...(flags.keep === undefined && parent.keep !== undefined ? { keep: parent.keep } : {}),
  };
}

async function runEval(ctx: CliContext, datasetArg: string | undefined, flags: EvalFlags): Promise<number> {
  const fail = (message: string): number => {
    ctx.stderr.write(`newsclean eval: ${message}\n`);
    return 2;
  };
  const split = flags.split === false || flags.split === undefined ? 'all' : flags.split;
  if (split !== 'all' && split !== 'train' && split !== 'held-out') return fail(`--split must be train, held-out or all, not "${split}"`);
  if ((datasetArg === undefined) === (flags.synth === undefined)) return fail('give a dataset folder or --synth DIR (one of them)');
  const folder = path.resolve(ctx.cwd, (flags.synth ?? datasetArg)!);
  if (!(await exists(folder))) return fail(await missingMessage(folder, flags.synth ?? datasetArg!));
  const options = resolveOptions({
    cleaning: { keepCaptions: flags.keep?.includes('captions') ?? false },
    segmentation: {
      enabled: flags.split !== false,
      ...(flags.splitThreshold === undefined ? {} : { threshold: flags.splitThreshold }),
      ...(flags.lexicalWeight === undefined ? {} : { lexicalWeight: flags.lexicalWeight }),
    },
  });
  let dataset: Dataset;
  if (flags.synth !== undefined) {
    const articles = await readArticleFolder(folder);
    if (articles.length === 0) return fail(`no .txt articles in ${folder}`);
    dataset = synthDataset(folder, articles, split, { seed: flags.seed, count: flags.count });
  } else {
    const layout = flags.layout ?? (await detectLayout(folder));
    if (layout === null) return fail(`${folder}: not a dataset (no gold.json, no gold/ folder, no files starting with ==========); see docs/eval.md`);
    dataset = await readDataset(folder, layout);
  }
  if (dataset.documents.length === 0) return fail(`${folder}: no documents to score`);
  const systems = standardSystems(options);
  const run = evaluateDataset(dataset, split, flags.baselines ? systems : systems.slice(0, 1), flags.worst);
  ctx.stdout.write(flags.json === true ? `${JSON.stringify(run, null, 2)}\n` : renderEvalReport(run));
  return 0;
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
