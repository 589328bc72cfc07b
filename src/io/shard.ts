import { fnv1a32 } from '../corpus/hash.js';

/**
 * Sharding: n processes (machines, Slurm array tasks, Kubernetes indexed jobs) split one corpus with
 * no coordinator. Input k belongs to shard `hash(relative path) mod n`, a stable hash of its
 * batch-relative path, so the split does not depend on the order or the other files of the listing:
 * adding files to a corpus never moves an existing file to another shard, which keeps `--resume`
 * meaningful across re-runs. The n shards together hold every input exactly once.
 */

/** One share of the inputs: `index` is 0-based, `index < count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Thrown for a malformed `--shard` value or shard environment; `message` is the reason. */
export class ShardError extends Error {
  override readonly name = 'ShardError';
}

/** Parses `i/n` (0-based `i`, `0 <= i < n`), e.g. `2/8`; throws {@link ShardError}. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (match === null) throw new ShardError(`expected i/n with 0 <= i < n, e.g. 0/4 (got "${value}")`);
  return checkedShard(Number(match[1]), Number(match[2]), value);
}

/**
 * The shard the scheduler assigned, or null outside an array job: `SLURM_ARRAY_TASK_ID` of
 * `SLURM_ARRAY_TASK_COUNT` (counted from `SLURM_ARRAY_TASK_MIN`, so `--array=1-8` works), else
 * Kubernetes' `JOB_COMPLETION_INDEX` of `NEWSCLEAN_SHARDS` (Kubernetes does not export the job's
 * completion count, so the job spec sets it). Throws {@link ShardError} for an inconsistent environment.
 */
export function shardFromEnv(env: NodeJS.ProcessEnv): Shard | null {
  const slurmId = env['SLURM_ARRAY_TASK_ID'];
  const slurmCount = env['SLURM_ARRAY_TASK_COUNT'];
  if (slurmId !== undefined && slurmCount !== undefined) {
    const index = integer(slurmId, 'SLURM_ARRAY_TASK_ID') - integer(env['SLURM_ARRAY_TASK_MIN'] ?? '0', 'SLURM_ARRAY_TASK_MIN');
    return checkedShard(index, integer(slurmCount, 'SLURM_ARRAY_TASK_COUNT'), `SLURM_ARRAY_TASK_ID=${slurmId}`);
  }
  const kubernetesIndex = env['JOB_COMPLETION_INDEX'];
  const kubernetesCount = env['NEWSCLEAN_SHARDS'];
  if (kubernetesIndex !== undefined && kubernetesCount !== undefined) {
    return checkedShard(
      integer(kubernetesIndex, 'JOB_COMPLETION_INDEX'),
      integer(kubernetesCount, 'NEWSCLEAN_SHARDS'),
      `JOB_COMPLETION_INDEX=${kubernetesIndex}`,
    );
  }
  return null;
}

/** Whether the input with batch-relative path `relative` belongs to `shard`. */
export function inShard(relative: string, shard: Shard): boolean {
  return fnv1a32(relative) % shard.count === shard.index;
}

function checkedShard(index: number, count: number, given: string): Shard {
  if (!Number.isSafeInteger(count) || count < 1) throw new ShardError(`shard count must be at least 1 (${given})`);
  if (!Number.isSafeInteger(index) || index < 0 || index >= count) {
    throw new ShardError(`shard index must be from 0 to ${count - 1} (${given})`);
  }
  return { index, count };
}

function integer(value: string, name: string): number {
  if (!/^\s*\d+\s*$/.test(value)) throw new ShardError(`${name}=${value} is not a whole number`);
  return Number(value);
}
