import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PipelineOptions } from '../../options.js';
import { processDocument } from '../../pipeline/process.js';
import type { DocumentResult, DocumentSource } from '../../types.js';
import type { DocumentPool } from './document-pool.js';

/**
 * Documents processed in-process before the worker pool starts: a run over one or a few files
 * (scripts calling newsclean per file) never pays the workers' start-up (each loads the pipeline).
 */
export const POOL_AFTER_DOCUMENTS = 8;

/** How many documents may be in flight per worker, so a worker never waits for the next one. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Runs the pipeline on a run's documents: in-process for the first {@link POOL_AFTER_DOCUMENTS},
 * then, when `jobs > 1`, on a pool of `jobs` worker threads. The pipeline is pure, so where a
 * document runs never changes its result; the caller writes results in input order.
 */
export class DocumentRunner {
  /** Set once, by the call that passes the threshold, so concurrent calls never start two pools. */
  private pool: Promise<DocumentPool | null> | null = null;
  private started = 0;

  constructor(
    private readonly jobs: number,
    private readonly options: PipelineOptions,
  ) {}

  /** Documents the caller should keep in flight: 1 in-process, a few per worker with the pool. */
  get depth(): number {
    return this.pool === null ? 1 : this.jobs * IN_FLIGHT_PER_WORKER;
  }

  /** Whether documents go to worker threads (false before the threshold and when no compiled worker exists). */
  async pooled(): Promise<boolean> {
    return (await this.pool) != null;
  }

  /** Starts processing one document; the promise rejects with the engine's error. */
  async run(text: string, source: DocumentSource): Promise<DocumentResult> {
    this.started++;
    if (this.pool === null && this.jobs > 1 && this.started > POOL_AFTER_DOCUMENTS) this.pool = startPool(this.jobs, this.options);
    const pool = this.pool === null ? null : await this.pool;
    return pool === null ? processDocument(text, source, this.options) : pool.run(text, source);
  }

  /** Stops the workers, if any were started; call once every document has settled. */
  async close(): Promise<void> {
    await (await this.pool)?.close();
  }
}

/**
 * The pool, loaded only when needed. Its worker is the compiled `worker.js` beside this module;
 * run from TypeScript sources (tests, `tsx`) there is none, and documents stay in-process, with
 * the same results.
 */
async function startPool(jobs: number, options: PipelineOptions): Promise<DocumentPool | null> {
  const script = new URL('./worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) return null;
  const { DocumentPool } = await import('./document-pool.js');
  return new DocumentPool(jobs, script, options);
}
