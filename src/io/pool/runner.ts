import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { learnedLookup } from '../../corpus/apply-profile.js';
import type { Profile } from '../../corpus/profile.js';
import type { PipelineOptions } from '../../options.js';
import type { CorpusKnowledge } from '../../pipeline/process.js';
import type { DocumentSource } from '../../types.js';
import type { DocumentPool } from './document-pool.js';
import { processForRun, type DocumentOutcome } from './outcome.js';

/**
 * Documents processed in-process before the worker pool starts: a run over one or a few files
 * (scripts calling newsclean per file) never pays the workers' start-up (each loads the pipeline).
 */
export const POOL_AFTER_DOCUMENTS = 8;

/** Documents sent ahead to each worker, so that it never waits for the main thread to hand it the next. */
const SENT_AHEAD_PER_WORKER = 4;

/**
 * Documents the main thread may finish ahead of the oldest one still on a worker (results are
 * written in input order, so finished ones wait for it).
 */
const MAIN_THREAD_RUN_AHEAD = 4;

/**
 * Runs the pipeline on a run's documents: in-process for the first {@link POOL_AFTER_DOCUMENTS},
 * then, when `jobs > 1`, on the main thread and a pool of `jobs - 1` worker threads: each worker
 * has a few documents queued, and the main thread, which only reads and writes otherwise, takes a
 * document itself whenever every worker's queue is full. So `jobs` threads process documents, and
 * no core is left to a thread that mostly waits (on 2 cores, 2 workers and a main thread compete,
 * and each extra thread pays its own start-up, compilation and garbage collection). The pipeline is
 * pure, so where a document runs never changes its result; the caller writes results in input order.
 */
export class DocumentRunner {
  /** Set once, by the call that passes the threshold, so concurrent calls never start two pools. */
  private pool: Promise<DocumentPool | null> | null = null;
  private started = 0;
  private readonly corpus: CorpusKnowledge;

  /** @param profile learned boilerplate applied to every document, in-process and on the workers */
  constructor(
    private readonly jobs: number,
    private readonly options: PipelineOptions,
    private readonly profile: Profile | null = null,
  ) {
    this.corpus = profile === null ? {} : { learned: learnedLookup(profile) };
  }

  /**
   * Documents the caller should keep in flight: 1 in-process; with the pool, each worker's queue
   * twice over (documents are handed out as the main thread reads them, half to the workers) and a
   * few the main thread finishes while it waits for the oldest.
   */
  get depth(): number {
    return this.pool === null ? 1 : (this.jobs - 1) * SENT_AHEAD_PER_WORKER * 2 + MAIN_THREAD_RUN_AHEAD;
  }

  /** Whether documents go to worker threads (false before the threshold and when no compiled worker exists). */
  async pooled(): Promise<boolean> {
    return (await this.pool) != null;
  }

  /** Starts processing one document; the promise rejects with the engine's error. */
  async run(text: string, source: DocumentSource): Promise<DocumentOutcome> {
    this.started++;
    if (this.pool === null && this.jobs > 1 && this.started > POOL_AFTER_DOCUMENTS) this.pool = startPool(this.jobs - 1, this.options, this.profile);
    const pool = this.pool === null ? null : await this.pool;
    if (pool !== null && pool.hasRoom) return pool.run(text, source);
    return processForRun(text, source, this.options, this.corpus);
  }

  /** Stops the workers, if any were started; call once every document has settled. */
  async close(): Promise<void> {
    await (await this.pool)?.close();
  }
}

/**
 * The pool, loaded and started only when needed. Its worker is the compiled `worker.js` beside this module;
 * run from TypeScript sources (tests, `tsx`) there is none, and documents stay in-process, with
 * the same results.
 */
async function startPool(workers: number, options: PipelineOptions, profile: Profile | null): Promise<DocumentPool | null> {
  const script = new URL('./worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) return null;
  const { DocumentPool } = await import('./document-pool.js');
  return new DocumentPool(workers, script, options, profile, SENT_AHEAD_PER_WORKER);
}
