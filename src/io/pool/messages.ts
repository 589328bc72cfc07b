import type { Profile } from '../../corpus/profile.js';
import type { PipelineOptions } from '../../options.js';
import type { DocumentSource } from '../../types.js';
import type { DocumentOutcome } from './outcome.js';

/** What every pool worker is given once, at start-up (`workerData`). */
export interface WorkerSetup {
  options: PipelineOptions;
  /** Learned boilerplate for the second pass (`--learn-boilerplate`, `--profile`); null without. */
  profile: Profile | null;
}

/** One document sent to a pool worker; `id` pairs the reply with its request. */
export interface PoolRequest {
  id: number;
  text: string;
  source: DocumentSource;
}

/** A worker's answer: the document's outcome, or the first line of the error it threw. */
export type PoolReply = { id: number; outcome: DocumentOutcome } | { id: number; error: string };
