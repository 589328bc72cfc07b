/**
 * fast-check generators of scraped-looking documents for the invariant tests: story sentences,
 * real boilerplate lines taken from the rule catalogue's own examples, headlines, blank lines, and
 * arbitrary Unicode (astral planes, combining marks, right-to-left text, zero-width characters,
 * controls), in either paragraph style and with either line end.
 */
import fc from 'fast-check';
import { catalogue } from '../../src/rules/index.js';

const SENTENCES = [
  'The council approved the budget on Tuesday after a long debate about school funding.',
  'Police said the driver had been taken to hospital with minor injuries.',
  'Shares in the company rose by 4% in early trading, the highest level since March.',
  'Residents of the coastal town have been told to prepare for further flooding this week.',
  'The minister declined to comment on reports that she would resign before the election.',
  'Researchers found that the treatment reduced symptoms in two thirds of patients.',
  'The match was abandoned in the second half because of heavy rain.',
  'A spokesperson for the airline apologised for the delays and promised refunds.',
  'Il a déclaré que la réforme entrerait en vigueur l’année prochaine.',
  'Die Regierung will die Steuern im kommenden Jahr nicht erhöhen.',
];

const HEADLINES = ['Council approves school budget', 'Floods expected on the coast', 'Minister silent on resignation talk'];

/** Real boilerplate lines the catalogue documents as removed (line and span rules, and block lines). */
function boilerplateLines(): string[] {
  return catalogue.flatMap((rule) => {
    if (rule.kind === 'line') return rule.examples.remove;
    if (rule.kind === 'span') return rule.examples.cases.map((c) => c.input);
    return rule.examples.remove.flat();
  });
}

/** Strings that stress Unicode handling. */
const unicodeLine = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '𝐁𝐨𝐥𝐝 math letters and 😀 emoji 👩‍👩‍👧 family',
    'e\u0301\u0301\u0301 stacked combining marks a\u0308\u0308',
    'مرحبا بالعالم هذا نص عربي من اليمين إلى اليسار',
    'שלום עולם \u202Eevil override\u202C text',
    'zero\u200Bwidth\u200Cjoin\u200Dchars\uFEFF and soft\u00ADhyphen',
    '\u0000\u0001\u0007 control characters \u001b[31m',
    '\uD800 lone surrogate \uDFFF',
    'Ｆｕｌｌｗｉｄｔｈ　ｔｅｘｔ　と日本語の文章',
  ),
);

/** One raw line: mostly story sentences, some boilerplate, headlines, blanks and odd Unicode. */
export function lineArbitrary(boilerplate: readonly string[] = boilerplateLines()): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
    { weight: 3, arbitrary: fc.constantFrom(...boilerplate) },
    { weight: 1, arbitrary: fc.constantFrom(...HEADLINES) },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: unicodeLine },
  );
}

/** A whole document: 0–60 lines, joined by LF or CRLF, with or without a final line break. */
export function documentArbitrary(): fc.Arbitrary<string> {
  const boilerplate = boilerplateLines();
  return fc
    .record({
      lines: fc.array(lineArbitrary(boilerplate), { maxLength: 60 }),
      blankLineStyle: fc.boolean(),
      crlf: fc.boolean(),
      finalBreak: fc.boolean(),
    })
    .map(({ lines, blankLineStyle, crlf, finalBreak }) => {
      const end = crlf ? '\r\n' : '\n';
      const body = lines.join(blankLineStyle ? end + end : end);
      return finalBreak && body !== '' ? body + end : body;
    });
}
