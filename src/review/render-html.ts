import { categoryColour } from './category-colour.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { REVIEW_CLIENT_JS } from './html-client.js';
import { REVIEW_CSS } from './html-style.js';
import type { ReviewDocument } from './model.js';
import type { RuleDescription } from './rule-catalogue.js';
import { summariseRun, type RunSummary } from './summarise.js';
import { columnChart, horizontalBars } from './svg-charts.js';

export interface HtmlReportOptions {
  /** Looks a rule id up in the catalogue; null for ids that are not catalogue rules (e.g. `classifier`). */
  describe: (ruleId: string) => RuleDescription | null;
  /** The split threshold in [0, 1], drawn on the boundary score histogram. */
  threshold?: number;
}

/** Bins of the articles-per-file chart: 1 … 7 and `8+`; documents with no article go in `0`. */
const MAX_ARTICLE_BIN = 8;
/** Bins of the score histogram: tenths of [0, 1]. */
const SCORE_BINS = 10;

/**
 * Renders a review run as one self-contained HTML page: inline CSS, inline script, inline SVG
 * charts and the documents as embedded JSON, drawn by the script one document at a time. Nothing
 * is fetched from the network. Deterministic: the same documents give the same bytes.
 */
export function renderHtmlReport(docs: readonly ReviewDocument[], options: HtmlReportOptions): string {
  const summary = summariseRun(docs);
  const categories = [...new Set(docs.flatMap((doc) => doc.removals.map((removal) => removal.category)))].sort();
  const rules = Object.fromEntries(summary.rules.map((tally) => [tally.ruleId, options.describe(tally.ruleId)]));
  const colours = Object.fromEntries(categories.map((category) => [category, categoryColour(category)]));
  const data = { docs, rules, colours };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>newsclean review · ${summary.documents} document${summary.documents === 1 ? '' : 's'}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<header class="top">
  <h1>newsclean <span>review</span></h1>
  <span class="totals">${escapeHtml(describeTotals(summary))}</span>
  <nav><a id="tab-doc" href="#doc">Documents</a><a id="tab-summary" href="#summary">Summary</a><a id="tab-rules" href="#rules">Rules</a></nav>
  <span class="keys"><kbd>j</kbd>/<kbd>k</kbd> or arrows: next/previous · <kbd>/</kbd>: find</span>
</header>
<div class="app">
<aside>
  <div class="filters">
    <label>Rule<select id="f-rule"><option value="">all rules</option>${summary.rules
      .map((tally) => `<option value="${escapeHtml(tally.ruleId)}">${escapeHtml(tally.ruleId)} (${tally.documents})</option>`)
      .join('')}</select></label>
    <label>Category<select id="f-category"><option value="">all categories</option>${categories
      .map((category) => `<option value="${escapeHtml(category)}">${escapeHtml(category)}</option>`)
      .join('')}</select></label>
    <label>File<input id="f-name" type="search" placeholder="part of the file name"></label>
    <label class="check"><input id="f-splits" type="checkbox"> only files split into articles</label>
    <label class="check"><input id="f-hide" type="checkbox"> hide kept lines</label>
    <span class="count" id="doc-count"></span>
  </div>
  <ol id="doc-list"></ol>
</aside>
<main id="main">
<section id="view-doc"></section>
<section id="view-summary" hidden><h2 class="section">What this run removed and split</h2>${renderSummary(summary, options)}</section>
<section id="view-rules" hidden><h2 class="section">Rules that removed something in this run</h2>${renderRuleCards(summary, rules, colours)}</section>
</main>
</div>
<script type="application/json" id="review-data">${jsonForScript(data)}</script>
<script>${REVIEW_CLIENT_JS}</script>
</body>
</html>
`;
}

function describeTotals(summary: RunSummary): string {
  const parts = [
    `${summary.documents} documents`,
    `${summary.articles} articles`,
    `${summary.linesRemoved} of ${summary.lines} lines removed`,
  ];
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  return parts.join(' · ');
}

function renderSummary(summary: RunSummary, options: HtmlReportOptions): string {
  const bars = summary.rules.map((tally) => ({
    label: tally.ruleId,
    value: tally.lines,
    colour: categoryColour(tally.category),
    href: ruleHref(tally.ruleId),
  }));
  const articleBins = Array.from({ length: MAX_ARTICLE_BIN + 1 }, (_, k) =>
    k < MAX_ARTICLE_BIN ? (summary.articlesPerFile[k] ?? 0) : summary.articlesPerFile.slice(k).reduce((a, b) => a + b, 0),
  );
  const articleLabels = articleBins.map((_, k) => (k < MAX_ARTICLE_BIN ? String(k) : `${k}+`));
  const scoreEdges = Array.from({ length: SCORE_BINS + 1 }, (_, k) => (k / SCORE_BINS).toFixed(1));
  const charts = [
    card('Lines removed per rule', horizontalBars('Lines removed per rule', bars)),
    card(
      'Articles per file',
      columnChart('Articles per file', articleLabels, [{ name: 'files', colour: '#3d7fd9', values: articleBins }], { xLabel: 'articles in the file' }),
    ),
    card(
      'Boundary scores',
      columnChart(
        'Boundary scores',
        scoreEdges,
        [
          { name: 'split', colour: '#2f9e6f', values: binScores(summary.splitScores) },
          { name: 'not split', colour: '#b9c0cc', values: binScores(summary.rejectedScores) },
        ],
        {
          xLabel: 'boundary score',
          edgeLabels: true,
          ...(options.threshold === undefined ? {} : { marker: { at: options.threshold, label: `threshold ${options.threshold}` } }),
        },
      ),
    ),
  ];
  return `<div class="cards">${charts.join('')}</div>${renderRuleTable(summary)}`;
}

function card(title: string, body: string): string {
  return `<div class="card"><h3>${escapeHtml(title)}</h3>${body}</div>`;
}

/** Counts scores per tenth of [0, 1]; a score of exactly 1 goes in the last bin. */
function binScores(scores: readonly number[]): number[] {
  const bins = new Array<number>(SCORE_BINS).fill(0);
  for (const score of scores) {
    const bin = Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(score * SCORE_BINS)));
    bins[bin]!++;
  }
  return bins;
}

function renderRuleTable(summary: RunSummary): string {
  const rows = summary.rules.map(
    (tally) =>
      `<tr><td><a class="chip" style="--c:${categoryColour(tally.category)}" href="${ruleHref(tally.ruleId)}">${escapeHtml(tally.ruleId)}</a></td>` +
      `<td>${escapeHtml(tally.category)}</td><td class="num">${tally.lines}</td><td class="num">${tally.documents}</td>` +
      `<td class="num">${percent(tally.lines, summary.lines)}</td></tr>`,
  );
  return (
    `<table class="summary"><thead><tr><th>rule</th><th>category</th><th>lines</th><th>documents</th><th>share of all lines</th></tr></thead>` +
    `<tbody>${rows.join('') || '<tr><td colspan="5">nothing removed</td></tr>'}</tbody>` +
    `<tfoot><tr><td>all rules</td><td></td><td class="num">${summary.linesRemoved}</td><td class="num">${summary.documents}</td>` +
    `<td class="num">${percent(summary.linesRemoved, summary.lines)}</td></tr></tfoot></table>`
  );
}

function percent(part: number, whole: number): string {
  if (whole === 0) return '–';
  const share = (100 * part) / whole;
  return share > 0 && share < 0.1 ? '< 0.1 %' : `${share.toFixed(1)} %`;
}

function renderRuleCards(summary: RunSummary, rules: Record<string, RuleDescription | null>, colours: Record<string, string>): string {
  if (summary.rules.length === 0) return '<div class="empty">No rule removed anything in this run.</div>';
  return summary.rules
    .map((tally) => {
      const rule = rules[tally.ruleId] ?? null;
      const documents = `${tally.documents} document${tally.documents === 1 ? '' : 's'}`;
      const head =
        `<h3>${escapeHtml(tally.ruleId)}</h3><div class="src">${escapeHtml(tally.category)} · ${tally.lines} lines in ` +
        `<a href="#" data-filter-rule="${escapeHtml(tally.ruleId)}">${documents}</a></div>`;
      const body =
        rule === null
          ? '<p>Not in the rule catalogue: a decision of a pipeline stage (such as the classifier) or a rule from another version. Each line shows the reason given with it.</p>'
          : `<p>${escapeHtml(rule.description)}</p>${rule.examples.map((example) => `<pre>${escapeHtml(example)}</pre>`).join('')}` +
            `<div class="src">${rule.origin === 'user' ? 'user rule' : 'examples'}: ${escapeHtml(rule.examplesSource)}</div>`;
      return `<div class="rule-card" id="rule-${escapeHtml(tally.ruleId)}" style="--c:${colours[tally.category] ?? categoryColour(tally.category)}">${head}${body}</div>`;
    })
    .join('');
}

function ruleHref(ruleId: string): string {
  return `#rule-${encodeURIComponent(ruleId)}`;
}
