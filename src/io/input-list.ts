import path from 'node:path';
import type { InputFile } from './inputs.js';
import { PackedStringMap } from './packed-string-map.js';
import { PackedStrings } from './packed-strings.js';
import { lastAtMost } from './sorted-arrays.js';

/** The `source` and id base of standard input. */
export const STDIN_SOURCE = '-';
const STDIN_RELATIVE = 'stdin';

/**
 * The inputs one command-line argument yields, before the batch's common root is known. A
 * directory's and a pattern's matches come sorted, each once, as fast-glob returns them (`/`-separated).
 */
export type InputGroup =
  | { kind: 'stdin' }
  | { kind: 'file'; source: string; path: string }
  /** `source` is the argument as given, `path` its absolute form; `matches` are relative to both. */
  | { kind: 'directory'; source: string; path: string; matches: readonly string[] }
  /** `matches` are the pattern's matches as given (relative to `cwd` unless the pattern is absolute). */
  | { kind: 'pattern'; cwd: string; matches: readonly string[] };

/** A group's fields without its matches, which the list packs. */
type GroupHead =
  | { kind: 'stdin' }
  | { kind: 'file' | 'directory'; source: string; path: string }
  | { kind: 'pattern'; cwd: string };

/**
 * A run's inputs, held compactly for the whole run: one packed string per input (a directory's or a
 * pattern's match as fast-glob gave it, empty for a file argument) and one small record per
 * argument. `source`, `path` and `relative` are derived when an input is read ({@link at}), so a
 * listing of 145,000 files costs a few MB instead of an object and three strings per file.
 */
export class InputList implements Iterable<InputFile> {
  /** Made by {@link InputListBuilder}. */
  constructor(
    private readonly heads: readonly GroupHead[],
    /** Index of each group's first input, ascending. */
    private readonly groupFirsts: readonly number[],
    private readonly matches: PackedStrings,
    /** Directory that `relative` paths are relative to. */
    private readonly root: string,
    /** The inputs of this view, as indices into `matches`; null for all of them in order. */
    private readonly selected: Uint32Array | null,
  ) {}

  /** The inputs of `groups` in order, each file once (its first naming wins), `relative` paths taken from `root`. */
  static of(groups: Iterable<InputGroup>, root: string): InputList {
    const builder = new InputListBuilder();
    for (const group of groups) builder.add(group);
    return builder.build(root);
  }

  get length(): number {
    return this.selected === null ? this.matches.length : this.selected.length;
  }

  /** The input at `position` (0-based) of this list, made afresh. */
  at(position: number): InputFile {
    const index = this.selected === null ? position : (this.selected[position] as number);
    const head = this.heads[lastAtMost(this.groupFirsts, index)] as GroupHead;
    const match = this.matches.get(index);
    const absolute = absolutePath(head, match);
    if (absolute === null) return { source: STDIN_SOURCE, path: null, relative: STDIN_RELATIVE };
    const source = head.kind === 'directory' ? path.join(head.source, match) : head.kind === 'file' ? head.source : match;
    return { source, path: absolute, relative: path.relative(this.root, absolute).split(path.sep).join('/') };
  }

  /** The inputs `keep` accepts, in order, as a list sharing this one's storage (4 bytes per input kept). */
  filter(keep: (file: InputFile) => boolean): InputList {
    const kept: number[] = [];
    for (let position = 0; position < this.length; position++) if (keep(this.at(position))) kept.push(position);
    const selected = Uint32Array.from(kept, (position) => (this.selected === null ? position : (this.selected[position] as number)));
    return new InputList(this.heads, this.groupFirsts, this.matches, this.root, selected);
  }

  *[Symbol.iterator](): Iterator<InputFile> {
    for (let position = 0; position < this.length; position++) yield this.at(position);
  }
}

/**
 * Packs the groups of a listing one argument at a time, so that only the argument being expanded
 * has its matches as an array of strings. The batch's root is known at the end ({@link build}).
 */
export class InputListBuilder {
  private readonly heads: GroupHead[] = [];
  private readonly groupFirsts: number[] = [];
  private readonly matches = new PackedStrings();
  /**
   * Identities of the inputs so far, to list a file named twice once. One argument never names a
   * file twice, so this starts with the second argument that yields inputs.
   */
  private named: PackedStringMap | null = null;

  add(group: InputGroup): void {
    if (this.named === null && this.heads.length === 1) this.named = this.identities();
    const head = headOf(group);
    const first = this.matches.length;
    for (const match of group.kind === 'stdin' || group.kind === 'file' ? [''] : group.matches) {
      if (this.named !== null) {
        const identity = identityOf(head, match);
        if (this.named.get(identity) !== undefined) continue;
        this.named.add(identity, '');
      }
      this.matches.push(match);
    }
    // A group whose inputs were all named before is left out, so no two groups start at one input.
    if (this.matches.length === first) return;
    this.heads.push(head);
    this.groupFirsts.push(first);
  }

  /** The list, `relative` paths taken from `root`. */
  build(root: string): InputList {
    return new InputList(this.heads, this.groupFirsts, this.matches, root, null);
  }

  private identities(): PackedStringMap {
    const named = new PackedStringMap();
    for (let index = 0; index < this.matches.length; index++) {
      named.add(identityOf(this.heads[lastAtMost(this.groupFirsts, index)] as GroupHead, this.matches.get(index)), '');
    }
    return named;
  }
}

function headOf(group: InputGroup): GroupHead {
  if (group.kind === 'pattern') return { kind: 'pattern', cwd: group.cwd };
  return group.kind === 'stdin' ? group : { kind: group.kind, source: group.source, path: group.path };
}

/** Where an input is on disk: `match` is its packed string; null for standard input. */
function absolutePath(head: GroupHead, match: string): string | null {
  if (head.kind === 'stdin') return null;
  if (head.kind === 'pattern') return path.resolve(head.cwd, match);
  return head.kind === 'directory' ? path.join(head.path, match) : head.path;
}

/** What makes two inputs one: the absolute path, or standard input. */
function identityOf(head: GroupHead, match: string): string {
  return absolutePath(head, match) ?? STDIN_SOURCE;
}
