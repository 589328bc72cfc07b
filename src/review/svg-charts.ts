import { escapeHtml } from './escape.js';

/** Small inline SVG charts for the HTML report: no script, no external assets, sized in CSS pixels. */

export interface Bar {
  label: string;
  value: number;
  /** CSS colour of the bar. */
  colour: string;
  /** Link target of the label, e.g. `#rule-video-block`. */
  href?: string;
}

const FONT = 'font-size="11" font-family="system-ui, sans-serif"';
const LABEL_WIDTH = 160;
const BAR_HEIGHT = 16;
const BAR_GAP = 6;

/** Horizontal bars, one labelled row per item, longest scaled to the chart width. */
export function horizontalBars(title: string, bars: readonly Bar[], width = 420): string {
  if (bars.length === 0) return emptyChart(title, width);
  const max = Math.max(...bars.map((bar) => bar.value), 1);
  const plot = width - LABEL_WIDTH - 40;
  const height = bars.length * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
  const rows = bars.map((bar, index) => {
    const y = BAR_GAP + index * (BAR_HEIGHT + BAR_GAP);
    const length = Math.max(1, (bar.value / max) * plot);
    const label = `<text x="${LABEL_WIDTH - 6}" y="${y + 12}" text-anchor="end" ${FONT} fill="currentColor">${escapeHtml(shorten(bar.label, 22))}</text>`;
    const linked = bar.href === undefined ? label : `<a href="${escapeHtml(bar.href)}">${label}</a>`;
    return (
      `<g><title>${escapeHtml(`${bar.label}: ${bar.value}`)}</title>${linked}` +
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${length.toFixed(1)}" height="${BAR_HEIGHT}" rx="3" fill="${escapeHtml(bar.colour)}"/>` +
      `<text x="${(LABEL_WIDTH + length + 5).toFixed(1)}" y="${y + 12}" ${FONT} fill="currentColor">${bar.value}</text></g>`
    );
  });
  return frame(title, width, height, rows.join(''));
}

/** One series of a column chart: a name for the legend, a colour and one value per bin. */
export interface Series {
  name: string;
  colour: string;
  values: readonly number[];
}

/**
 * Stacked columns over bins, with a legend when there is more than one series.
 *
 * @param binLabels one label per bin, drawn under its column; or, with `edgeLabels`, one label per
 *   bin edge (one more than the bins), drawn under the edges, as a histogram of a range reads best
 * @param options.marker optional vertical dashed line at a fractional position along the x axis, in [0, 1]
 */
export function columnChart(
  title: string,
  binLabels: readonly string[],
  series: readonly Series[],
  options: { width?: number; xLabel: string; edgeLabels?: boolean; marker?: { at: number; label: string } },
): string {
  const width = options.width ?? 420;
  const height = 150;
  const left = 34;
  const bottom = 34;
  const top = series.length > 1 ? 22 : 8;
  const plotWidth = width - left - 8;
  const plotHeight = height - top - bottom;
  const bins = options.edgeLabels === true ? binLabels.length - 1 : binLabels.length;
  const totals = Array.from({ length: bins }, (_, bin) => series.reduce((sum, s) => sum + (s.values[bin] ?? 0), 0));
  const max = Math.max(...totals, 1);
  const step = plotWidth / Math.max(bins, 1);
  const parts: string[] = [
    `<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" stroke="currentColor" stroke-opacity="0.4"/>`,
    `<text x="${left - 4}" y="${top + 8}" text-anchor="end" ${FONT} fill="currentColor">${max}</text>`,
    `<text x="${left - 4}" y="${top + plotHeight}" text-anchor="end" ${FONT} fill="currentColor">0</text>`,
  ];
  binLabels.forEach((label, index) => {
    const x = left + index * step + (options.edgeLabels === true ? 0 : step / 2);
    parts.push(`<text x="${x.toFixed(1)}" y="${top + plotHeight + 13}" text-anchor="middle" ${FONT} fill="currentColor">${escapeHtml(label)}</text>`);
  });
  totals.forEach((_, bin) => {
    const label = options.edgeLabels === true ? `${binLabels[bin]}–${binLabels[bin + 1]}` : binLabels[bin]!;
    let base = top + plotHeight;
    for (const s of series) {
      const value = s.values[bin] ?? 0;
      if (value === 0) continue;
      const h = (value / max) * plotHeight;
      base -= h;
      parts.push(
        `<rect x="${(left + bin * step + 2).toFixed(1)}" y="${base.toFixed(1)}" width="${Math.max(step - 4, 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${escapeHtml(s.colour)}"><title>${escapeHtml(`${label}: ${value} ${s.name}`)}</title></rect>`,
      );
    }
  });
  parts.push(`<text x="${left + plotWidth / 2}" y="${height - 4}" text-anchor="middle" ${FONT} fill="currentColor" opacity="0.7">${escapeHtml(options.xLabel)}</text>`);
  if (options.marker !== undefined) {
    const x = (left + options.marker.at * plotWidth).toFixed(1);
    parts.push(
      `<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${top + plotHeight}" stroke="currentColor" stroke-dasharray="3 3"/>`,
      `<text x="${x}" y="${top - 6}" text-anchor="middle" ${FONT} fill="currentColor">${escapeHtml(options.marker.label)}</text>`,
    );
  }
  if (series.length > 1) parts.push(legend(series, width));
  return frame(title, width, height, parts.join(''));
}

function legend(series: readonly Series[], width: number): string {
  let x = width - 8;
  const items: string[] = [];
  for (const s of [...series].reverse()) {
    const textWidth = s.name.length * 6;
    x -= textWidth;
    items.push(`<text x="${x}" y="11" ${FONT} fill="currentColor">${escapeHtml(s.name)}</text>`);
    x -= 14;
    items.push(`<rect x="${x}" y="2" width="10" height="10" rx="2" fill="${escapeHtml(s.colour)}"/>`);
    x -= 10;
  }
  return items.join('');
}

function frame(title: string, width: number, height: number, body: string): string {
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${body}</svg>`;
}

function emptyChart(title: string, width: number): string {
  return frame(title, width, 30, `<text x="0" y="18" ${FONT} fill="currentColor" opacity="0.6">nothing to show</text>`);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
