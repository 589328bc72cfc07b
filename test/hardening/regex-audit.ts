/**
 * A static check of regular expressions against super-linear backtracking, from their source text.
 * V8's backtracking engine takes time quadratic or exponential in the line length for three shapes,
 * each measured at 100 000 characters as seconds to hours:
 *
 * - `nested`: an unbounded quantifier inside an unbounded quantified group whose iterations can split
 *   the same text in several ways, `(\w+\s?)+`, `(a|a)*`: exponential.
 * - `adjacent`: two unbounded quantifiers over overlapping characters with only optional elements
 *   between them, `\s*\s+`, `\d+\d*x`: quadratic.
 * - `unanchored-run`: a pattern not anchored at `^` whose first unbounded run can start at every
 *   position of a long run and must then fail, `\s+$`, `\w+:`, `[.!?]+$`: quadratic (about 8 s for
 *   `/\w+:/` on 100 000 letters).
 *
 * Character sets are approximated by testing each atom on a fixed alphabet of probe characters, so
 * the check over-approximates overlaps: a pattern it accepts has none of these shapes.
 */
import ts from 'typescript';

/** One regular expression found in a source file. */
export interface FoundPattern {
  file: string;
  /** 1-based line of the literal. */
  line: number;
  source: string;
  flags: string;
}

/** A shape found by {@link auditPattern}, with a witness character whose long run triggers it. */
export interface PatternFinding {
  shape: 'nested' | 'adjacent' | 'unanchored-run';
  /** The offending part of the pattern. */
  part: string;
  /** A probe character matched by every element involved. */
  witness: string;
}

