/**
 * TextTiling depth scores (Hearst 1997): how far a gap's similarity lies below the nearest peaks
 * on its left and right. A deep valley is a topic shift; a shallow dip inside a long plateau is not.
 * The climb towards each peak stops after `maxClimb` gaps, which keeps the cost linear.
 *
 * @param similarities one similarity per gap, in document order
 * @param maxClimb how many gaps the climb may go each way. Range ≥ 1.
 * @returns one depth per gap, in [0, 2] for similarities in [0, 1]
 */
export function depthScores(similarities: readonly number[], maxClimb: number): number[] {
  // A loop, not a callback made anew on every call: this runs for every document (segment/gap-features.ts says why).
  const depths: number[] = [];
  for (let index = 0; index < similarities.length; index++) {
    const value = similarities[index]!;
    const left = climb(similarities, index, -1, maxClimb);
    const right = climb(similarities, index, 1, maxClimb);
    depths.push(left - value + (right - value));
  }
  return depths;
}

/** The highest similarity reached by walking uphill from `index` in one direction. */
function climb(similarities: readonly number[], index: number, step: 1 | -1, maxClimb: number): number {
  let peak = similarities[index]!;
  for (let i = index + step, steps = 0; i >= 0 && i < similarities.length && steps < maxClimb; i += step, steps++) {
    const value = similarities[i]!;
    if (value < peak) break;
    peak = value;
  }
  return peak;
}
