import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/**
 * franc's language guess (franc-min 6.2.0, `franc(text, { only })`), the same answer for every text,
 * from tables built once per process. franc builds, for every call, an object of the sample's
 * trigrams, a sorted array of them, and looks each one up in every candidate language's profile:
 * some 1.5 ms for a 1,500-character sample, an eighth of a document's cleaning (DEVELOPERS.md,
 * "Speed"). Here each trigram is looked up once, in one table giving its rank in every candidate
 * language. test/text/trigram-language.test.ts compares the two on real text in many languages.
 */

/** franc's constants: the longest sample it reads, and the distance of a trigram a profile lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** What franc answers when it cannot tell. */
export const UNDETERMINED = 'und';

/** One script's candidate languages, and each profile trigram's ranks in them. */
interface ScriptProfiles {
  /** ISO 639-3 codes, in franc's order (the first of equally close languages wins). */
  languages: string[];
  /** Each trigram of any profile → its slot: its ranks are entries `start[slot]` to `start[slot + 1]` (excluded). */
  slotOf: Map<string, number>;
  start: Int32Array;
  /** Per entry, a language (index in `languages`) and the trigram's rank in that language's profile. */
  entryLanguage: Uint8Array;
  entryRank: Int16Array;
}

/** The candidates of a franc `only` list (empty: every language), by script; built once per list. */
export class TrigramLanguages {
  private readonly allowed: (language: string) => boolean;
  /** Each script's profiles, built when a text of that script is first seen (most runs see one script). */
  private readonly profiles = new Map<string, ScriptProfiles>();
  private readonly scripts: readonly RegExp[];
  private readonly scriptNames: readonly string[];
  /** Per code point, the indexes of the scripts whose pattern matches it (a memo of static data). */
  private readonly scriptsOfCodePoint = new Map<number, readonly number[]>();

  constructor(only: readonly string[]) {
    const onlySet = new Set(only);
    this.allowed = onlySet.size === 0 ? () => true : (language) => onlySet.has(language);
    this.scriptNames = Object.keys(expressions);
    // franc counts a script's characters with its global pattern; one code point at a time, the
    // same pattern anchored to the whole character says the same.
    this.scripts = this.scriptNames.map((name) => new RegExp(`^(?:${expressions[name]!.source})$`));
  }

  /** franc's ISO 639-3 answer for `value`, or {@link UNDETERMINED}; `minLength` as franc's option. */
  detect(value: string, minLength: number): string {
    if (!value || value.length < minLength) return UNDETERMINED;
    const sample = value.slice(0, MAX_LENGTH);
    const [script, count] = this.topScript(sample);
    const profiles = this.profilesOf(script);
    if (profiles === undefined) return count === 0 || !this.allowed(script) ? UNDETERMINED : script;
    return closestLanguage(trigramCounts(sample), profiles);
  }

  /** The profiles of a script franc has a model for, built on first use; undefined for the others. */
  private profilesOf(script: string): ScriptProfiles | undefined {
    let profiles = this.profiles.get(script);
    if (profiles === undefined && Object.hasOwn(data, script)) {
      profiles = buildProfiles(data[script]!, this.allowed);
      this.profiles.set(script, profiles);
    }
    return profiles;
  }

  /** The script with the most characters in the text (franc's order decides ties), and how many. */
  private topScript(text: string): [string, number] {
    const counts = new Array<number>(this.scripts.length).fill(0);
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      for (const script of this.scriptsOf(code)) counts[script]!++;
    }
    let top = 0;
    for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[top]!) top = k;
    return [this.scriptNames[top]!, counts[top]!];
  }

  private scriptsOf(code: number): readonly number[] {
    let scripts = this.scriptsOfCodePoint.get(code);
    if (scripts === undefined) {
      const char = String.fromCodePoint(code);
      const matching: number[] = [];
      for (let k = 0; k < this.scripts.length; k++) if (this.scripts[k]!.test(char)) matching.push(k);
      this.scriptsOfCodePoint.set(code, matching);
      scripts = matching;
    }
    return scripts;
  }
}

