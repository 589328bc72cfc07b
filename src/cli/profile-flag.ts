import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LearningPass } from '../corpus/learn-pass.js';
import { parseProfile, serialiseProfile, type Profile } from '../corpus/profile.js';
import type { CorpusOptions } from '../options.js';
import type { LearnedSummary } from '../report/summary.js';
import { readDocuments, type ReadDocumentsOptions } from '../io/documents.js';
import { describeFsError, type InputFile } from '../io/inputs.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { CleanFlags } from './clean-flags.js';

/** A `--profile` / `--learn-boilerplate` combination that cannot run; the message is for the user. */
export class ProfileFlagError extends Error {}

/** The learned boilerplate of a run and where it came from (`savedTo`: the `--profile` file as given). */
export type RunProfile = Pick<LearnedSummary, 'profile' | 'origin'>;

/** What each learned line's group is: the folder of the input (or of a JSON Lines record's id). */
const GROUP_LABEL = 'folders';

/**
 * The run's profile, from `--profile FILE` and `--learn-boilerplate` (docs/corpus.md):
 *
 * | flags | FILE exists | what happens |
 * |---|---|---|
 * | `--profile FILE` | yes | loaded, no first pass |
 * | `--profile FILE` | no | usage error |
 * | `--learn-boilerplate` | – | first pass over the inputs, not saved |
 * | both | yes | loaded, no first pass (delete FILE to learn again) |
 * | both | no | first pass, saved atomically to FILE |
 *
 * Null when neither flag is given. Throws {@link ProfileFlagError}; `files` are this run's inputs
 * (this shard's share), read once more for the first pass.
 */
export async function runProfile(
  flags: Pick<CleanFlags, 'learnBoilerplate' | 'profile'>,
  files: readonly InputFile[],
  reading: Omit<ReadDocumentsOptions, 'isDone'>,
  corpusOptions: CorpusOptions,
  context: { cwd: string; now: () => number; progressed?: (done: number, source: string) => void },
): Promise<RunProfile | null> {
  const file = flags.profile === undefined ? null : path.resolve(context.cwd, flags.profile);
  if (file !== null) {
    const loaded = await loadProfile(file, flags.profile!);
    if (loaded !== null) return { profile: loaded, origin: { kind: 'loaded', file: flags.profile! } };
    if (flags.learnBoilerplate !== true) {
      throw new ProfileFlagError(`--profile ${flags.profile}: no such file; add --learn-boilerplate to learn one from the inputs and save it there`);
    }
  }
  if (flags.learnBoilerplate !== true) return null;
  if (files.some((input) => input.path === null)) {
    throw new ProfileFlagError(
      '--learn-boilerplate reads the inputs twice, and standard input can be read only once: learn a profile from files ' +
        '(newsclean sample/ -q --learn-boilerplate --profile site.json > /dev/null), then pass --profile site.json',
    );
  }
  const started = context.now();
  const profile = await learnProfile(files, reading, corpusOptions, context.progressed);
  if (file !== null) {
    try {
      await writeFileAtomic(file, serialiseProfile(profile));
    } catch (error) {
      throw new ProfileFlagError(`--profile ${flags.profile}: cannot write: ${describeFsError(error)}`);
    }
  }
  return { profile, origin: { kind: 'learned', savedTo: flags.profile ?? null, elapsedMs: context.now() - started } };
}

/**
 * The first pass: every document of the inputs, streamed one at a time (JSON Lines record by
 * record), counted in its folder's group. Inputs that cannot be read are skipped here; the second
 * pass reports them.
 */
async function learnProfile(
  files: readonly InputFile[],
  reading: Omit<ReadDocumentsOptions, 'isDone'>,
  options: CorpusOptions,
  progressed?: (done: number, source: string) => void,
): Promise<Profile> {
  const pass = new LearningPass(options, GROUP_LABEL);
  // Every input counts, even one `--resume` will skip, so a resumed run learns the same profile.
  for await (const item of readDocuments(files, { ...reading, isDone: async () => false })) {
    if (item.kind !== 'document') continue;
    progressed?.(item.position, item.input.source);
    pass.observeText(item.text, path.posix.dirname(item.input.relative));
  }
  return pass.profile();
}

/** The profile in `file`, or null when there is none; a file that is not a profile is a usage error. */
async function loadProfile(file: string, given: string): Promise<Profile | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ProfileFlagError(`--profile ${given}: ${describeFsError(error)}`);
  }
  try {
    return parseProfile(JSON.parse(text));
  } catch (error) {
    throw new ProfileFlagError(`--profile ${given}: ${(error as Error).message}`);
  }
}
