import { parentPort, workerData } from 'node:worker_threads';
import { learnedLookup } from '../../corpus/apply-profile.js';
import type { CorpusKnowledge } from '../../pipeline/process.js';
import type { PoolReply, PoolRequest, WorkerSetup } from './messages.js';
import { processForRun } from './outcome.js';

/**
 * One pool worker: runs the pipeline on each document it is sent, with the run's options and learned
 * profile given once at start-up, and answers with its outcome (records and counters) or the error's first line.
 */
const { options, profile } = workerData as WorkerSetup;
const corpus: CorpusKnowledge = profile === null ? {} : { learned: learnedLookup(profile) };
const port = parentPort;
if (port === null) throw new Error('src/io/pool/worker.ts runs only as a worker thread');
port.on('message', (request: PoolRequest) => {
  let reply: PoolReply;
  try {
    reply = { id: request.id, outcome: processForRun(request.text, request.source, options, corpus) };
  } catch (error) {
    reply = { id: request.id, error: (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '' };
  }
  port.postMessage(reply);
});
