/**
 * An unwritable or full output (issue 7): the run ends with one clear line naming the input whose
 * write failed, exits 1 and leaves no temporary or truncated file. Failures of the device (full,
 * read-only) or of the output folder itself stop the run; failures of one path (a file where a
 * sub-folder should be) fail that input and the run goes on (docs/hardening.md, "Output safety").
 *
 * We run as root, whom chmod does not stop, so the faults are real ones root cannot pass: a tiny
 * tmpfs (ENOSPC) and a read-only tmpfs (EROFS), each mounted in a private mount namespace of the
 * child (`unshare -m`, so nothing leaks to the host), `/dev/full` for standard output, a regular
 * file where a folder should be (ENOTDIR), and folders the CLI may not write, run as `nobody` (EACCES).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { childEnv, ensureBuilt, listFiles, runInProcess, temporaryDirectory } from '../cli/helpers.js';
import { STORY } from './bad-fixtures.js';
import { nobodyUnavailable, openToNobody, runAsNobody } from './nobody.js';
import { repoRoot } from './shared-data.js';

/** `it`, skipped when `skipped` (no tmpfs here). */
const itUnless = (skipped: boolean): typeof it.skip => (skipped ? it.skip : it);

const bin = path.join(repoRoot, 'bin/newsclean.js');

/** A story whose JSON output is far larger than the 64 KiB tmpfs below. */
function bigStory(): string {
  return Array.from(
    { length: 1200 },
    (_, i) => `Paragraph ${i + 1} of the council budget story: the library, the bus depot and the harbour wall each need repairs this year.`,
  ).join('\n\n');
}

/** `inputs/a.txt` (small), `inputs/b.txt` (too big for the tmpfs), `inputs/c.txt` (small), processed in that order. */
function writeInputs(work: string): void {
  mkdirSync(path.join(work, 'inputs'));
  writeFileSync(path.join(work, 'inputs/a.txt'), STORY);
  writeFileSync(path.join(work, 'inputs/b.txt'), bigStory());
  writeFileSync(path.join(work, 'inputs/c.txt'), STORY);
}

