import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';

/**
 * Under the `i` flag a class of one letter case matches both: `\p{Lu}` is any cased letter and `[A-Z]` any ASCII letter,
 * so a pattern that needs a capitalised name ("Subscribe to WIRED and…") takes any lower-case word ("Subscribe to enough
 * streaming services and…"). Node 20 has no `(?i:…)`; a rule spells the case variants of its keywords instead, or tests
 * its keywords and its names with two patterns. This guard compiles every pattern of src/rules/ as a RegExp and fails on
 * a class of one case under `i`.
 */
const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/rules');
/** Functions that compile the user's own patterns (`--rules` file) with the user's flags: not the catalogue's to check. */
const USER_PATTERN_FUNCTIONS = new Set(['userLineRule']);
/** Letters of both cases, ASCII and beyond, on which a class is compared with and without `i`. */
const PROBES = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀÉÖÜàéöüĞğŁłΣσΔδЖжЯя'];

interface CompiledPattern {
  /** `file.ts:line` under src/rules/, 1-based. */
  site: string;
  regex: RegExp;
}

/** Regular-expression literals, read by the TypeScript parser: their pattern and flags are the source text itself. */
function literalPatterns(): CompiledPattern[] {
  const found: CompiledPattern[] = [];
  for (const file of readdirSync(rulesDir).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(path.join(rulesDir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ site: `${file}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Call sites of `new RegExp(…)` / `RegExp(…)` in src/rules/, as `file.ts:line`, outside {@link USER_PATTERN_FUNCTIONS}. */
function constructorSites(): string[] {
  const sites: string[] = [];
  for (const file of readdirSync(rulesDir).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(path.join(rulesDir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionDeclaration(node) && node.name !== undefined && USER_PATTERN_FUNCTIONS.has(node.name.text)) return;
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        sites.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}

/**
 * Patterns built with `new RegExp(…)` from pieces (`String.raw` templates, shared alternatives, `opensWithAny`): the rule
 * modules are loaded afresh with the RegExp constructor watched, and each object built is kept with the src/rules/ line
 * that built it (for a helper, the helper's line and the line that called it).
 */
async function constructedPatterns(): Promise<CompiledPattern[]> {
  const found: CompiledPattern[] = [];
  const Native = RegExp;
  const record = (regex: RegExp): RegExp => {
    const sites = [...(new Error().stack ?? '').matchAll(/\/src\/rules\/([\w-]+\.ts):(\d+):\d+/g)].map((m) => `${m[1]}:${m[2]}`);
    const site = sites[0] === undefined ? undefined : sites[0].startsWith('helpers.ts:') && sites[1] !== undefined ? `${sites[0]} via ${sites[1]}` : sites[0];
    if (site !== undefined) found.push({ site, regex });
    return regex;
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args: ConstructorParameters<typeof RegExp>) => record(new target(...args)),
    apply: (target, _this, args: Parameters<typeof RegExp>) => record(target(...args)),
  });
  try {
    vi.resetModules();
    const { catalogue } = await import('../../src/rules/index.js');
    expect(catalogue.length).toBeGreaterThan(0);
  } finally {
    globalThis.RegExp = Native;
  }
  return found;
}

/** The classes of a pattern: `\p{…}` / `\P{…}` escapes and bracketed classes `[…]` (no nesting: no `v` flag here). */
function classesOf(source: string): string[] {
  const classes: string[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      if (/[pP]/.test(source[i + 1] ?? '') && source[i + 2] === '{') {
        const end = source.indexOf('}', i);
        classes.push(source.slice(i, end + 1));
        i = end;
      } else i++;
    } else if (source[i] === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      classes.push(source.slice(i, j + 1));
      i = j;
    }
  }
  return classes;
}

/**
 * Whether a class stands for letters of one case: a property escape or a range ("a-z") whose matches on {@link PROBES}
 * change when `i` is added. A list of single letters ("[ap]m", "[Ss]") is written for the flag it has.
 */
function isOneCaseClass(cls: string, flags: string): boolean {
  if (!/^\\[pP]\{|^\[.*(?:\\[pP]\{|[^\\]-[^\]])/u.test(cls)) return false;
  const plain = flags.replace(/[gimsy]/g, '');
  const without = new RegExp(`^${cls}$`, plain);
  const withI = new RegExp(`^${cls}$`, `${plain}i`);
  return PROBES.some((letter) => without.test(letter) !== withI.test(letter));
}

/** `site: class, class` for every pattern with the `i` flag and a one-case class. */
function offenders(patterns: CompiledPattern[]): string[] {
  const lines = new Set<string>();
  for (const { site, regex } of patterns) {
    if (!regex.flags.includes('i')) continue;
    const classes = [...new Set(classesOf(regex.source).filter((cls) => isOneCaseClass(cls, regex.flags)))];
    if (classes.length > 0) lines.add(`${site}: ${classes.join(' ')}`);
  }
  return [...lines].sort();
}

describe('letter-case classes under the i flag', () => {
  it('finds a one-case class only where it changes under i', () => {
    expect(offenders([{ site: 'a', regex: /^by \p{Lu}\p{Ll}+$/iu }])).toEqual([String.raw`a: \p{Lu} \p{Ll}`]);
    expect(offenders([{ site: 'b', regex: /^[A-Z]{2,5}\b/i }])).toEqual(['b: [A-Z]']);
    expect(offenders([{ site: 'c', regex: /^\p{Lu}[^.!?]{1,40}$/u }])).toEqual([]);
    expect(offenders([{ site: 'd', regex: /\b\d{1,2}:\d{2} ?[ap]m\b|[A-Za-z0-9_]+|[Ss]ign up|\p{L}+/iu }])).toEqual([]);
  });

  it('no rule compiles a pattern with the i flag and a one-case class', async () => {
    const constructed = await constructedPatterns();
    const built = new Set(constructed.flatMap(({ site }) => site.split(' via ')));
    // Every constructor call in src/rules/ ran while the modules loaded, so none escapes the check.
    expect(constructorSites().filter((site) => !built.has(site))).toEqual([]);
    expect(offenders([...literalPatterns(), ...constructed])).toEqual([]);
  });
});
