/**
 * The bad-input corpus of issue 7, generated (never hand-edited): small files committed under
 * `fixtures/bad/`, and the cases that cannot or should not be committed (a 200 MB line, a million
 * lines, an unreadable file, a symbolic-link loop, a vanishing file) built at test time in a
 * temporary folder. `npm run fixtures:bad` rewrites `fixtures/bad/`.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

/** What newsclean must do with a case. */
export type Outcome = 'fails' | 'written';

/** One committed bad-input file. */
export interface BadFixture {
  /** Path under `fixtures/bad/`, `/`-separated. */
  file: string;
  /** What the file exercises, for the outcome table. */
  case: string;
  outcome: Outcome;
  /** For `fails`: the reason newsclean prints after the path. For `written`: how many articles at least (0 for none). */
  expect: string | number;
  bytes: Uint8Array;
}

/** A story long enough to be kept as an article, with the characters that encodings mangle (blank-line paragraphs). */
export const STORY = [
  'Café owners in the old town say the new “pedestrian first” rules have changed their trade.',
  'Élodie Martin, who runs a bakery near the cathedral, said sales rose by a fifth since the street closed to cars – a change she had opposed.',
  'The council’s transport committee will review the scheme in spring, after a survey of residents and traders across the district.',
  'Critics argue that delivery vans now arrive before dawn, and that older residents find the longer walk to the bus stop hard.',
].join('\n\n');

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** The UTF-16 encodings of `text` with their byte-order marks. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

/**
 * UTF-8 bytes read as Windows-1252 and written back as UTF-8: classic mojibake (`’` → `â€™`). The five
 * bytes 1252 leaves undefined become the C1 controls of the same value, as browsers decode them.
 */
function mojibake(text: string): Uint8Array {
  const chars = [...Buffer.from(text, 'utf8')].map((byte) => (UNDEFINED_1252.has(byte) ? String.fromCharCode(byte) : iconv.decode(Buffer.from([byte]), 'windows-1252')));
  return utf8(chars.join(''));
}

const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Valid UTF-8 with three invalid sequences: a lone continuation byte, a cut sequence, an overlong form. */
function invalidUtf8(): Uint8Array {
  const [first, ...rest] = STORY.split('\n\n');
  return Buffer.concat([utf8(`${first} `), Buffer.from([0x80, 0x20, 0xe2, 0x80]), utf8(' and '), Buffer.from([0xc0, 0xaf]), utf8(`\n\n${rest.join('\n\n')}\n`)]);
}

/** A PNG signature and header: NUL bytes, as any image has. */
function binaryWithNul(): Uint8Array {
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
}

/** Bytes 1–255 repeated: no NUL, but a tenth of them control bytes, like compressed data. */
function binaryWithoutNul(): Uint8Array {
  return Uint8Array.from({ length: 1020 }, (_, i) => (i % 255) + 1);
}

/** Every committed case, in table order. */
export function badFixtures(): BadFixture[] {
  return [
    { file: 'binary-nul.png.txt', case: 'binary file with NUL bytes', outcome: 'fails', expect: 'binary file (NUL byte at offset 8), not text', bytes: binaryWithNul() },
    { file: 'binary-control.txt', case: 'binary file without NUL (control bytes)', outcome: 'fails', expect: 'binary file (10% control bytes in the first 1020 bytes), not text', bytes: binaryWithoutNul() },
    { file: 'invalid-utf8.txt', case: 'invalid UTF-8 (replaced with U+FFFD, counted)', outcome: 'written', expect: 1, bytes: invalidUtf8() },
    { file: 'utf16le-bom.txt', case: 'UTF-16 LE with BOM', outcome: 'written', expect: 1, bytes: utf16(`${STORY}\n`, 'le') },
    { file: 'utf16be-bom.txt', case: 'UTF-16 BE with BOM', outcome: 'written', expect: 1, bytes: utf16(`${STORY}\n`, 'be') },
    { file: 'windows-1252.txt', case: 'Windows-1252 text (detected, decoded)', outcome: 'written', expect: 1, bytes: iconv.encode(`${STORY}\n`, 'windows-1252') },
    { file: 'mojibake.txt', case: 'mojibake (â€™ → ’ repaired)', outcome: 'written', expect: 1, bytes: mojibake(`${STORY}\n`) },
    { file: 'utf8-bom.txt', case: 'UTF-8 with BOM', outcome: 'written', expect: 1, bytes: utf8(`\uFEFF${STORY}\n`) },
    { file: 'crlf.txt', case: 'CRLF line ends', outcome: 'written', expect: 1, bytes: utf8(`${STORY.replace(/\n/g, '\r\n')}\r\n`) },
    { file: 'empty.txt', case: 'empty file (no articles, not an error)', outcome: 'written', expect: 0, bytes: new Uint8Array() },
    { file: 'whitespace-only.txt', case: 'whitespace-only file (no articles, not an error)', outcome: 'written', expect: 0, bytes: utf8(' \n\t\n\u00a0\n\r\n') },
    { file: 'x.txt/inside.txt', case: 'a directory named like a file (searched as a folder)', outcome: 'written', expect: 1, bytes: utf8(`${STORY}\n`) },
  ];
}

