import type { OutputFormat } from '../io/serialise.js';

/** What `--keep` can keep that is removed by default; a new kind is added here and mapped in run-clean. */
export const KEEP_KINDS = ['captions'] as const;
export type KeepKind = (typeof KEEP_KINDS)[number];

/** The main command's options as commander parses them. */
export interface CleanFlags {
  format?: OutputFormat;
  output?: string;
  glob: string;
  explain?: boolean;
  /** False with `--no-split`. */
  split: boolean;
  splitThreshold?: number;
  /** Undefined when `--keep` is not given. */
  keep?: KeepKind[];
  rules?: string;
  quiet?: boolean;
  /** False with `--no-color`. */
  color: boolean;
}
