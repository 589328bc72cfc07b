import type { DocumentResult, DocumentSource } from '../../types.js';

/** One document sent to a pool worker; `id` pairs the reply with its request. */
export interface PoolRequest {
  id: number;
  text: string;
  source: DocumentSource;
}

/** A worker's answer: the pipeline's result, or the first line of the error it threw. */
export type PoolReply = { id: number; result: DocumentResult } | { id: number; error: string };