/** Writes the committed corpus to `folder` (emptied first), deterministically. */
export function writeBadFixtures(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  for (const fixture of badFixtures()) {
    const target = path.join(folder, ...fixture.file.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, fixture.bytes);
  }
}

/** Files of `folder` that differ from the generator's output, missing or extra; empty when up to date. */
export function staleBadFixtures(folder: string): string[] {
  const expected = new Map(badFixtures().map((f) => [f.file, f.bytes]));
  const present = listFiles(folder);
  const stale = [...expected].filter(([file, bytes]) => {
    if (!present.includes(file)) return true;
    return !Buffer.from(bytes).equals(readFileSync(path.join(folder, ...file.split('/'))));
  });
  return [...stale.map(([file]) => file), ...present.filter((file) => !expected.has(file))];
}

function listFiles(folder: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(folder, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(folder, relative) : [relative];
  });
}

/** A case built at test time in a temporary folder. */
export interface RuntimeCase {
  file: string;
  case: string;
  outcome: Outcome;
  expect: string | number;
}

/**
 * Adds the runtime-only cases to `folder`: a symbolic-link loop, adversarial long lines for the
 * rule catalogue (a 100k-character menu bar of repeated separators, one 100k-character token; too
 * big to commit for what they show), and an unreadable file unless running as root (root reads a
 * mode-000 file, so the case is left out and `canDenyRead` is false).
 */
export function writeRuntimeFixtures(folder: string, canDenyRead: boolean): RuntimeCase[] {
  const cases: RuntimeCase[] = [];
  writeFileSync(path.join(folder, 'separators-100k.txt'), `${STORY}\n\n${'Home | News » Sport · '.repeat(4_546)}\n`);
  writeFileSync(path.join(folder, 'token-100k.txt'), `${STORY}\n\n${'x'.repeat(100_000)}!\n`);
  cases.push(
    { file: 'separators-100k.txt', case: 'a 100k-character line of repeated separators', outcome: 'written', expect: 1 },
    { file: 'token-100k.txt', case: 'a 100k-character token', outcome: 'written', expect: 1 },
  );
  symlinkSync('loop-b.txt', path.join(folder, 'loop-a.txt'));
  symlinkSync('loop-a.txt', path.join(folder, 'loop-b.txt'));
  cases.push(
    { file: 'loop-a.txt', case: 'symbolic-link loop', outcome: 'fails', expect: 'too many symbolic links' },
    { file: 'loop-b.txt', case: 'symbolic-link loop (other end)', outcome: 'fails', expect: 'too many symbolic links' },
  );
  if (canDenyRead) {
    const locked = path.join(folder, 'unreadable.txt');
    writeFileSync(locked, `${STORY}\n`);
    chmodSync(locked, 0o000);
    cases.push({ file: 'unreadable.txt', case: 'permission denied', outcome: 'fails', expect: 'permission denied' });
  }
  return cases;
}

/** `megabytes` MB of words with no line break at all. */
export function longLine(megabytes: number): string {
  const unit = 'word after word without any line break at all ';
  return unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length));
}

/** `count` lines of one word each. */
export function oneWordLines(count: number): string {
  const words = ['news', 'story', 'today', 'report', 'update', 'world', 'local', 'sport'];
  return Array.from({ length: count }, (_, i) => words[i % words.length]).join('\n') + '\n';
}
