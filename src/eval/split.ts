import { createHash } from 'node:crypto';

/**
 * The project's fixed development split. Anything learned (classifier weights, segmenter weights,
 * thresholds) is fitted on `train` documents only; figures reported as held-out come from `held-out`
 * documents only. The split is a hash of the document's id (for the aeb set, its 64-hex file name
 * without extension), so it never changes when files are added, and 30 % of ids land in `held-out`.
 */
export type DevSplit = 'train' | 'held-out';

const HELD_OUT_PERCENT = 30;

export function devSplitOf(id: string): DevSplit {
  const digest = createHash('sha256').update(`newsclean-dev-split:${id}`).digest();
  return digest.readUInt32BE(0) % 100 < HELD_OUT_PERCENT ? 'held-out' : 'train';
}
