/**
 * Every tunable of the pipeline in one place, each with its unit, range and where the value came
 * from. Stages read these; nothing else holds a threshold.
 */

/** A user's additions to and removals from the rule catalogue (`--rules FILE`). */
export interface RuleOverrides {
  /** Rule ids to switch off. */
  disable: string[];
  /** Extra line rules, each a regular expression over one normalised line. */
  add: Array<{ id: string; category: string; description: string; pattern: string; flags?: string }>;
}

export interface CleaningOptions {
  /** Keep image captions and credits instead of removing them (`--keep captions`). */
  keepCaptions: boolean;
  /** User rule overrides. */
  rules: RuleOverrides;
}

export interface SegmentationOptions {
  /** Split documents into articles at all (`--no-split` turns this off). */
  enabled: boolean;
  /**
   * Boundary probability above which a split is made. Range [0, 1]. Default chosen on the training
   * split of synthetic concatenations (see src/segment/README and `npm run train`).
   */
  threshold: number;
}

export interface PipelineOptions {
  cleaning: CleaningOptions;
  segmentation: SegmentationOptions;
  /** Attach removals and candidate boundaries to each record. */
  explain: boolean;
}

export const defaultOptions: PipelineOptions = {
  cleaning: {
    keepCaptions: false,
    rules: { disable: [], add: [] },
  },
  segmentation: {
    enabled: true,
    threshold: 0.5,
  },
  explain: false,
};

/** Deep-merges a partial set of options over the defaults. */
export function resolveOptions(partial: DeepPartial<PipelineOptions> = {}): PipelineOptions {
  return {
    cleaning: {
      ...defaultOptions.cleaning,
      ...partial.cleaning,
      rules: {
        disable: partial.cleaning?.rules?.disable?.filter(isString) ?? [],
        add: (partial.cleaning?.rules?.add ?? []) as RuleOverrides['add'],
      },
    },
    segmentation: { ...defaultOptions.segmentation, ...partial.segmentation },
    explain: partial.explain ?? defaultOptions.explain,
  };
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
