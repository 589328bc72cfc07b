import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_ARTICLE_END } from '../../src/io/serialise.js';
import {
  childEnv,
  ensureBuilt,
  listFiles,
  parseJsonLines,
  repoRoot,
  runCli,
  SEED_000,
  SEED_004,
  seedsDir,
  temporaryDirectory,
} from './helpers.js';

/**
 * The CLI as a black box (`node bin/newsclean.js`): exit code, standard output, standard error and
 * files written, each asserted on its own, colour off. Includes every "must show" command of the
 * CLI issue.
 */
const RECORD_FIELDS = ['id', 'source', 'index', 'count', 'title', 'date', 'text', 'paragraphs', 'words', 'lines'];

function shell(script: string, cwd = repoRoot): { code: number; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', script], { cwd, env: childEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const cli = `"${process.execPath}" "${path.join(repoRoot, 'bin/newsclean.js')}"`;

beforeAll(() => ensureBuilt(), 180_000);

describe('newsclean as a user meets it', () => {
  it('-o DIR writes one valid JSON file per seed with the record fields', () => {
    const out = temporaryDirectory();
    const result = runCli(['fixtures/seeds', '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^newsclean: 2 files, \d+ articles?, \d+ lines? removed in [\d.]+ s/);
    expect(listFiles(out)).toEqual(['000_db37e839a3b2f4ed.json', '004_e9497fc9ce15acb8.json']);
    for (const file of listFiles(out)) {
      const records = JSON.parse(readFileSync(path.join(out, file), 'utf8')) as Array<Record<string, unknown>>;
      expect(records.length).toBeGreaterThan(0);
      records.forEach((record, index) => {
        expect(Object.keys(record).slice(0, RECORD_FIELDS.length)).toEqual(RECORD_FIELDS);
        expect(record['id']).toBe(`${file.replace(/\.json$/, '')}#${index}`);
        expect(record['index']).toBe(index);
        expect(record['count']).toBe(records.length);
        expect(record['text']).toBe((record['paragraphs'] as string[]).join('\n\n'));
      });
    }
    const seed000 = JSON.parse(readFileSync(path.join(out, '000_db37e839a3b2f4ed.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(seed000[0]!['date']).toBe('2023-10-27');
    expect(seed000[0]!['source']).toBe(`fixtures/seeds/${SEED_000}`);
  });

  it('| jq -r .id lists one id per article', () => {
    const records = parseJsonLines(runCli(['fixtures/seeds']).stdout);
    const result = shell(`${cli} fixtures/seeds | jq -r .id`);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(records.map((record) => `${String(record['id'])}\n`).join(''));
    expect(records.length).toBeGreaterThan(1);
  });

  it('names a missing input on one line, still writes the seeds, and exits 1', () => {
    const result = runCli(['does-not-exist.txt', 'fixtures/seeds']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('newsclean: does-not-exist.txt: no such file or directory\n');
    const sources = new Set(parseJsonLines(result.stdout).map((record) => record['source']));
    expect([...sources]).toEqual([`fixtures/seeds/${SEED_000}`, `fixtures/seeds/${SEED_004}`]);
  });

  it('| head -1 prints one line and nothing on standard error', () => {
    const result = shell(`${cli} fixtures/seeds --format jsonl | head -1`);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(result.stdout)).toHaveProperty('id', '000_db37e839a3b2f4ed#0');
  });

  it('stops quietly with exit 0 when the reader closes the pipe mid-run (EPIPE)', () => {
    const corpus = temporaryDirectory();
    // Far more output than a pipe buffer holds, so newsclean is still writing when head exits.
    for (let i = 0; i < 150; i++) copyFileSync(path.join(seedsDir, SEED_000), path.join(corpus, `${String(i).padStart(3, '0')}.txt`));
    const result = shell(`${cli} . --explain | head -1; exit "\${PIPESTATUS[0]}"`, corpus);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toHaveLength(2);
  });

  it('cat seed | newsclean - --format text prints the article', () => {
    const input = readFileSync(path.join(seedsDir, SEED_000));
    const result = runCli(['-', '--format', 'text'], { input });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Sir Keir Starmer is under growing pressure to call for a ceasefire');
    expect(result.stdout.endsWith(`\n${TEXT_ARTICLE_END}`)).toBe(true);
  });

  it('refuses a binary input on one line and exits 1', () => {
    const dir = temporaryDirectory();
    writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0x00]));
    const result = runCli(['photo.txt'], { cwd: dir });
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'newsclean: photo.txt: binary file (NUL byte at offset 3), not text\n' });
  });

  it('refuses a folder where a file is expected: a trailing slash on a file, a folder on standard input', () => {
    const slash = runCli([`fixtures/seeds/${SEED_000}/`]);
    expect(slash).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsclean: fixtures/seeds/${SEED_000}/: not a directory (a file was used as a folder in the path)\n`,
    });
    const stdin = shell(`${cli} - < fixtures/seeds`);
    expect(stdin).toEqual({ code: 1, stdout: '', stderr: 'newsclean: -: is a directory, not a file\n' });
  });

  it('exits 2 with a hint on a usage error', () => {
    const result = runCli(['--format', 'yaml', 'fixtures/seeds']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^newsclean: option '-f, --format <format>' argument 'yaml' is invalid/);
    expect(result.stderr).toMatch(/\(run newsclean --help for usage and examples\)\n$/);
  });

  it('exits 2 when nothing matched', () => {
    const result = runCli(['fixtures/seeds', '--glob', '*.nothing']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('newsclean: fixtures/seeds: no files match *.nothing\n');
  });

  it('prints its version and help', () => {
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
  });
});

describe('library', () => {
  it("import { processText } from 'newsclean' gives the records the CLI prints for standard input", () => {
    const input = readFileSync(path.join(seedsDir, SEED_004), 'utf8');
    const script = `import { processText } from 'newsclean';
      let text = '';
      for await (const chunk of process.stdin) text += chunk;
      for (const record of processText(text).records) process.stdout.write(JSON.stringify(record) + '\\n');`;
    const library = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, input, encoding: 'utf8' });
    expect(library.stderr).toBe('');
    const cli = runCli(['-'], { input });
    expect(cli.code).toBe(0);
    expect(library.stdout).toBe(cli.stdout);
    expect(parseJsonLines(cli.stdout).length).toBeGreaterThan(1);
  });
});

describe('start-up', () => {
  /** Module URLs the CLI loads for `args`, reported by a module-resolution hook. */
  function loadedModules(args: string[]): string[] {
    const hook = 'export async function resolve(s, c, next) { const r = await next(s, c); console.error("LOADED " + r.url); return r; }';
    const register = `import { register } from "node:module"; register("data:text/javascript,${encodeURIComponent(hook)}");`;
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, 'bin/newsclean.js', ...args], {
      cwd: repoRoot,
      env: childEnv(),
      encoding: 'utf8',
    });
    return result.stderr
      .split('\n')
      .filter((line) => line.startsWith('LOADED '))
      .map((line) => line.slice('LOADED '.length).replace(`file://${repoRoot}/`, ''));
  }

  // bin/newsclean.js runs the bundle (dist/bundle/cli.cjs, `npm run build`) when it is current, else dist/ as tsc wrote it.
  const bundleIsCurrent = (): boolean => {
    const bundled = statSync(path.join(repoRoot, 'dist/bundle/cli.cjs'), { throwIfNoEntry: false });
    const compiled = statSync(path.join(repoRoot, 'dist/cli/main.js'), { throwIfNoEntry: false });
    return bundled !== undefined && (compiled === undefined || bundled.mtimeMs >= compiled.mtimeMs);
  };

  it('--version loads nothing but the launcher', () => {
    expect(loadedModules(['--version']).filter((url) => !url.startsWith('node:'))).toEqual(['bin/newsclean.js']);
  });

  it('a cleaning run loads the launcher and the bundle, or without a bundle no subcommand', () => {
    const loaded = loadedModules([`fixtures/seeds/${SEED_000}`, '--quiet']);
    if (bundleIsCurrent()) {
      // The bundle is compiled as a script from its code cache, not imported: no other module is.
      expect(loaded.filter((url) => !url.startsWith('node:'))).toEqual(['bin/newsclean.js', 'dist/cli/launch.js']);
      return;
    }
    expect(loaded).toContain('dist/pipeline/process.js');
    expect(loaded.filter((url) => /^dist\/(eval|review|training|bench)\/|^dist\/cli\/(eval|review)-command/.test(url))).toEqual([]);
  });

  it("V8 takes the bundle's code cache under the launcher's flags", () => {
    if (!bundleIsCurrent()) return;
    const script = `import { applyRunFlags, loadBundle } from './dist/cli/launch.js';
      applyRunFlags('');
      process.stdout.write(String(loadBundle('dist/bundle/cli.cjs').cacheRejected));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, env: childEnv(), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('false');
  });
});
