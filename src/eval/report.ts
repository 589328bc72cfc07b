import type { EvalRun, WorstDocument } from './run.js';
import { ratio } from './metrics/ratio.js';
import type { GroupSummary } from './score.js';

/**
 * Renders an evaluation run as plain-text tables (cleaning, line decisions, segmentation, as the
 * dataset supports them), then the worst documents. Figures are shares in [0, 1] with three decimals;
 * `–` marks a figure that is not defined (0/0, or no document had a window for Pk).
 */
export function renderEvalReport(run: EvalRun): string {
  const documents = new Map<string, number>();
  for (const summary of run.summaries) documents.set(summary.group, summary.documents);
  const total = [...documents.values()].reduce((a, b) => a + b, 0);
  const out: string[] = [
    `newsclean eval: ${run.root} (layout ${run.layout}, split ${run.split}, ${total} document${total === 1 ? '' : 's'})`,
    ...run.systems.map((s) => `  ${s.name}: ${s.description}`),
    '',
  ];
  if (run.measures.includes('cleaning')) out.push('Cleaning: token overlap (lowercase word tokens)', renderTable(cleaningRows(run.summaries)), '');
  const withLines = run.summaries.filter((s) => s.lines !== null);
  if (run.measures.includes('lines') && withLines.length > 0) {
    out.push('Cleaning: boilerplate decision per line (positive = removed)', renderTable(lineRows(withLines)), '');
  }
  if (run.measures.includes('segmentation')) {
    out.push('Segmentation over gold paragraphs (Pk, WindowDiff: lower is better)', renderTable(segmentationRows(run.summaries)), '');
    const withKinds = run.summaries.filter((s) => s.segmentation.byKind.length > 0);
    if (withKinds.length > 0) out.push('Boundary recall by kind of join (a join has one kind of each pair)', renderTable(kindRows(withKinds), 3), '');
  }
  const withTitles = run.summaries.filter((s) => s.titles !== null && s.titles.headlines > 0);
  if (withTitles.length > 0) {
    out.push("Titles against known headlines (pages: named by their URLs; synthetic sets: the headlines they show). Shares of those the input holds; wrong: another title given; other: titles where no headline is known", renderTable(titleRows(withTitles)), '');
  }
  if (run.worst.length > 0) out.push(`Worst ${run.worst.length} document${run.worst.length === 1 ? '' : 's'} (newsclean)`, ...run.worst.flatMap(renderWorst));
  return `${out.join('\n').trimEnd()}\n`;
}

type Row = string[];

function cleaningRows(summaries: readonly GroupSummary[]): Row[] {
  return [
    ['group', 'system', 'docs', 'P', 'R', 'F1', 'F1(P̄,R̄)', 'microP', 'microR', 'microF1'],
    ...summaries.map((s) => [
      s.group,
      s.system,
      String(s.documents),
      figure(s.tokens.macroPrecision),
      figure(s.tokens.macroRecall),
      figure(s.tokens.macroF1),
      figure(s.tokens.f1OfMeans),
      figure(s.tokens.microPrecision),
      figure(s.tokens.microRecall),
      figure(s.tokens.microF1),
    ]),
  ];
}

function lineRows(summaries: readonly GroupSummary[]): Row[] {
  return [
    ['group', 'system', 'P', 'R', 'F1', 'content lost', 'junk kept'],
    ...summaries.map((s) => {
      const lines = s.lines!;
      return [
        s.group,
        s.system,
        figure(lines.precision),
        figure(lines.recall),
        figure(lines.f1),
        `${lines.contentLinesLost}/${lines.contentLines}`,
        `${lines.boilerplateLinesKept}/${lines.boilerplateLines}`,
      ];
    }),
  ];
}

function segmentationRows(summaries: readonly GroupSummary[]): Row[] {
  return [
    ['group', 'system', 'docs', 'Pk', 'WinDiff', 'B-P', 'B-R', 'B-F1', 'B-F1±1', 'count=', 'false split'],
    ...summaries.map((s) => {
      const seg = s.segmentation;
      return [
        s.group,
        s.system,
        String(s.documents),
        figure(seg.pk),
        figure(seg.windowDiff),
        figure(seg.exact.precision),
        figure(seg.exact.recall),
        figure(seg.exact.f1),
        figure(seg.near.f1),
        figure(seg.exactCount),
        seg.singleArticleDocuments === 0 ? '–' : `${figure(seg.falseSplitRate)} of ${seg.singleArticleDocuments}`,
      ];
    }),
  ];
}

function kindRows(summaries: readonly GroupSummary[]): Row[] {
  return [
    ['group', 'system', 'kind', 'boundaries', 'B-R', 'B-R±1'],
    ...summaries.flatMap((s) =>
      s.segmentation.byKind.map((k) => [s.group, s.system, k.kind, String(k.boundaries), figure(k.exact), figure(k.near)]),
    ),
  ];
}

function titleRows(summaries: readonly GroupSummary[]): Row[] {
  return [
    ['group', 'system', 'headlines', 'in input', 'exact', 'wrong', 'missed', 'other'],
    ...summaries.map((s) => {
      const t = s.titles!;
      const share = (count: number): string => `${count} (${figure(ratio(count, t.inInput))})`;
      return [s.group, s.system, String(t.headlines), String(t.inInput), share(t.exact), String(t.wrong), share(t.missed), String(t.extra)];
    }),
  ];
}

function renderWorst(doc: WorstDocument): string[] {
  const lines = [
    `- ${doc.id} [${doc.group}] quality ${figure(doc.quality)}: tokens P ${figure(doc.tokens.precision)} R ${figure(doc.tokens.recall)} F1 ${figure(doc.tokens.f1)}` +
      ` (${doc.tokens.junkTokens} junk tokens kept, ${doc.tokens.lostTokens} gold tokens lost); articles ${doc.systemArticles} for gold ${doc.goldArticles}`,
  ];
  const listed = (label: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    const shown = items.slice(0, MAX_LISTED).map((item) => `      ${item}`);
    if (items.length > MAX_LISTED) shown.push(`      … and ${items.length - MAX_LISTED} more`);
    lines.push(`    ${label} (${items.length}):`, ...shown);
  };
  listed('lost content lines', doc.lostLines.map((l) => `${l.line}: ${l.text}`));
  listed('kept junk lines', doc.junkLines.map((l) => `${l.line}: ${l.text}`));
  listed('missed splits before', doc.missedSplits);
  listed('false splits before', doc.falseSplits);
  if (doc.paragraphsLost > 0 && doc.lostLines.length === 0) lines.push(`    gold paragraphs not found in the output: ${doc.paragraphsLost}`);
  return lines;
}

const MAX_LISTED = 5;

function figure(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

/** Left-aligned names (the first `leftColumns` columns), right-aligned figures, two spaces between columns. */
function renderTable(rows: readonly Row[], leftColumns = 2): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const pad = ' '.repeat(widths[column]! - [...cell].length);
          return column < leftColumns ? cell + pad : pad + cell;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
