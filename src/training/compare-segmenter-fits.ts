import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BoostingSettings } from './fit-boosted-trees.js';
import { buildTrainingDocuments, SYNTH_COUNTS } from './segmenter-data.js';
import { BOOSTING, chooseDecoders, roundFigure } from './segmenter-fit.js';
import { runTrainingScript } from './shared-data.js';

/**
 * Weighs variants of the segmenter's fit the way training chooses its decoder, on text each fold's
 * model never saw: `node dist/training/compare-segmenter-fits.js [--trees JSON] [--aeb-joins N]`.
 * Every variant is scored on the shipped training documents, out of fold, with the decoder chosen
 * for it (train-segmenter.ts), so figures of different variants compare. In-sample figures (the
 * train articles' synthetic sets under `newsclean eval --split train`) cannot: a variant that
 * memorises the training articles scores better there and worse on new ones.
 *
 * - `--trees`: a JSON array of tree settings, each a change to the shipped ones (`{}` is the
 *   shipped fit), e.g. `'[{}, {"rounds": 300}, {"minLeafHessian": 80}]'`.
 * - `--aeb-joins N`: the models are fitted on a training set with N concatenations of aeb train
 *   articles instead of the shipped number (more joins of the same articles), and still scored on
 *   the shipped documents of the other fold.
 */

export interface ComparisonArgs {
  variants: BoostingSettings[];
  aebJoins: number;
}

const USAGE = "usage: compare-segmenter-fits.js [--trees '[{}, {\"rounds\": 300}]'] [--aeb-joins N]";

/** Tree settings that count something (trees, levels, cuts). */
const WHOLE_NUMBER_SETTINGS = new Set(['rounds', 'depth', 'bins']);

export function parseComparisonArgs(argv: readonly string[]): ComparisonArgs {
  const { values } = parseArgs({ args: [...argv], options: { trees: { type: 'string', default: '[{}]' }, 'aeb-joins': { type: 'string' } }, strict: true });
  let changes: unknown;
  try {
    changes = JSON.parse(values.trees!);
  } catch (error) {
    throw new Error(`--trees is not valid JSON (${error instanceof Error ? error.message : String(error)}); ${USAGE}`);
  }
  if (!Array.isArray(changes) || changes.some((change) => typeof change !== 'object' || change === null || Array.isArray(change))) {
    throw new Error(`--trees takes a JSON array of objects; ${USAGE}`);
  }
  const variants = changes.map((change: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(change)) {
      if (!(key in BOOSTING)) throw new Error(`--trees: unknown tree setting ${key} (known: ${Object.keys(BOOSTING).join(', ')})`);
      if (typeof value !== 'number' || !(value > 0)) throw new Error(`--trees: ${key} must be a positive number`);
      if (WHOLE_NUMBER_SETTINGS.has(key) && !Number.isInteger(value)) throw new Error(`--trees: ${key} must be a whole number`);
    }
    return { ...BOOSTING, ...change } as BoostingSettings;
  });
  const aebJoins = values['aeb-joins'] === undefined ? SYNTH_COUNTS.aeb : Number(values['aeb-joins']);
  if (!Number.isInteger(aebJoins) || aebJoins <= 0 || aebJoins % 2 !== 0) throw new Error(`--aeb-joins must be a positive even number (half in each fold); ${USAGE}`);
  return { variants, aebJoins };
}

async function main(): Promise<void> {
  const args = parseComparisonArgs(process.argv.slice(2));
  const { documents } = await buildTrainingDocuments();
  const fitSet = args.aebJoins === SYNTH_COUNTS.aeb ? documents : (await buildTrainingDocuments({ ...SYNTH_COUNTS, aeb: args.aebJoins })).documents;
  for (const settings of args.variants) {
    const { news: choice, sentences } = chooseDecoders(documents, settings, fitSet);
    process.stdout.write(
      `${JSON.stringify(settings)} aeb joins ${args.aebJoins}: out-of-fold boundary F1 ${roundFigure(choice.f1)} (threshold ${choice.threshold}, lexical weight ${choice.lexicalWeight}, density weight ${choice.densityWeight}, cohesion limit ${choice.cohesionLimit}, singles split ${choice.singleFalseSplits}); sentence text Pk ${roundFigure(sentences.pk)}\n`,
    );
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await runTrainingScript('compare-segmenter-fits', main);
