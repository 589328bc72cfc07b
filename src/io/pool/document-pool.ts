import { Worker } from 'node:worker_threads';
import type { PipelineOptions } from '../../options.js';
import type { DocumentResult, DocumentSource } from '../../types.js';
import type { PoolReply, PoolRequest } from './messages.js';

interface Pending {
  request: PoolRequest;
  resolve: (result: DocumentResult) => void;
  reject: (error: Error) => void;
}

/**
 * A fixed set of worker threads running the pipeline (node:worker_threads, one document per worker
 * at a time). Results come back in completion order; the caller restores input order. A worker that
 * dies fails its document and is replaced, so one engine crash never ends the batch.
 */
export class DocumentPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private nextId = 0;

  /**
   * Starts `size` workers from `script` (the compiled `worker.js`), each given `options` once.
   */
  constructor(
    size: number,
    private readonly script: URL,
    private readonly options: PipelineOptions,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** Processes one document on the next free worker. Rejects with the engine's error message. */
  run(text: string, source: DocumentSource): Promise<DocumentResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, text, source }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; call once no document is pending. */
  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((worker) => worker.terminate()));
    this.idle.length = 0;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const pending = this.queue.shift() as Pending;
      this.busy.set(worker, pending);
      worker.postMessage(pending.request);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: this.options });
    let answered = false;
    worker.on('message', (reply: PoolReply) => {
      answered = true;
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (pending !== undefined) {
        if ('result' in reply) pending.resolve(reply.result);
        else pending.reject(new Error(reply.error));
      }
      this.dispatch();
    });
    worker.on('error', (error: Error) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      pending?.reject(error);
      // A worker that never answered cannot start (a broken build): replacing it would loop for ever.
      if (answered) this.idle.push(this.spawn());
      if (this.idle.length + this.busy.size === 0) {
        for (const queued of this.queue.splice(0)) queued.reject(error);
      }
      this.dispatch();
    });
    // Not unref'd: a worker busy with a document is what keeps the process alive while the caller awaits it.
    return worker;
  }
}