/**
 * A script's allowed languages, and every trigram's ranks in their profiles, grouped by trigram in
 * flat arrays: built in a third of the time a map of per-trigram arrays took (a run over one small
 * file pays for it), and read as fast.
 */
function buildProfiles(languages: Record<string, string>, allowed: (language: string) => boolean): ScriptProfiles {
  const models = Object.entries(languages)
    .filter(([language]) => allowed(language))
    .map(([language, model]) => ({ language, trigrams: model.split('|') }));
  const most = models.reduce((sum, { trigrams }) => sum + trigrams.length, 0);
  const slotOf = new Map<string, number>();
  const entries = { slot: new Int32Array(most), language: new Uint8Array(most), rank: new Int16Array(most), count: 0 };
  /** Per slot, its entry for the language being read, if any. */
  const entryOfLanguage = new Int32Array(most).fill(-1);
  models.forEach(({ trigrams }, index) => {
    // From the last rank to the first, so that a trigram listed twice keeps its first rank, as
    // franc's profile object (filled from the end) does.
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      let slot = slotOf.get(trigrams[rank]!);
      if (slot === undefined) {
        slot = slotOf.size;
        slotOf.set(trigrams[rank]!, slot);
      }
      const entry = entryOfLanguage[slot]!;
      if (entry >= 0 && entries.language[entry] === index) entries.rank[entry] = rank;
      else {
        entryOfLanguage[slot] = entries.count;
        entries.slot[entries.count] = slot;
        entries.language[entries.count] = index;
        entries.rank[entries.count++] = rank;
      }
    }
  });
  const start = new Int32Array(slotOf.size + 1);
  for (let entry = 0; entry < entries.count; entry++) start[entries.slot[entry]! + 1]!++;
  for (let slot = 0; slot < slotOf.size; slot++) start[slot + 1]! += start[slot]!;
  const next = start.slice(0, slotOf.size);
  const entryLanguage = new Uint8Array(entries.count);
  const entryRank = new Int16Array(entries.count);
  for (let entry = 0; entry < entries.count; entry++) {
    const at = next[entries.slot[entry]!]!++;
    entryLanguage[at] = entries.language[entry]!;
    entryRank[at] = entries.rank[entry]!;
  }
  return { languages: models.map(({ language }) => language), slotOf, start, entryLanguage, entryRank };
}

/** franc's (trigram-utils') cleaning: ASCII punctuation and digits become spaces, runs of space one, lowercase. */
const ASCII_NON_LETTERS = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;

/** How often each trigram of the cleaned text, padded with a space either side, occurs. */
function trigramCounts(text: string): Map<string, number> {
  const cleaned = ` ${text.replace(ASCII_NON_LETTERS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * franc's distance: over the sample's distinct trigrams, |count − rank − 1| where the profile has
 * the trigram, {@link MAX_DIFFERENCE} where it lacks it. The nearest language wins, the first in
 * franc's order among equals (its sort is stable).
 */
function closestLanguage(counts: ReadonlyMap<string, number>, profiles: ScriptProfiles): string {
  if (profiles.languages.length === 0) return UNDETERMINED;
  const { slotOf, start, entryLanguage, entryRank } = profiles;
  const distances = new Array<number>(profiles.languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const slot = slotOf.get(trigram);
    if (slot === undefined) continue;
    for (let entry = start[slot]!; entry < start[slot + 1]!; entry++) distances[entryLanguage[entry]!]! += Math.abs(count - entryRank[entry]! - 1) - MAX_DIFFERENCE;
  }
  let best = 0;
  for (let k = 1; k < distances.length; k++) if (distances[k]! < distances[best]!) best = k;
  return profiles.languages[best]!;
}
