/** Gold label of one raw line: content of an article (0-based index), boilerplate, or blank. */
export type GoldLineLabel = { kind: 'content'; article: number } | { kind: 'boilerplate' } | { kind: 'blank' };

/**
 * The boilerplate decision counted per non-blank raw line. "Positive" means removed as boilerplate:
 * `removedBoilerplate` are true positives, `lostContent` false positives (gold content lines lost),
 * `keptBoilerplate` false negatives (junk kept).
 */
export interface LineDecisionCounts {
  removedBoilerplate: number;
  lostContent: number;
  keptBoilerplate: number;
  keptContent: number;
  /** 1-based raw line numbers of lost content lines, for `--worst`. */
  lostLines: number[];
  /** 1-based raw line numbers of kept boilerplate lines, for `--worst`. */
  junkLines: number[];
}

/**
 * Counts decisions. `labels[i]` is the gold of raw line i + 1; `removed` holds the 1-based numbers
 * of the lines the system removed.
 */
export function countLineDecisions(labels: readonly GoldLineLabel[], removed: ReadonlySet<number>): LineDecisionCounts {
  const counts: LineDecisionCounts = { removedBoilerplate: 0, lostContent: 0, keptBoilerplate: 0, keptContent: 0, lostLines: [], junkLines: [] };
  labels.forEach((label, index) => {
    const line = index + 1;
    const isRemoved = removed.has(line);
    if (label.kind === 'boilerplate') {
      if (isRemoved) counts.removedBoilerplate++;
      else {
        counts.keptBoilerplate++;
        counts.junkLines.push(line);
      }
    } else if (label.kind === 'content') {
      if (isRemoved) {
        counts.lostContent++;
        counts.lostLines.push(line);
      } else counts.keptContent++;
    }
  });
  return counts;
}
