/**
 * The must-show of issue 7: a run of the built CLI over the seeds and both aeb variants with `--explain`, and a
 * checker that confirms the accounting invariant for every document from what the run wrote: each
 * output file's records, with their `removed` and `explain` lists turned back into messages, are
 * checked against the raw input by `checkAccounting`. The per-document books go to
 * `test-output/accounting.tsv` (document, paragraphs, kept, removed, violations). The same run with
 * `--jobs 2` (worker threads) must write byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAccounting, type AccountingReport } from '../../src/pipeline/accounting.js';
import type { ArticleRecord, Message, RemovalRecord } from '../../src/types.js';
import { ensureBuilt, listFiles, runCli, temporaryDirectory, type RunResult } from '../cli/helpers.js';
import { loadRealDocuments, repoRoot, sharedRoot } from './shared-data.js';

/** A removal as `--explain` writes it, back as the message it came from (spans carry a column). */
function removalMessage(removal: RemovalRecord): Message {
  const message: Message = {
    stage: 'clean',
    action: removal.column === undefined ? 'remove-line' : 'remove-span',
    ruleId: removal.rule,
    category: removal.category,
    reason: removal.reason,
    line: removal.line,
    endLine: removal.endLine,
    text: removal.text,
  };
  if (removal.column !== undefined) message.column = removal.column;
  return message;
}

/** The messages of one document, read back from its records. */
function messagesOf(records: readonly ArticleRecord[]): Message[] {
  return records.flatMap((record) => [...(record.removed ?? []).map(removalMessage), ...(record.explain ?? [])]);
}

interface Books {
  document: string;
  records: number;
  report: AccountingReport;
}

describe('newsclean <seeds> <aeb container> <aeb page> --explain -o DIR, checked document by document', () => {
  const documents = loadRealDocuments();
  const out = temporaryDirectory();
  let run: RunResult;
  let books: Books[] = [];

  beforeAll(() => {
    if (documents === null) return;
    ensureBuilt();
    run = runCli(['seeds', 'datasets/aeb/container', 'datasets/aeb/page', '--explain', '-o', out, '--jobs', '1', '--quiet'], { cwd: sharedRoot });
    books = documents.map((doc) => {
      const [folder, file] = [path.dirname(doc.name), path.basename(doc.name, '.txt')];
      const relative = folder === 'seeds' ? 'seeds' : `datasets/aeb/${folder.replace(/^aeb-/, '')}`;
      const records = JSON.parse(readFileSync(path.join(out, relative, `${file}.json`), 'utf8')) as ArticleRecord[];
      return { document: doc.name, records: records.length, report: checkAccounting(doc.text, { records, messages: messagesOf(records) }) };
    });
    const table = books.map((b) => [b.document, b.records, b.report.paragraphs, b.report.kept, b.report.removed, b.report.violations.length].join('\t'));
    mkdirSync(path.join(repoRoot, 'test-output'), { recursive: true });
    writeFileSync(path.join(repoRoot, 'test-output/accounting.tsv'), `document\trecords\tparagraphs\tkept\tremoved\tviolations\n${table.join('\n')}\n`);
  }, 600_000);

  it.skipIf(documents === null)('the run exits 0 and writes one output per document (2 seeds + 181 container + 181 page)', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(books).toHaveLength(364);
  });

  it.skipIf(documents === null)('every input line of every document is kept once or removed with a rule id', () => {
    const failures = books
      .filter((b) => b.report.violations.length > 0)
      .map((b) => ({ document: b.document, count: b.report.violations.length, first: b.report.violations[0] }));
    expect(failures).toEqual([]);
  });

  it.skipIf(documents === null)('--jobs 2 writes byte-identical files (364 documents on worker threads)', () => {
    const parallel = temporaryDirectory();
    const again = runCli(['seeds', 'datasets/aeb/container', 'datasets/aeb/page', '--explain', '-o', parallel, '--jobs', '2', '--quiet'], { cwd: sharedRoot });
    expect(again.code).toBe(0);
    const files = listFiles(out);
    expect(files).toHaveLength(364);
    expect(listFiles(parallel)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(path.join(parallel, file)).equals(readFileSync(path.join(out, file))));
    expect(differing).toEqual([]);
  }, 600_000);

  it.skipIf(documents === null)('the books balance: kept + removed = paragraphs, for every document', () => {
    expect(books.filter((b) => b.report.kept + b.report.removed !== b.report.paragraphs).map((b) => b.document)).toEqual([]);
  });

  if (documents === null) it.skip('../shared is absent: the run over the real documents is not checked here', () => undefined);
});
