import type { GroupSummary } from './score.js';

/**
 * Figures the quality gate pins. Higher is better for all but `contentLinesLost`, `pk`, `windowDiff`
 * and `falseSplitRate`, which carry a ceiling (`max`) instead of a floor (`min`).
 */
export const GATED_FIGURES = {
  tokenMacroF1: (s: GroupSummary) => s.tokens.macroF1,
  tokenMicroF1: (s: GroupSummary) => s.tokens.microF1,
  lineF1: (s: GroupSummary) => s.lines?.f1 ?? null,
  contentLinesLost: (s: GroupSummary) => s.lines?.contentLinesLost ?? null,
  pk: (s: GroupSummary) => s.segmentation.pk,
  windowDiff: (s: GroupSummary) => s.segmentation.windowDiff,
  boundaryF1Near: (s: GroupSummary) => s.segmentation.near.f1,
  exactCount: (s: GroupSummary) => s.segmentation.exactCount,
  falseSplitRate: (s: GroupSummary) => s.segmentation.falseSplitRate,
} satisfies Record<string, (s: GroupSummary) => number | null>;

export type GatedFigure = keyof typeof GATED_FIGURES;

/** A pinned bound: `min` for a floor, `max` for a ceiling. */
export type Bound = { min: number } | { max: number };

/** Pinned bounds of one scored set (`floors.json` maps a set name to these). */
export type Floors = Partial<Record<GatedFigure, Bound>>;

/** One figure beyond its pinned bound. */
export interface FloorViolation {
  figure: GatedFigure;
  value: number | null;
  bound: Bound;
}

/** The figures of a summary that break their bounds; an undefined figure breaks any bound. */
export function checkFloors(summary: GroupSummary, floors: Floors): FloorViolation[] {
  const violations: FloorViolation[] = [];
  for (const [name, bound] of Object.entries(floors) as Array<[GatedFigure, Bound]>) {
    const value = GATED_FIGURES[name](summary);
    const ok = value !== null && ('min' in bound ? value >= bound.min : value <= bound.max);
    if (!ok) violations.push({ figure: name, value, bound });
  }
  return violations;
}
