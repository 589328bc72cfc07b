/**
 * A profile: what the first pass learned, small enough to commit or ship (at most
 * `learnedMaxLines` lines of ~100 bytes each), reusable by a later run or a streaming filter.
 */

/** One learned boilerplate line. */
export interface LearnedLine {
  /** 16-hex {@link hash64} of the normalised line (src/corpus/normalise-line.ts). */
  hash: string;
  /** Distinct documents it occurred in (exact and near-duplicate documents once). */
  documents: number;
  /** Distinct groups (sites or folders) it occurred in, counted up to {@link GROUPS_COUNTED}. */
  groups: number;
  /** One occurrence as it appeared (first seen), cut to {@link EXAMPLE_CHARS} characters: for people. */
  example: string;
}

export interface Profile {
  format: 'newsclean-profile';
  version: 1;
  /** The thresholds the lines were learned with, and what a group was (`sites`, `folders`). */
  parameters: { minDocuments: number; minGroups: number; groupLabel: string };
  /** Documents counted (first copies only). */
  documents: number;
  /** Documents skipped as exact or near-duplicates of an earlier one. */
  duplicatesSkipped: number;
  /** Most frequent first (documents, then groups, then hash). */
  lines: LearnedLine[];
}

/** Groups per line are counted exactly up to this many; beyond, the count stays here. */
export const GROUPS_COUNTED = 256;
/** Example text kept per learned line. Unit: UTF-16 code units. */
export const EXAMPLE_CHARS = 120;

/**
 * Reads a profile from parsed JSON, checking every field, so a hand-edited or foreign file fails with
 * a message instead of silently learning nothing. Throws `Error`.
 */
export function parseProfile(value: unknown): Profile {
  const fail = (what: string): never => {
    throw new Error(`not a newsclean profile: ${what}`);
  };
  if (value === null || typeof value !== 'object') fail('not an object');
  const profile = value as Record<string, unknown>;
  if (profile.format !== 'newsclean-profile') fail('format is not "newsclean-profile"');
  if (profile.version !== 1) fail(`unsupported version ${String(profile.version)}`);
  const parameters = profile.parameters as Record<string, unknown> | undefined;
  if (parameters === undefined || parameters === null || typeof parameters !== 'object') fail('missing parameters');
  const { minDocuments, minGroups, groupLabel } = parameters!;
  if (!isCount(minDocuments) || !isCount(minGroups) || typeof groupLabel !== 'string') fail('bad parameters');
  if (!isCount(profile.documents) || !isCount(profile.duplicatesSkipped)) fail('bad document counts');
  if (!Array.isArray(profile.lines)) fail('lines is not a list');
  const lines = (profile.lines as unknown[]).map((line, index): LearnedLine => {
    const entry = line as Record<string, unknown> | null;
    if (entry === null || typeof entry !== 'object') return fail(`line ${index + 1} is not an object`);
    if (typeof entry.hash !== 'string' || !/^[0-9a-f]{16}$/.test(entry.hash)) return fail(`line ${index + 1} has no 16-hex hash`);
    if (!isCount(entry.documents) || !isCount(entry.groups) || typeof entry.example !== 'string') {
      return fail(`line ${index + 1} has bad counts or example`);
    }
    return { hash: entry.hash, documents: entry.documents, groups: entry.groups, example: entry.example };
  });
  return {
    format: 'newsclean-profile',
    version: 1,
    parameters: { minDocuments: minDocuments as number, minGroups: minGroups as number, groupLabel: groupLabel as string },
    documents: profile.documents as number,
    duplicatesSkipped: profile.duplicatesSkipped as number,
    lines,
  };
}

/**
 * A profile as a file: the header fields indented, then one learned line per text line, so a profile
 * committed next to a CI job diffs line by line. Parses back with `JSON.parse` and {@link parseProfile}.
 */
export function serialiseProfile(profile: Profile): string {
  const { lines, ...header } = profile;
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  const body = lines.map((line) => `    ${JSON.stringify(line)}`).join(',\n');
  return `${head},\n  "lines": [${lines.length === 0 ? '' : `\n${body}\n  `}]\n}\n`;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
