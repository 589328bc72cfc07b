/**
 * Root reads and writes whatever the modes say, so the permission cases run the built CLI as the
 * unprivileged user `nobody` (uid 65534), which only root may start. Its working folder must be
 * reachable by that user: {@link openToNobody} widens a test's temporary folder (0700 by default).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { childEnv, type RunResult } from '../cli/helpers.js';
import { repoRoot } from './shared-data.js';

const NOBODY = 65534;

/** Why the CLI cannot run as `nobody` here, or null when it can. */
export function nobodyUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'not running as root: the permission case runs as this user instead';
  const probe = spawnSync(process.execPath, ['-e', 'process.exit(process.getuid() === 65534 ? 0 : 1)'], { uid: NOBODY, gid: NOBODY });
  if (probe.error || probe.status !== 0) return `cannot start node as uid ${NOBODY}: ${probe.error?.message ?? `exit ${probe.status}`}`;
  return null;
}

/** Makes `folder` (a fresh temporary folder) enterable and readable by any user. */
export function openToNobody(folder: string): void {
  chmodSync(folder, 0o755);
}

/** Runs the built CLI as `nobody` in `cwd`, colour off. */
export function runAsNobody(args: string[], cwd: string): RunResult {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/newsclean.js'), ...args], {
    cwd,
    env: childEnv(),
    encoding: 'utf8',
    uid: NOBODY,
    gid: NOBODY,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
