import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliContext } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';

export { temporaryDirectory } from '../temporary-directories.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.join(repoRoot, 'fixtures/seeds');
export const SEED_000 = '000_db37e839a3b2f4ed.txt';
export const SEED_004 = '004_e9497fc9ce15acb8.txt';

/** The three facts a CLI run produces besides files written. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  stdoutIsPipe?: boolean;
  stderrIsTTY?: boolean;
  stdout?: NodeJS.WritableStream;
}

/** Runs `main(argv, ctx)` in-process with captured streams; colour off unless `env` says otherwise. */
export async function runInProcess(argv: string[], options: InProcessOptions = {}): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  let clock = 0;
  const ctx: CliContext = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout: options.stdout ?? stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
    stdoutIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdoutIsPipe: options.stdoutIsPipe ?? false,
    // A fake clock: every reading is 10 ms after the previous one, so output never depends on speed.
    now: () => (clock += 10),
  };
  const code = await main(argv, ctx);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** The environment for child processes: this one with colour switched off. */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  return env;
}

/** Runs the built CLI (`node bin/newsclean.js`) as a child process, colour off. */
export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): RunResult {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/newsclean.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    env: childEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `directory`, as sorted `/`-separated relative paths. */
export function listFiles(directory: string): string[] {
  return (readdirSync(directory, { recursive: true }) as string[])
    .filter((entry) => statSync(path.join(directory, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

/** Parses JSON Lines output into records. */
export function parseJsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Rebuilds dist/ when any file under src/ is newer than the built CLI, so child-process tests run current code. */
export function ensureBuilt(): void {
  const built = path.join(repoRoot, 'dist/cli/main.js');
  const builtAt = safeMtime(built);
  const newestSource = Math.max(...listFiles(path.join(repoRoot, 'src')).map((file) => safeMtime(path.join(repoRoot, 'src', file))));
  if (builtAt >= newestSource) return;
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  // Type errors elsewhere in the tree still emit JavaScript; only a missing CLI is fatal here.
  spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'ignore' });
  if (safeMtime(built) === 0) throw new Error('dist/cli/main.js is missing after the build: run `npm run build` and read its errors');
}

function safeMtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
