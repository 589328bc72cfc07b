/**
 * Boosted decision trees over the raw gap features: the half of the boundary model in which what one
 * signal is worth may depend on another (each tree asks two questions in turn), where the logistic
 * regression can only add them up. Fitted by `src/training/fit-boosted-trees.ts`.
 *
 * Each node stores its `delta`: its value minus its parent's (a root's value is folded into the
 * model's bias). A gap's score is the sum of the deltas along its paths, and each delta is owed to
 * the feature its parent split on, so the score splits exactly into per-feature contributions
 * (Saabas's path attribution) for `--explain`.
 */

/** One node; a leaf has `feature` -1. Children are indexes into the tree's node list. */
export interface TreeNode {
  feature: number;
  /** A value below the cut goes left. */
  cut: number;
  left: number;
  right: number;
  delta: number;
}

/** Nodes in creation order, the root first. */
export type Tree = TreeNode[];

/**
 * Adds every tree's score for `features` into `contributions` (per feature index) and returns their
 * sum (without the roots' values, which sit in the bias).
 */
export function addTreeScores(trees: readonly Tree[], features: readonly number[], contributions: number[], share: number): number {
  let total = 0;
  for (const tree of trees) {
    let node = tree[0]!;
    while (node.feature >= 0) {
      const child = tree[features[node.feature]! < node.cut ? node.left : node.right]!;
      contributions[node.feature]! += share * child.delta;
      total += child.delta;
      node = child;
    }
  }
  return share * total;
}

/** Checks the shape of parsed trees for `featureCount` features; throws a TypeError naming what is wrong. */
export function checkTrees(trees: unknown, featureCount: number): Tree[] {
  if (!Array.isArray(trees)) throw new TypeError('segmenter model: "trees" must be a list');
  for (const tree of trees) {
    if (!Array.isArray(tree) || tree.length === 0) throw new TypeError('segmenter model: every tree needs at least one node');
    (tree as Partial<TreeNode>[]).forEach((node, own) => {
      const numbers = [node.feature, node.cut, node.left, node.right, node.delta].every((v) => typeof v === 'number' && Number.isFinite(v));
      // Children come after their parent, so scoring always ends at a leaf.
      const inside = (index: number | undefined): boolean => Number.isInteger(index) && index! > own && index! < tree.length;
      const leaf = node.feature === -1;
      const split = Number.isInteger(node.feature) && node.feature! >= 0 && node.feature! < featureCount && inside(node.left) && inside(node.right);
      if (!numbers || !(leaf || split)) throw new TypeError('segmenter model: a tree node is malformed');
    });
  }
  return trees as Tree[];
}
