import path from 'node:path';
import { loadRulesFile, RulesFileError } from '../io/rules-file.js';
import { resolveOptions, type PipelineOptions, type RuleOverrides } from '../options.js';
import type { CleanFlags } from './clean-flags.js';

/** The flags that shape the pipeline, shared by the main command and `review`. */
export type PipelineFlags = Pick<CleanFlags, 'split' | 'splitThreshold' | 'unit' | 'keep' | 'rules' | 'explain'>;

/** A flag whose value cannot be used (an unreadable or invalid `--rules` file); the message is for the user. */
export class PipelineFlagError extends Error {}

/**
 * Pipeline options from `--rules FILE` (relative to `cwd`), `--keep`, `--no-split`,
 * `--split-threshold`, `--unit` and `--explain`; throws {@link PipelineFlagError} for an unusable rules file.
 */
export async function pipelineOptionsFrom(flags: Partial<PipelineFlags>, cwd: string): Promise<PipelineOptions> {
  return resolveOptions({
    cleaning: { keepCaptions: flags.keep?.includes('captions') === true, rules: await ruleOverridesFrom(flags.rules, cwd) },
    segmentation: {
      enabled: flags.split !== false,
      ...(flags.splitThreshold === undefined ? {} : { threshold: flags.splitThreshold }),
      ...(flags.unit === undefined ? {} : { unit: flags.unit }),
    },
    explain: flags.explain === true,
  });
}

/** The overrides of `--rules FILE` (relative to `cwd`), none without it; throws {@link PipelineFlagError} for an unusable file. */
export async function ruleOverridesFrom(file: string | undefined, cwd: string): Promise<RuleOverrides> {
  if (file === undefined) return { disable: [], add: [] };
  try {
    return await loadRulesFile(path.resolve(cwd, file));
  } catch (error) {
    if (error instanceof RulesFileError) throw new PipelineFlagError(`--rules ${file}: ${error.message}`);
    throw error;
  }
}