/** Why mounting a tmpfs in a private namespace is impossible here, or null when it works. */
function mountUnavailable(): string | null {
  const probe = temporaryDirectory();
  const result = spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs '${probe}'`], { encoding: 'utf8' });
  if (result.error) return `unshare is not available (${result.error.message})`;
  if (result.status !== 0) return `mounting a tmpfs needs CAP_SYS_ADMIN (root in a container that allows mount): ${result.stderr.trim()}`;
  return null;
}

interface MountedRun {
  code: number;
  stderr: string;
  /** Files left in the output folder after the run (a copy taken inside the namespace). */
  files: string[];
  /** Output folder copy, to read the files. */
  copy: string;
}

/**
 * Runs `steps` (shell, with `$CLI` for `node bin/newsclean.js`) in a private mount namespace where
 * `out/` is a tmpfs mounted with `mountOptions`. After step i the output folder is copied to
 * `copy-i/` and its exit code and standard error are kept.
 */
function runMounted(work: string, mountOptions: string, steps: string[]): MountedRun[] {
  mkdirSync(path.join(work, 'out'), { recursive: true });
  const script = [
    'set -u',
    `mount -t tmpfs -o ${mountOptions} tmpfs out || exit 97`,
    ...steps.flatMap((step, i) => [`${step} 2> stderr-${i}; echo $? > code-${i}`, `mkdir copy-${i} && cp -a out/. copy-${i}/`]),
  ].join('\n');
  const result = spawnSync('unshare', ['-m', 'sh', '-c', script], {
    cwd: work,
    env: { ...childEnv(), CLI: `${process.execPath} ${bin}` },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`mounted run failed (${result.status}): ${result.stderr}`);
  return steps.map((_, i) => ({
    code: Number(readFileSync(path.join(work, `code-${i}`), 'utf8')),
    stderr: readFileSync(path.join(work, `stderr-${i}`), 'utf8'),
    files: listFiles(path.join(work, `copy-${i}`)),
    copy: path.join(work, `copy-${i}`),
  }));
}

const failureLines = (stderr: string): string[] => stderr.split('\n').filter((line) => line.startsWith('newsclean: inputs/'));

describe('a full output disk (64 KiB tmpfs, ENOSPC), then --resume once there is room', () => {
  const unavailable = mountUnavailable();
  let full: MountedRun;
  let resumed: MountedRun;

  beforeAll(() => {
    if (unavailable !== null) return;
    ensureBuilt();
    const work = temporaryDirectory();
    writeInputs(work);
    [full, resumed] = runMounted(work, 'size=64k', [
      '$CLI inputs -o out --jobs 1',
      // Room again (remount keeps the files), and the same command with --resume.
      'mount -o remount,size=4m out && $CLI inputs -o out --jobs 1 --resume',
    ]) as [MountedRun, MountedRun];
  }, 180_000);

  it.skipIf(unavailable !== null)('exits 1 and names the input whose write failed, with the device\'s reason', () => {
    expect(full.code).toBe(1);
    expect(failureLines(full.stderr)).toHaveLength(1);
    expect(failureLines(full.stderr)[0]).toMatch(/^newsclean: inputs\/b\.txt: cannot write \S*out\/b\.json: no space left on device/);
    expect(full.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(unavailable !== null)('leaves no temporary or truncated file: the earlier output, whole', () => {
    expect(full.files.filter((file) => file !== 'c.json')).toEqual(['a.json']);
    expect(JSON.parse(readFileSync(path.join(full.copy, 'a.json'), 'utf8'))).toHaveLength(1);
  });

  itUnless(unavailable !== null)('stops at the failed write: the later input is not processed, and the line says so', () => {
    expect(full.files).toEqual(['a.json']);
    expect(failureLines(full.stderr)[0]).toMatch(/; stopping: no later input can be written there$/);
  });

  itUnless(unavailable !== null)('--resume, once there is room, writes the rest and skips the finished one', () => {
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/1 input skipped by --resume/);
    expect(resumed.files).toEqual(['a.json', 'b.json', 'c.json']);
    expect(JSON.parse(readFileSync(path.join(resumed.copy, 'b.json'), 'utf8')).length).toBeGreaterThan(0);
  });

  if (unavailable !== null) it.skip(`not run: ${unavailable}`, () => undefined);
});

describe('a read-only output file system (EROFS)', () => {
  const unavailable = mountUnavailable();
  let run: MountedRun;

  beforeAll(() => {
    if (unavailable !== null) return;
    ensureBuilt();
    const work = temporaryDirectory();
    writeInputs(work);
    [run] = runMounted(work, 'ro,size=64k', ['$CLI inputs -o out --jobs 1']) as [MountedRun];
  }, 120_000);

  it.skipIf(unavailable !== null)('exits 1, names the first input with "read-only file system" and writes nothing', () => {
    expect(run.code).toBe(1);
    expect(failureLines(run.stderr)[0]).toMatch(/^newsclean: inputs\/a\.txt: cannot write \S*out\/a\.json: read-only file system/);
    expect(run.files).toEqual([]);
  });

  itUnless(unavailable !== null)('stops there: one line, not one per input', () => {
    expect(failureLines(run.stderr)).toHaveLength(1);
  });

  if (unavailable !== null) it.skip(`not run: ${unavailable}`, () => undefined);
});

describe('standard output on a full device (> /dev/full)', () => {
  const available = existsSync('/dev/full');

  itUnless(!available)('exits 1 with one line "standard output: no space left on device", no stack trace', () => {
    ensureBuilt();
    const fd = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [bin, 'fixtures/seeds', '--jobs', '1'], {
        cwd: repoRoot,
        env: childEnv(),
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n').filter((line) => line.includes('no space left'))).toEqual([
        'newsclean: standard output: no space left on device',
      ]);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(fd);
    }
  }, 60_000);
});

describe('an output folder that cannot be a folder (ENOTDIR, which stops root too)', () => {
  it('-o under a regular file: exits 1, names the failing input with "not a directory", writes nothing', async () => {
    const work = temporaryDirectory();
    writeInputs(work);
    writeFileSync(path.join(work, 'report.txt'), 'a file, not a folder');
    const run = await runInProcess(['inputs', '-o', 'report.txt/out', '--jobs', '1'], { cwd: work });
    expect(run.code).toBe(1);
    expect(failureLines(run.stderr)[0]).toMatch(/^newsclean: inputs\/a\.txt: cannot write \S*report\.txt\/out\/a\.json: not a directory/);
    expect(listFiles(work).filter((file) => !file.startsWith('inputs/'))).toEqual(['report.txt']);
  });

  it('-o under a regular file: stops at the first input (every later one would fail the same way)', async () => {
    const work = temporaryDirectory();
    writeInputs(work);
    writeFileSync(path.join(work, 'report.txt'), 'a file, not a folder');
    const run = await runInProcess(['inputs', '-o', 'report.txt/out', '--jobs', '1'], { cwd: work });
    expect(failureLines(run.stderr)).toHaveLength(1);
  });

  it('a file where one output sub-folder should be: that input fails, the run goes on and writes the others', async () => {
    const work = temporaryDirectory();
    mkdirSync(path.join(work, 'inputs/news'), { recursive: true });
    writeFileSync(path.join(work, 'inputs/a.txt'), STORY);
    writeFileSync(path.join(work, 'inputs/news/b.txt'), STORY);
    writeFileSync(path.join(work, 'inputs/z.txt'), STORY);
    mkdirSync(path.join(work, 'out'));
    writeFileSync(path.join(work, 'out/news'), 'a file where the news/ folder should go');
    const run = await runInProcess(['inputs', '-o', 'out', '--jobs', '1'], { cwd: work });
    expect(run.code).toBe(1);
    expect(failureLines(run.stderr)).toHaveLength(1);
    expect(failureLines(run.stderr)[0]).toMatch(/^newsclean: inputs\/news\/b\.txt: cannot write \S*out\/news\/b\.json: not a directory/);
    expect(listFiles(path.join(work, 'out'))).toEqual(['a.json', 'news', 'z.json']);
  });
});

describe('an output folder the user may not write (EACCES; the CLI runs as nobody, since root writes anywhere)', () => {
  const unavailable = nobodyUnavailable();
  let folderDenied: RunResultLike;
  let subFolderDenied: RunResultLike;

  interface RunResultLike {
    code: number;
    stderr: string;
    files: string[];
  }

  beforeAll(() => {
    if (unavailable !== null) return;
    ensureBuilt();
    const work = temporaryDirectory();
    openToNobody(work);
    mkdirSync(path.join(work, 'inputs/news'), { recursive: true });
    for (const file of ['a.txt', 'news/b.txt', 'z.txt']) writeFileSync(path.join(work, 'inputs', file), STORY);
    // Owned by root, mode 0755: nobody may not write in it.
    mkdirSync(path.join(work, 'locked'));
    const locked = runAsNobody(['inputs', '-o', 'locked', '--jobs', '1'], work);
    folderDenied = { ...locked, files: listFiles(path.join(work, 'locked')) };
    // Open to all, but its news/ sub-folder is root's.
    mkdirSync(path.join(work, 'open/news'), { recursive: true });
    chmodSync(path.join(work, 'open'), 0o777);
    const open = runAsNobody(['inputs', '-o', 'open', '--jobs', '1'], work);
    subFolderDenied = { ...open, files: listFiles(path.join(work, 'open')) };
  }, 180_000);

  it.skipIf(unavailable !== null)('-o DIR not writable: exits 1, names the first input with "permission denied", writes nothing', () => {
    expect(folderDenied.code).toBe(1);
    expect(failureLines(folderDenied.stderr)[0]).toMatch(/^newsclean: inputs\/a\.txt: cannot write \S*locked\/a\.json: permission denied/);
    expect(folderDenied.files).toEqual([]);
  });

  itUnless(unavailable !== null)('-o DIR not writable: stops there, one line', () => {
    expect(failureLines(folderDenied.stderr)).toHaveLength(1);
  });

  it.skipIf(unavailable !== null)('one sub-folder not writable: that input fails, the run goes on and writes the others', () => {
    expect(subFolderDenied.code).toBe(1);
    expect(failureLines(subFolderDenied.stderr)).toEqual([expect.stringMatching(/^newsclean: inputs\/news\/b\.txt: cannot write \S*open\/news\/b\.json: permission denied$/)]);
    expect(subFolderDenied.files).toEqual(['a.json', 'z.json']);
  });

  if (unavailable !== null) it.skip(`not run: ${unavailable}`, () => undefined);
});
