import type { ArticleRecord } from '../types.js';
import type { Palette } from './colour.js';

const TEXT_PREVIEW = 60;

/**
 * A human listing of one record's `--explain` data, for formats that cannot carry it inline (the
 * text format): why the article starts where it does, where its title came from, and every line
 * removed, with its rule id.
 * Line numbers are 1-based raw input lines.
 */
export function formatExplanation(record: ArticleRecord, palette: Palette): string {
  const head = palette.strong(`${record.id}`);
  let out = `${head} lines ${record.lines[0]}-${record.lines[1]}`;
  if (record.boundary !== null) {
    const signals = record.boundary.signals.map((signal) => `${signal.name} ${signal.weight.toFixed(2)}`).join(', ');
    out += `, split at score ${record.boundary.score.toFixed(2)} (${signals})`;
  }
  out += '\n';
  for (const message of record.explain ?? []) {
    // The title's reason says where it came from: the first line, or a line removed above the article.
    if (message.action === 'title') out += `  ${palette.dim(`line ${message.line}`)} title: ${preview(message.text)} (${message.reason})\n`;
  }
  for (const removal of record.removed ?? []) {
    const lines = removal.endLine === removal.line ? `${removal.line}` : `${removal.line}-${removal.endLine}`;
    // A learned line's reason is its evidence ("recurs in 74 documents across 49 folders"); rule ids say the rest.
    const rule = removal.rule === 'learned' ? `${removal.rule} (${removal.reason})` : removal.rule;
    out += `  ${palette.dim(`line ${lines}`)} ${palette.warning(rule)}: ${preview(removal.text)}\n`;
  }
  for (const message of record.explain ?? []) {
    if (message.ruleId === 'duplicate') out += `  ${palette.warning('duplicate')}: ${message.reason}\n`;
  }
  return out;
}

function preview(text: string): string {
  return text.length > TEXT_PREVIEW ? `${text.slice(0, TEXT_PREVIEW - 1)}…` : text;
}
