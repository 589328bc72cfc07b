import type { Tree, TreeNode } from '../segment/boosted-trees.js';

/**
 * Gradient boosting of small regression trees on the log-loss (Friedman 2001, with the
 * second-order leaf values and split gains of XGBoost: Chen & Guestrin 2016). Split points are
 * searched among quantiles of each feature, as histogram-based boosters do, so one tree costs a
 * pass over the rows per level. Deterministic: no sampling, ties keep the earlier feature and cut.
 */
export interface BoostingSettings {
  rounds: number;
  depth: number;
  /** Shrinkage applied to every tree's values. */
  learningRate: number;
  /** Fewest summed Hessian (p(1 − p) of the rows) a leaf may hold: no leaf learns from a handful of gaps. */
  minLeafHessian: number;
  /** L2 penalty on leaf values. */
  l2: number;
  /** Most candidate cuts per feature (quantiles, or every value of a feature that takes fewer). */
  bins: number;
}

export interface BoostedFit {
  /** The log-odds every row starts from, plus every root's value. */
  base: number;
  trees: Tree[];
}

export function fitBoostedTrees(rows: readonly (readonly number[])[], targets: readonly number[], settings: BoostingSettings): BoostedFit {
  const n = rows.length;
  const width = rows[0]?.length ?? 0;
  const cuts = Array.from({ length: width }, (_, feature) => candidateCuts(rows, feature, settings.bins));
  // Column-major bin indexes: the histogram pass reads one feature's bins for many rows.
  const bins = cuts.map((featureCuts, feature) => {
    const column = new Uint8Array(n);
    for (let i = 0; i < n; i++) column[i] = binOf(featureCuts, rows[i]![feature]!);
    return column;
  });
  const positives = targets.reduce((sum, t) => sum + t, 0);
  let base = Math.log(Math.max(positives, 1) / Math.max(n - positives, 1));
  const scores = new Float64Array(n).fill(base);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const trees: Tree[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-scores[i]!));
      gradient[i] = p - targets[i]!;
      hessian[i] = Math.max(p * (1 - p), 1e-9);
    }
    const grower = new TreeGrower(bins, cuts, gradient, hessian, settings);
    const { tree, rowLeaves } = grower.grow(n);
    base += tree[0]!.delta;
    tree[0]!.delta = 0;
    for (let i = 0; i < n; i++) scores[i]! += rowLeaves[i]!;
    trees.push(tree);
  }
  return { base, trees };
}

class TreeGrower {
  private readonly nodes: TreeNode[] = [];
  private readonly rowLeaves: Float64Array;

  constructor(
    private readonly bins: readonly Uint8Array[],
    private readonly cuts: readonly (readonly number[])[],
    private readonly gradient: Float64Array,
    private readonly hessian: Float64Array,
    private readonly settings: BoostingSettings,
  ) {
    this.rowLeaves = new Float64Array(gradient.length);
  }

  /** Grows one tree; `rowLeaves[i]` is the value row i reaches (root value included). */
  grow(rowCount: number): { tree: Tree; rowLeaves: Float64Array } {
    const all = new Uint32Array(rowCount);
    for (let i = 0; i < rowCount; i++) all[i] = i;
    this.growNode(all, 0, 0);
    return { tree: this.nodes, rowLeaves: this.rowLeaves };
  }

  /** Adds the node for `rows` and its subtree; returns its index. */
  private growNode(rows: Uint32Array, depth: number, parentValue: number): number {
    let g = 0;
    let h = 0;
    for (const row of rows) {
      g += this.gradient[row]!;
      h += this.hessian[row]!;
    }
    const value = (-g / (h + this.settings.l2)) * this.settings.learningRate;
    const index = this.nodes.length;
    const node: TreeNode = { feature: -1, cut: 0, left: 0, right: 0, delta: value - parentValue };
    this.nodes.push(node);
    const split = depth < this.settings.depth ? this.bestSplit(rows, g, h) : null;
    if (split === null) {
      for (const row of rows) this.rowLeaves[row] = value;
      return index;
    }
    const column = this.bins[split.feature]!;
    const left = rows.filter((row) => column[row]! <= split.bin);
    const right = rows.filter((row) => column[row]! > split.bin);
    node.feature = split.feature;
    node.cut = this.cuts[split.feature]![split.bin]!;
    node.left = this.growNode(left, depth + 1, value);
    node.right = this.growNode(right, depth + 1, value);
    return index;
  }

  /** The split of highest gain, bins ≤ `bin` going left; null when none gains or leaves would be too light. */
  private bestSplit(rows: Uint32Array, g: number, h: number): { feature: number; bin: number } | null {
    const { l2, minLeafHessian } = this.settings;
    const parentScore = (g * g) / (h + l2);
    let best: { feature: number; bin: number; gain: number } | null = null;
    for (let feature = 0; feature < this.bins.length; feature++) {
      const cutCount = this.cuts[feature]!.length;
      if (cutCount === 0) continue;
      const column = this.bins[feature]!;
      const gSums = new Float64Array(cutCount + 1);
      const hSums = new Float64Array(cutCount + 1);
      for (const row of rows) {
        gSums[column[row]!]! += this.gradient[row]!;
        hSums[column[row]!]! += this.hessian[row]!;
      }
      let gLeft = 0;
      let hLeft = 0;
      for (let bin = 0; bin < cutCount; bin++) {
        gLeft += gSums[bin]!;
        hLeft += hSums[bin]!;
        const hRight = h - hLeft;
        if (hLeft < minLeafHessian || hRight < minLeafHessian) continue;
        const gRight = g - gLeft;
        const gain = (gLeft * gLeft) / (hLeft + l2) + (gRight * gRight) / (hRight + l2) - parentScore;
        if (gain > 1e-9 && (best === null || gain > best.gain)) best = { feature, bin, gain };
      }
    }
    return best;
  }
}

/**
 * Cut values for a feature: each of its values but the smallest when it takes few (a binary cue
 * that fires at one gap in five hundred has one cut, at 1, where quantiles would all be 0), else its
 * distinct quantiles. A row goes to bin k when it lies below cut k and at or above cut k − 1; a
 * split after bin k sends values below cut k left, as scoring does.
 */
function candidateCuts(rows: readonly (readonly number[])[], feature: number, bins: number): number[] {
  const values = Float64Array.from(rows, (row) => row[feature]!).sort();
  const distinct: number[] = [];
  for (const value of values) {
    if (distinct.length > bins) break;
    if (distinct.length === 0 || value > distinct[distinct.length - 1]!) distinct.push(value);
  }
  if (distinct.length <= bins) return distinct.slice(1);
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) {
    const cut = values[Math.floor((b * values.length) / bins)]!;
    if (cut > values[0]! && (cuts.length === 0 || cut > cuts[cuts.length - 1]!)) cuts.push(cut);
  }
  return cuts;
}

function binOf(cuts: readonly number[], value: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (value < cuts[middle]!) high = middle;
    else low = middle + 1;
  }
  return low;
}
