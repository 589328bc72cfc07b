import { Worker } from 'node:worker_threads';
import type { Profile } from '../../corpus/profile.js';
import type { PipelineOptions } from '../../options.js';
import type { DocumentSource } from '../../types.js';
import type { PoolReply, PoolRequest, WorkerSetup } from './messages.js';
import type { DocumentOutcome } from './outcome.js';

interface Pending {
  request: PoolRequest;
  resolve: (outcome: DocumentOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * The young generation each worker's heap may grow to. V8 lets it reach 48 MB (16 MB semi-spaces),
 * and a worker allocates a few MB per document and keeps almost none of it, so a grown young
 * generation is mostly garbage held in resident memory. At 12 MB a two-thread run over 30 MB of
 * pages peaked at 211 MB instead of 235–245 MB (24 MB: 221 MB); see DEVELOPERS.md, "Memory". The
 * main thread's heap is set up before any code runs, so only a `--max-semi-space-size` given to node
 * limits it, and that flag, when given, also overrides this limit.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/** One worker thread and the documents sent to it, oldest first (a worker answers in the order it is sent). */
interface Slot {
  worker: Worker;
  sent: Pending[];
  /** Whether it has answered once: a worker that fails before that cannot start at all. */
  answered: boolean;
}

/**
 * A fixed set of worker threads running the pipeline (node:worker_threads), each sent up to
 * `sentAhead` documents at a time: a worker takes the next from its own message queue the moment it
 * answers one, without waiting for the main thread (which may be busy with a document of its own,
 * see `DocumentRunner`). Results come back in completion order; the
 * caller restores input order. A worker that dies fails the document it was on and is replaced,
 * the documents queued behind it go to the others, so one engine crash never ends the batch.
 */
export class DocumentPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;

  /**
   * Starts `size` workers from `script` (the compiled `worker.js`), each given `options` and the
   * learned `profile` once; each worker is sent up to `sentAhead` documents at a time.
   */
  constructor(
    size: number,
    private readonly script: URL,
    private readonly options: PipelineOptions,
    private readonly profile: Profile | null = null,
    private readonly sentAhead = 1,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Whether a worker could take one more document now (else {@link run} queues it). */
  get hasRoom(): boolean {
    return this.queue.length === 0 && this.slots.some((slot) => slot.sent.length < this.sentAhead);
  }

  /** Processes one document on the least busy worker. Rejects with the engine's error message. */
  run(text: string, source: DocumentSource): Promise<DocumentOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, text, source }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; call once no document is pending. */
  async close(): Promise<void> {
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let target: Slot | undefined;
      for (const slot of this.slots) if (slot.sent.length < this.sentAhead && (target === undefined || slot.sent.length < target.sent.length)) target = slot;
      if (target === undefined) return;
      const pending = this.queue.shift() as Pending;
      target.sent.push(pending);
      target.worker.postMessage(pending.request);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { options: this.options, profile: this.profile } satisfies WorkerSetup,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, sent: [], answered: false };
    worker.on('message', (reply: PoolReply) => {
      slot.answered = true;
      const index = slot.sent.findIndex((pending) => pending.request.id === reply.id);
      const [pending] = index < 0 ? [] : slot.sent.splice(index, 1);
      if (pending !== undefined) {
        if ('outcome' in reply) pending.resolve(reply.outcome);
        else pending.reject(new Error(reply.error));
      }
      this.dispatch();
    });
    // The crash is handled once the thread has exited, not on its 'error' event: answers it posted
    // just before crashing can arrive after that event (seen under load), and only by 'exit' has
    // every one of them been delivered, so the document it was on is known.
    let crash: Error | null = null;
    worker.on('error', (error: Error) => {
      crash = error;
    });
    worker.on('exit', () => {
      if (crash !== null) this.replace(slot, crash);
    });
    // Not unref'd: a worker busy with a document is what keeps the process alive while the caller awaits it.
    return slot;
  }

  /** A crashed worker fails the document it was on; the ones sent ahead to it go to the others. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const [current, ...behind] = slot.sent.splice(0);
    current?.reject(error);
    // A worker that never answered cannot start (a broken build): replacing it would loop for ever.
    if (slot.answered) this.slots.push(this.spawn());
    this.queue.unshift(...behind);
    if (this.slots.length === 0) {
      for (const queued of this.queue.splice(0)) queued.reject(error);
    }
    this.dispatch();
  }
}
