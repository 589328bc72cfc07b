/**
 * Runs regular expressions over adversarial long lines in a worker thread that is terminated when
 * one pattern makes no progress for a while: a hang guard, so a catastrophic pattern fails its test
 * with a name instead of freezing the test run. It asserts nothing about speed; linear patterns
 * finish these inputs in milliseconds, quadratic ones need seconds to hours.
 */
import { Worker } from 'node:worker_threads';
import { PROBES } from './regex-audit.js';

export interface GuardedPattern {
  name: string;
  source: string;
  flags: string;
}

export interface GuardOutcome {
  name: string;
  /** `hang`: the pattern ran past the guard on `input`; `done`: it finished every input. */
  outcome: 'done' | 'hang';
  /** Description of the input in hand when the guard fired. */
  input?: string;
}

/**
 * The worker, plain JavaScript. Its adversarial inputs, each about `length` characters: a long run
 * of each probe character ending in a character that makes a match fail (U+0001) or in a letter,
 * repeated separators, and one long token followed by punctuation.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { length, probes } = workerData;
const inputs = [];
for (const probe of probes) {
  inputs.push([JSON.stringify(probe) + ' x ' + length + ' + U+0001', probe.repeat(length) + '\\u0001']);
  inputs.push([JSON.stringify(probe) + ' x ' + length + ' + "a"', probe.repeat(length) + 'a']);
}
for (const separator of [' | ', ' - ', ', ', ' · ', ' » ', ' / ', '. ', ': ', ' • ', 'a ', 'a.', '.a']) {
  inputs.push([JSON.stringify(separator) + ' repeated', separator.repeat(Math.ceil(length / separator.length)) + '\\u0001']);
}
inputs.push(['one ' + length + '-letter token, then "!"', 'a'.repeat(length) + '!']);
inputs.push(['"Share: " then a ' + length + '-letter token', 'Share: ' + 'x'.repeat(length)]);
for (const [index, pattern] of workerData.patterns.entries()) {
  const flags = pattern.flags.replace(/[y]/g, '');
  const regex = new RegExp(pattern.source, flags);
  for (const [name, input] of inputs) {
    parentPort.postMessage({ index, input: name });
    regex.lastIndex = 0;
    if (flags.includes('g')) input.replace(regex, '');
    else regex.test(input);
  }
  parentPort.postMessage({ index, done: true });
}
`;

/**
 * Runs each pattern over every adversarial input; a pattern still busy with one input after
 * `hangMs` milliseconds is reported as `hang`, the worker is terminated and the remaining patterns
 * run in a fresh worker.
 */
export async function guardPatterns(patterns: readonly GuardedPattern[], length: number, hangMs: number): Promise<GuardOutcome[]> {
  const outcomes: GuardOutcome[] = [];
  let rest = [...patterns];
  while (rest.length > 0) {
    const batch = await runBatch(rest, length, hangMs);
    outcomes.push(...batch);
    rest = rest.slice(batch.length);
  }
  return outcomes;
}

/** Runs patterns until the first hang; returns the outcomes so far (the hung one last). */
function runBatch(patterns: readonly GuardedPattern[], length: number, hangMs: number): Promise<GuardOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes: GuardOutcome[] = [];
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { patterns, length, probes: PROBES },
    });
    let current = { index: 0, input: '' };
    let timer = setTimeout(onHang, hangMs);
    function onHang(): void {
      void worker.terminate();
      outcomes.push({ name: patterns[current.index]!.name, outcome: 'hang', input: current.input });
      resolve(outcomes);
    }
    worker.on('message', (message: { index: number; input?: string; done?: boolean }) => {
      clearTimeout(timer);
      if (message.done === true) outcomes.push({ name: patterns[message.index]!.name, outcome: 'done' });
      else current = { index: message.index, input: message.input ?? '' };
      timer = setTimeout(onHang, hangMs);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      if (outcomes.length === patterns.length) resolve(outcomes);
    });
  });
}