/** Every regular-expression literal of a TypeScript source text. */
export function findRegexLiterals(file: string, text: string): FoundPattern[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: FoundPattern[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf('/');
      found.push({
        file,
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Probe characters standing for the classes rules use: letters of several scripts, digits, the
 * underscore, spaces, and the punctuation of separators, bullets, quotes and dashes.
 */
export const PROBES = [
  'a', 'Z', 'é', 'Ж', '中', '0', '7', '_', ' ', '\t', '\n', '.', ',', ':', ';', '!', '?', '-', '–', '—', '|', '/', '\\',
  '•', '·', '›', '»', '«', '>', '<', '(', ')', '[', ']', '"', '“', '”', "'", '’', '#', '@', '&', '*', '+', '=', '%',
  '$', '€', '©', '…', '\u00a0', '😀',
] as const;

type Quantifier = { min: number; max: number };

interface Element {
  kind: 'atom' | 'group' | 'start' | 'end' | 'boundary' | 'lookaround' | 'backreference';
  /** Source text of the element without its quantifier. */
  source: string;
  quantifier: Quantifier;
  /** For groups: the alternatives, each a sequence. */
  alternatives?: Element[][];
}

const ONCE: Quantifier = { min: 1, max: 1 };

/** Parses `source` (flags `flags`) and returns every super-linear shape found; empty when safe. */
export function auditPattern(source: string, flags: string): PatternFinding[] {
  const parsed = new Parser(source).parseAlternatives();
  const sets = new CharSets(flags);
  const findings: PatternFinding[] = [];
  const walk = (sequence: Element[]): void => {
    findAdjacent(sequence, sets, findings);
    for (const element of sequence) {
      if (element.kind !== 'group') continue;
      if (element.quantifier.max === Infinity) findNested(element, sets, findings);
      for (const alternative of element.alternatives ?? []) walk(alternative);
    }
  };
  for (const alternative of parsed) {
    walk(alternative);
    findUnanchoredRun(alternative, sets, flags, findings);
  }
  return findings;
}

/** Probe characters an element can consume (any of them, anywhere inside a group). */
class CharSets {
  private readonly flags: string;

  constructor(flags: string) {
    this.flags = flags.replace(/[gy]/g, '');
  }

  of(element: Element): Set<string> {
    if (element.kind === 'group') {
      return new Set((element.alternatives ?? []).flat().flatMap((inner) => [...this.of(inner)]));
    }
    if (element.kind !== 'atom') return new Set();
    const pattern = new RegExp(`^(?:${element.source})$`, this.flags);
    return new Set(PROBES.filter((probe) => pattern.test(probe)));
  }
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((c) => b.has(c)));
}

function first<T>(set: Set<T>): T | undefined {
  return set.values().next().value;
}

/** `(\w+\s?)+`: an iteration with no mandatory character that its unbounded parts cannot also match. */
function findNested(group: Element, sets: CharSets, findings: PatternFinding[]): void {
  const alternatives = group.alternatives ?? [];
  for (let i = 0; i < alternatives.length; i++) {
    for (let j = i + 1; j < alternatives.length; j++) {
      const overlap = intersect(sets.of(wrap(alternatives[i]!)), sets.of(wrap(alternatives[j]!)));
      const witness = first(overlap);
      if (witness !== undefined) findings.push({ shape: 'nested', part: group.source, witness });
    }
  }
  for (const alternative of alternatives) {
    const runs = alternative.filter((e) => e.quantifier.max === Infinity || containsUnbounded(e));
    if (runs.length === 0) continue;
    const runChars = new Set(runs.flatMap((e) => [...sets.of(e)]));
    const delimited = alternative.some(
      (e) => e.quantifier.min >= 1 && !runs.includes(e) && sets.of(e).size > 0 && intersect(sets.of(e), runChars).size === 0,
    );
    const witness = first(runChars);
    if (!delimited && witness !== undefined) findings.push({ shape: 'nested', part: group.source, witness });
  }
}

function containsUnbounded(element: Element): boolean {
  return (element.alternatives ?? []).flat().some((inner) => inner.quantifier.max === Infinity || containsUnbounded(inner));
}

function wrap(sequence: Element[]): Element {
  return { kind: 'group', source: sequence.map((e) => e.source).join(''), quantifier: ONCE, alternatives: [sequence] };
}

/** `\s*\s+`: two unbounded runs over shared characters, nothing mandatory between them. */
function findAdjacent(sequence: Element[], sets: CharSets, findings: PatternFinding[]): void {
  for (let i = 0; i < sequence.length; i++) {
    if (sequence[i]!.quantifier.max !== Infinity) continue;
    let shared = sets.of(sequence[i]!);
    for (let j = i + 1; j < sequence.length; j++) {
      const next = sequence[j]!;
      if (next.kind === 'start' || next.kind === 'end') break;
      if (next.kind !== 'atom' && next.kind !== 'group') continue;
      shared = intersect(shared, sets.of(next));
      if (next.quantifier.max === Infinity && shared.size > 0) {
        findings.push({ shape: 'adjacent', part: sequence.slice(i, j + 1).map(show).join(''), witness: first(shared)! });
        break;
      }
      if (next.quantifier.min >= 1 && shared.size === 0) break;
    }
  }
}

/**
 * `\w+:` or `\s+$` without `^`: every start inside a long run scans to its end and fails there. Safe
 * when anchored, when a word boundary or lookbehind guards a run of word characters, when something
 * mandatory before the run cannot occur inside it, or when nothing after the run can fail.
 */
function findUnanchoredRun(sequence: Element[], sets: CharSets, flags: string, findings: PatternFinding[]): void {
  const head = sequence[0];
  if (head === undefined || head.kind === 'start') return;
  if (head.kind === 'group' && head.quantifier.min >= 1 && (head.alternatives ?? []).every((alt) => alt[0]?.kind === 'start')) return;
  let shared: Set<string> | null = null;
  let guarded = false;
  for (let i = 0; i < sequence.length; i++) {
    const element = sequence[i]!;
    if (element.kind === 'boundary' || element.kind === 'lookaround') {
      guarded = true;
      continue;
    }
    if (element.kind !== 'atom' && element.kind !== 'group') return;
    const chars = sets.of(element);
    if (element.quantifier.max !== Infinity) {
      // An optional element can be skipped by an attempt; a mandatory one must fit inside the run.
      if (element.quantifier.min >= 1) shared = shared === null ? chars : intersect(shared, chars);
      if (shared !== null && shared.size === 0) return;
      continue;
    }
    shared = shared === null ? chars : intersect(shared, chars);
    if (shared.size === 0) return;
    if (guarded && [...shared].every((c) => /\w/u.test(c))) return;
    const rest = sequence.slice(i + 1);
    const canFail = rest.some((e) => e.kind === 'end' || e.kind === 'lookaround' || (e.quantifier.min >= 1 && e.kind !== 'boundary'));
    if (canFail && !(flags.includes('m') && rest.every((e) => e.kind === 'end' || e.quantifier.min === 0))) {
      findings.push({ shape: 'unanchored-run', part: sequence.slice(0, i + 2).map(show).join(''), witness: first(shared)! });
    }
    return;
  }
}

function show(element: Element): string {
  const { min, max } = element.quantifier;
  if (min === 1 && max === 1) return element.source;
  if (min === 0 && max === Infinity) return `${element.source}*`;
  if (min === 1 && max === Infinity) return `${element.source}+`;
  if (min === 0 && max === 1) return `${element.source}?`;
  return `${element.source}{${min},${max === Infinity ? '' : max}}`;
}

/** A small recursive-descent parser of JavaScript regular-expression syntax (enough for auditing). */
class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  parseAlternatives(): Element[][] {
    const alternatives: Element[][] = [[]];
    while (this.at < this.text.length) {
      const char = this.text[this.at]!;
      if (char === ')') break;
      if (char === '|') {
        this.at++;
        alternatives.push([]);
        continue;
      }
      const element = this.parseElement();
      element.quantifier = this.parseQuantifier();
      alternatives[alternatives.length - 1]!.push(element);
    }
    return alternatives;
  }

  private parseElement(): Element {
    const start = this.at;
    const char = this.text[this.at]!;
    const make = (kind: Element['kind']): Element => ({ kind, source: this.text.slice(start, this.at), quantifier: ONCE });
    if (char === '^') return (this.at++, make('start'));
    if (char === '$') return (this.at++, make('end'));
    if (char === '[') return (this.skipClass(), make('atom'));
    if (char === '(') return this.parseGroup();
    if (char === '\\') {
      const next = this.text[this.at + 1] ?? '';
      this.skipEscape();
      if (next === 'b' || next === 'B') return make('boundary');
      if (/[1-9]/.test(next) || next === 'k') return make('backreference');
      return make('atom');
    }
    this.at += char.codePointAt(0)! > 0xffff ? 2 : 1;
    return make('atom');
  }

  private parseGroup(): Element {
    const start = this.at;
    this.at++;
    let kind: Element['kind'] = 'group';
    if (this.text.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.text.slice(this.at, this.at + 3))) {
      kind = 'lookaround';
      this.at += this.text[this.at + 1] === '<' ? 3 : 2;
    } else if (this.text.startsWith('?<', this.at)) this.at = this.text.indexOf('>', this.at) + 1;
    const alternatives = this.parseAlternatives();
    this.at++;
    return { kind, source: this.text.slice(start, this.at), quantifier: ONCE, alternatives };
  }

  private skipClass(): void {
    this.at++;
    while (this.at < this.text.length && this.text[this.at] !== ']') {
      if (this.text[this.at] === '\\') this.at++;
      this.at++;
    }
    this.at++;
  }

  private skipEscape(): void {
    const next = this.text[this.at + 1] ?? '';
    this.at += 2;
    if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && /[{<]/.test(this.text[this.at] ?? '')) {
      this.at = this.text.indexOf(this.text[this.at] === '{' ? '}' : '>', this.at) + 1;
    } else if (next === 'u') this.at += 4;
    else if (next === 'x') this.at += 2;
    else if (next === 'c') this.at += 1;
  }

  private parseQuantifier(): Quantifier {
    const char = this.text[this.at];
    let quantifier: Quantifier | null = null;
    if (char === '*') quantifier = { min: 0, max: Infinity };
    else if (char === '+') quantifier = { min: 1, max: Infinity };
    else if (char === '?') quantifier = { min: 0, max: 1 };
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.at));
      if (match === null) return ONCE;
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      this.at += match[0].length - 1;
      quantifier = { min, max };
    }
    if (quantifier === null) return ONCE;
    this.at++;
    if (this.text[this.at] === '?') this.at++;
    return quantifier;
  }
}
