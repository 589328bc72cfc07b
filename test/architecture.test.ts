import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of src/README.md, enforced on the imports of every file under src/. The flow line
 * of the README ("**cli → io / report → … → types, options**") is the source of truth: a layer may
 * import from its own group or any group to its right.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcRoot = path.join(repoRoot, 'src');

/** Modules below these may not touch the process, the console or the file system. */
const IO_LAYERS = new Set(['cli', 'io', 'report', 'eval', 'training', 'bench']);
const FS_MODULES = new Set(['fs', 'fs/promises', 'child_process', 'process'].flatMap((name) => [name, `node:${name}`]));

interface SourceFile {
  /** Path under src/, `/`-separated. */
  relative: string;
  /** Top folder (`cli`, `io`, …) or top-level file without extension (`types`, `index`). */
  unit: string;
  imports: string[];
  /** Uses of `process.` / `console.` in code (comments and strings excluded). */
  globals: string[];
}

function readLayers(): string[][] {
  const readme = readFileSync(path.join(srcRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  const flow = /Flow goes one way: \*\*(.+?)\*\*/.exec(readme)?.[1];
  if (flow === undefined) throw new Error('src/README.md has no "Flow goes one way: **…**" line');
  return flow.split('→').map((group) => group.split(/[/,]/).map((name) => name.trim()).filter((name) => name !== ''));
}

function readSources(): SourceFile[] {
  const files = (readdirSync(srcRoot, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(ts|mts)$/.test(file) && !file.endsWith('.d.ts'));
  return files.map((relative) => {
    const text = readFileSync(path.join(srcRoot, relative), 'utf8');
    const imports = ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
    const unit = relative.includes('/') ? relative.split('/')[0]! : relative.replace(/\.m?ts$/, '');
    return { relative, unit, imports, globals: findGlobals(relative, text) };
  });
}

function findGlobals(fileName: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      (node.expression.text === 'process' || node.expression.text === 'console')
    ) {
      found.push(node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true));
  return found;
}

/**
 * The unit (top folder or top file) a relative import lands in, or null for a package import or
 * for shipped data outside src/ (`models/*.json`, loaded like a JSON import).
 */
function targetUnit(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  if (target.startsWith('..')) return target.endsWith('.json') ? null : '(outside src)';
  return target.includes('/') ? target.split('/')[0]! : target.replace(/\.(js|ts|json)$/, '');
}

const layers = readLayers();
const sources = readSources();
const layerOf = new Map(layers.flatMap((group, index) => group.map((unit) => [unit, index] as const)));

describe('architecture (src/README.md)', () => {
  it('reads the layer map from src/README.md', () => {
    expect(layers.length).toBeGreaterThanOrEqual(5);
    expect(layers[0]).toEqual(['cli']);
    expect(sources.length).toBeGreaterThan(10);
  });

  it('places every folder and top-level file of src/ in the layer map', () => {
    const unmapped = [...new Set(sources.map((file) => file.unit))].filter((unit) => unit !== 'index' && !layerOf.has(unit));
    expect(unmapped, 'add these to the flow line and table of src/README.md').toEqual([]);
  });

  it('imports only from the same layer or layers to the right', () => {
    const violations: string[] = [];
    for (const file of sources) {
      const from = layerOf.get(file.unit);
      if (from === undefined) continue;
      for (const specifier of file.imports) {
        const unit = targetUnit(file.relative, specifier);
        if (unit === null) continue;
        const to = layerOf.get(unit);
        // A folder missing from the map is reported by the test above; its importers are not blamed twice.
        if (unit === 'index' || unit === '(outside src)' || (to !== undefined && to < from)) violations.push(`src/${file.relative} imports ${specifier} (${unit})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps index.ts (the library API) free of cli, io, report, eval, training and bench', () => {
    const index = sources.find((file) => file.relative === 'index.ts');
    expect(index).toBeDefined();
    const bad = index!.imports.filter((specifier) => IO_LAYERS.has(targetUnit('index.ts', specifier) ?? ''));
    expect(bad).toEqual([]);
  });

  it('imports natural only inside src/cohesion, by submodule path', () => {
    const bad = sources.flatMap((file) =>
      file.imports
        .filter((specifier) => specifier === 'natural' || specifier.startsWith('natural/'))
        .filter((specifier) => file.unit !== 'cohesion' || specifier === 'natural')
        .map((specifier) => `src/${file.relative} imports ${specifier}`),
    );
    expect(bad).toEqual([]);
  });

  it('imports chalk only inside src/report', () => {
    const bad = sources
      .filter((file) => file.unit !== 'report' && file.imports.some((specifier) => specifier === 'chalk' || specifier.startsWith('chalk/')))
      .map((file) => `src/${file.relative}`);
    expect(bad).toEqual([]);
  });

  it('keeps process, console and the file system out of the layers below cli, io, report, eval, training and bench', () => {
    const bad = sources
      .filter((file) => !IO_LAYERS.has(file.unit))
      .flatMap((file) => [
        ...file.imports.filter((specifier) => FS_MODULES.has(specifier)).map((specifier) => `src/${file.relative} imports ${specifier}`),
        ...file.globals.map((use) => `src/${file.relative} uses ${use}`),
      ]);
    expect(bad).toEqual([]);
  });
});
