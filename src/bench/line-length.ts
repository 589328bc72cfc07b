import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processText } from '../pipeline/process.js';
import { findSourceTexts } from './corpus.js';
import { median } from './measure.js';

/**
 * Cleaning time per MB against line length (issue 7, regex safety): documents of the same size
 * made of lines of 80, 1k, 10k, 100k and 1M characters, of real-looking text (the words of the
 * aeb pages and seeds, in order) and of adversarial separators (menu bars, runs of `|`, `»`, `·`,
 * `-`, `/`), each cleaned in-process with the default options (segmentation on). CPU time per MB that
 * stays flat as lines grow means no pattern backtracks over the line; a super-linear one shows as
 * MB/s falling by a factor of ten per row. It reports; it never fails on a number.
 *
 * Usage: node dist/bench/line-length.js [--size MB] [--repeats N] [--json]
 */
interface Args {
  /** Document size per cell in MB (10^6 characters). */
  sizeMb: number;
  repeats: number;
  json: boolean;
}

const LINE_LENGTHS = [80, 1_000, 10_000, 100_000, 1_000_000] as const;

/** Separator shapes scraped menus and share bars are made of, cycled line by line. */
const SEPARATOR_UNITS = ['Home | News | Sport | ', ' | ', ' » ', ' · ', ' - ', ' / ', '• ', ':: ', '|', 'Share: Facebook · Twitter · Email · '];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { sizeMb: 2, repeats: 3, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--size') args.sizeMb = Number(argv[++i]);
    else if (arg === '--repeats') args.repeats = Number(argv[++i]);
    else if (arg === '--json') args.json = true;
    else throw new Error(`unknown argument ${arg}; usage: line-length.js [--size MB] [--repeats N] [--json]`);
  }
  if (!Number.isFinite(args.sizeMb) || args.sizeMb <= 0) throw new Error('--size must be a positive number of MB');
  if (!Number.isInteger(args.repeats) || args.repeats < 1) throw new Error('--repeats must be a positive integer');
  return args;
}

/**
 * Lines of `lineLength` characters until the document holds `size` characters: `fill(lineIndex)` is
 * appended to a line until it is long enough, and the excess cut.
 */
function documentOf(size: number, lineLength: number, fill: (lineIndex: number) => string, start: (lineIndex: number) => string = () => ''): string {
  const lines: string[] = [];
  let total = 0;
  while (total < size) {
    let line = start(lines.length);
    while (line.length < lineLength) line += fill(lines.length);
    line = line.slice(0, lineLength).trimEnd();
    lines.push(line);
    total += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** The words of the real texts, in order, as one chunk each with its following space. */
async function realWords(): Promise<string[]> {
  const files = await findSourceTexts(repoRoot);
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  const words = texts.join(' ').split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) throw new Error('no source texts found for the real-looking lines');
  return words.map((word) => `${word} `);
}

interface Cell {
  kind: 'text' | 'separators';
  lineLength: number;
  megabytes: number;
  /** Median wall time of one cleaning, milliseconds. */
  wallMs: number;
  /** Median CPU time (user + system, all of the process's threads) of one cleaning, milliseconds. */
  cpuMs: number;
  /** MB per CPU second: the figure compared, steady on a shared machine where wall time is not. */
  mbPerCpuSecond: number;
  mbPerSecond: number;
}

function measure(kind: Cell['kind'], lineLength: number, text: string, repeats: number): Cell {
  processText(text.slice(0, 20_000));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    processText(text);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  const megabytes = text.length / 1e6;
  const [wallMs, cpuMs] = [median(wall), median(cpu)];
  return { kind, lineLength, megabytes, wallMs, cpuMs, mbPerCpuSecond: megabytes / (cpuMs / 1000), mbPerSecond: megabytes / (wallMs / 1000) };
}

function formatTable(cells: readonly Cell[]): string {
  const rows = [['line length', 'text MB/cpu-s', 'vs 80', '(wall MB/s)', 'separators MB/cpu-s', 'vs 80', '(wall MB/s)']];
  const of = (kind: Cell['kind'], length: number): Cell => cells.find((c) => c.kind === kind && c.lineLength === length)!;
  for (const length of LINE_LENGTHS) {
    const row = [length.toLocaleString('en-US')];
    for (const kind of ['text', 'separators'] as const) {
      const cell = of(kind, length);
      row.push(cell.mbPerCpuSecond.toFixed(2), `${(cell.mbPerCpuSecond / of(kind, 80).mbPerCpuSecond).toFixed(2)}×`, `(${cell.mbPerSecond.toFixed(2)})`);
    }
    rows.push(row);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padStart(widths[column]!)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const size = Math.round(args.sizeMb * 1e6);
  const words = await realWords();
  const cells: Cell[] = [];
  for (const lineLength of LINE_LENGTHS) {
    let word = 0;
    const text = documentOf(size, lineLength, () => words[word++ % words.length]!);
    cells.push(measure('text', lineLength, text, args.repeats));
    // One separator shape per line, repeated along it: a long run of the same few characters, what
    // backtracking hates. Each line starts with its number, so no two lines are the same (a repeated
    // line is judged once and would flatter the long rows, which have few lines).
    const separators = documentOf(
      size,
      lineLength,
      (lineIndex) => SEPARATOR_UNITS[lineIndex % SEPARATOR_UNITS.length]!,
      (lineIndex) => `${lineIndex + 1} `,
    );
    cells.push(measure('separators', lineLength, separators, args.repeats));
    process.stderr.write(`line length ${lineLength}: done\n`);
  }
  if (args.json) process.stdout.write(`${JSON.stringify(cells, null, 2)}\n`);
  else
    process.stdout.write(
      `cleaning throughput by line length (${args.sizeMb} MB per cell, median of ${args.repeats}; MB per CPU second, wall in brackets)\n${formatTable(cells)}\n`,
    );
}

main().catch((error: unknown) => {
  process.stderr.write(`line-length bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
