/**
 * Global decoding of boundaries (dynamic programming), instead of splitting at every local peak:
 * choose the set of gaps that maximises the summed log-odds margins of its boundaries, under the
 * constraint that every article holds at least a minimum number of words. A strong candidate thus
 * suppresses a weaker one a few lines away, and a story never breaks into slivers. Cost O(n).
 *
 * @param margins per gap `g` (1 ≤ g < paragraphs, entry `g - 1`): log-odds of a boundary minus the
 *   log-odds of the threshold; positive means worth a split on its own
 * @param paragraphWords words of each paragraph
 * @param minArticleWords the fewest words an article may hold
 * @returns the chosen gaps (paragraph indexes where articles start), ascending
 */
export function decodeBoundaries(margins: readonly number[], paragraphWords: readonly number[], minArticleWords: number): number[] {
  const n = paragraphWords.length;
  // wordsBefore[i]: words in paragraphs [0, i).
  const wordsBefore = [0];
  for (const words of paragraphWords) wordsBefore.push(wordsBefore[wordsBefore.length - 1]! + words);
  // best[i]: best total when an article starts at paragraph i; from[i]: where the previous one started.
  const best: number[] = new Array<number>(n).fill(Number.NEGATIVE_INFINITY);
  const from: number[] = new Array<number>(n).fill(-1);
  best[0] = 0;
  // Running maximum of best[j] over the starts j that leave ≥ minArticleWords before i.
  let reach = 0;
  let bestStart = -1;
  for (let i = 1; i < n; i++) {
    while (reach < i && wordsBefore[i]! - wordsBefore[reach]! >= minArticleWords) {
      if (bestStart < 0 || best[reach]! > best[bestStart]!) bestStart = reach;
      reach++;
    }
    const margin = margins[i - 1]!;
    if (bestStart >= 0 && margin > 0 && best[bestStart]! > Number.NEGATIVE_INFINITY) {
      best[i] = best[bestStart]! + margin;
      from[i] = bestStart;
    }
  }
  // The last article must be long enough too; prefer fewer splits on ties (start 0 comes first).
  let last = 0;
  for (let i = 1; i < n; i++) {
    if (wordsBefore[n]! - wordsBefore[i]! >= minArticleWords && best[i]! > best[last]!) last = i;
  }
  const starts: number[] = [];
  for (let i = last; i > 0; i = from[i]!) starts.push(i);
  return starts.reverse();
}
