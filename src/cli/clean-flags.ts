import type { InputFormat } from '../io/jsonl-input.js';
import type { OutputFormat } from '../io/serialise.js';
import type { Shard } from '../io/shard.js';

/** What `--keep` can keep that is removed by default; a new kind is added here and mapped in run-clean. */
export const KEEP_KINDS = ['captions'] as const;
export type KeepKind = (typeof KEEP_KINDS)[number];

/** What one line of the input is (SegmentationOptions.unit). */
export const SEGMENTATION_UNITS = ['paragraph', 'sentence'] as const;
export type SegmentationUnit = (typeof SEGMENTATION_UNITS)[number];

/** The main command's options as commander parses them. */
export interface CleanFlags {
  format?: OutputFormat;
  output?: string;
  glob: string;
  explain?: boolean;
  /** False with `--no-split`. */
  split: boolean;
  splitThreshold?: number;
  /** `--unit`: what one line of the input is, which picks the segmenter's trained settings. */
  unit?: SegmentationUnit;
  /** Undefined when `--keep` is not given. */
  keep?: KeepKind[];
  rules?: string;
  quiet?: boolean;
  /** False with `--no-color`. */
  color: boolean;
  /** `--shard i/n`; undefined: taken from the scheduler's environment, if any (src/io/shard.ts). */
  shard?: Shard;
  /** Skip inputs whose output under `-o DIR` already exists (src/io/resume.ts). */
  resume?: boolean;
  inputFormat: InputFormat;
  /** JSON Lines field holding the document text. */
  textField: string;
  /** JSON Lines field holding the document id. */
  idField: string;
  /** Worker threads; undefined: one per core. 1 processes every document in-process. */
  jobs?: number;
  /** Mark each article's `duplicate_of` (docs/corpus.md). */
  duplicates?: boolean;
  /** Leave out articles that duplicate an earlier one; implies `duplicates`. */
  dedupe?: boolean;
  /** Learn recurring boilerplate lines in a first pass over the inputs (docs/corpus.md). */
  learnBoilerplate?: boolean;
  /** `--profile FILE`: learned boilerplate loaded from FILE, or saved there with `learnBoilerplate`. */
  profile?: string;
}
