import { access, opendir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile } from './inputs.js';
import { outputPathFor } from './output-path.js';
import type { OutputFormat } from './serialise.js';
import { temporaryFileTarget } from './write-atomic.js';

/**
 * `--resume` relies on the atomic writer (src/io/write-atomic.ts): an output file appears only by a
 * rename after its content is fully written, so an output that exists IS complete, and it is the
 * per-input done marker. No separate manifest is kept: shards sharing one output folder would race
 * on it, and a kill between an output and its manifest entry would redo work anyway.
 */

/** Whether `target` (an output path) already exists, i.e. a previous run finished that input. */
export async function outputComplete(target: string): Promise<boolean> {
  try {
    await access(target);
    return true;
  } catch {
    return false;
  }
}

/**
 * The `--resume` check of one run: whether an input's output under `directory` is complete, and, when
 * it is not, the removal of the temporary files a killed run left for that output
 * (`.a.json.0f3c2a9b81d4.tmp`). Only outputs this run is about to write are swept: shards sharing
 * the folder never write them, so a live writer's temporary file is never touched. Each folder is
 * read once, at its first input, before this run writes anything there, so what that reading finds
 * is a dead run's; only its temporary files' names are kept.
 */
export class ResumeCheck {
  private readonly leftovers = new Map<string, Promise<Map<string, string[]>>>();

  constructor(
    private readonly directory: string,
    private readonly format: OutputFormat,
  ) {}

  /** Whether `input` is done; if not, its output's leftover temporary files are gone when this resolves. */
  async isDone(input: InputFile): Promise<boolean> {
    const target = outputPathFor(input, this.directory, this.format);
    if (await outputComplete(target)) return true;
    const folder = path.dirname(target);
    const leftovers = await this.leftoversIn(folder);
    const names = leftovers.get(path.basename(target)) ?? [];
    leftovers.delete(path.basename(target));
    await Promise.all(names.map((name) => rm(path.join(folder, name), { force: true })));
    return false;
  }

  private leftoversIn(folder: string): Promise<Map<string, string[]>> {
    let found = this.leftovers.get(folder);
    if (found === undefined) {
      found = temporaryFilesIn(folder);
      this.leftovers.set(folder, found);
    }
    return found;
  }
}

/** The atomic writer's temporary files in `folder`, by the name of the file each was for; none when it is missing. */
async function temporaryFilesIn(folder: string): Promise<Map<string, string[]>> {
  const byTarget = new Map<string, string[]>();
  // Streamed: an output folder may hold 100,000 finished files and only a few leftovers.
  const entries = await opendir(folder).catch(() => null);
  if (entries === null) return byTarget;
  for await (const entry of entries) {
    const target = entry.isFile() ? temporaryFileTarget(entry.name) : null;
    if (target !== null) byTarget.set(target, [...(byTarget.get(target) ?? []), entry.name]);
  }
  return byTarget;
}
