import type { ArticleRecord, DocumentSource, Message, RemovalRecord, SegmentedDocument } from '../types.js';
import { runningWords } from '../text/words.js';

/**
 * Assemble stage: turns segmented articles into public records. With `explain`, each record lists
 * the removals and segmentation messages that fall within its stretch of raw lines (the first
 * article also takes everything before it, the last everything after it).
 */
export function assembleRecords(doc: SegmentedDocument, source: DocumentSource, explain: boolean): ArticleRecord[] {
  const count = doc.articles.length;
  const records: ArticleRecord[] = [];
  // Loops, not callbacks made anew on every call: this runs for every document (segment/gap-features.ts says why).
  for (let index = 0; index < count; index++) {
    const article = doc.articles[index]!;
    const paragraphs: string[] = [];
    for (const paragraph of article.paragraphs) paragraphs.push(paragraph.text);
    const text = paragraphs.join('\n\n');
    const first = article.paragraphs[0]!;
    const last = article.paragraphs[article.paragraphs.length - 1]!;
    const record: ArticleRecord = {
      id: `${source.idBase}#${index}`,
      source: source.source,
      index,
      count,
      title: article.title,
      date: doc.metadata.date ?? null,
      text,
      paragraphs,
      words: runningWords(text),
      lines: [first.firstLine, last.lastLine],
      boundary: article.boundary,
    };
    if (explain) {
      const from = index === 0 ? 1 : article.startLine;
      const next = doc.articles[index + 1];
      const to = next === undefined ? Number.POSITIVE_INFINITY : next.startLine - 1;
      const inStretch = (m: Message): boolean => m.line >= from && m.line <= to;
      // A title read from a removed line sits above the article's stretch, among the previous article's removals: it goes with its own article.
      const previousEnd = index === 0 ? 0 : doc.articles[index - 1]!.paragraphs.at(-1)!.lastLine;
      const isOwnTitle = (m: Message): boolean => m.line > previousEnd && m.line <= first.firstLine;
      record.removed = doc.messages.filter((m) => inStretch(m) && isRemoval(m)).map(toRemovalRecord);
      record.explain = doc.messages.filter((m) => (m.action === 'title' ? isOwnTitle(m) : inStretch(m) && !isRemoval(m)));
    }
    records.push(record);
  }
  return records;
}

function isRemoval(message: Message): boolean {
  return message.action === 'remove-line' || message.action === 'remove-span';
}

function toRemovalRecord(message: Message): RemovalRecord {
  const record: RemovalRecord = {
    line: message.line,
    endLine: message.endLine,
    text: message.text,
    rule: message.ruleId,
    category: message.category,
    reason: message.reason,
  };
  if (message.column !== undefined) record.column = message.column;
  if (message.score !== undefined) record.score = message.score;
  return record;
}
