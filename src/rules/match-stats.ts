import { wordCount } from './helpers.js';
import type { BlockRule } from './types.js';

/**
 * A match page's stat widgets under the report, flattened one cell a line (ESPN, BBC Sport, Sky Sports):
 *
 *   Possession          Premier League Table
 *   58%                 1. Liverpool 76
 *   42%                 2. Arsenal 74
 *   Shots on target     3. Man City 73
 *   7
 *   3
 *
 * the head-to-head comparison (a stat's name, then the two sides' figures) and the league table under
 * its heading (rank, team, points). A table flattened one cell a line is story where it is the
 * story's data (aeb 11ea381a's standings, 6a72de37's snap counts, kept by their gold and by
 * `classifier/data-runs.ts`), so bare figures alone are left to the classifier: only a match stat's
 * own name over exactly two figures, or a table's widget heading over ranked rows, makes the widget.
 */
const MATCH_STAT =
  /^(?:(?:ball )?possession|(?:total )?shots|shots (?:on|off) (?:target|goal)|blocked shots|corners|corner kicks|fouls(?: committed)?|offsides|yellow cards|red cards|saves|passes|pass(?:ing)? accuracy|tackles|free kicks|throw-ins|goal kicks|crosses|interceptions|clearances|expected goals(?: \(xg\))?|xg|big chances)$/i;
/** "58%", "7", "1.84": one side's figure. */
const FIGURE = /^\d{1,4}(?:\.\d{1,2})?%?$/u;
/** "Premier League Table", "Standings", "League table": the widget's heading, a few words. */
const TABLE_HEADING = /^(?:[\p{L}'’.-]+ ){0,4}(?:table|standings)$/iu;
const MAX_HEADING_WORDS = 5;
/** "1. Liverpool 76": a rank, the team, its points. */
const TABLE_ROW = /^(\d{1,2})\.? (\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3}) (\d{1,3})$/u;
const MIN_TABLE_ROWS = 2;

export const rule: BlockRule = {
  kind: 'block',
  id: 'match-stats',
  category: 'related',
  description:
    'A match page\'s stat widgets flattened one cell a line: a match stat\'s name over the two sides\' figures ("Possession" / "58%" / "42%", "Shots on target" / "7" / "3"), one comparison after another, and a league table under its heading ("Premier League Table" / "1. Liverpool 76" / "2. Arsenal 74", ranks counting up by one). Bare figures alone stay (a table can be the story\'s data).',
  englishOnly: true,
  match(texts, start) {
    const comparisons = comparisonLength(texts, start);
    if (comparisons > 0) return { length: comparisons, reason: 'match statistics widget' };
    const table = tableLength(texts, start);
    return table > 0 ? { length: table, reason: 'league table widget' } : null;
  },
  examples: {
    source: 'probe r24, a made-up page in the shape of an ESPN match report (11 lines 57–67)',
    remove: [
      ['Possession', '58%', '42%', 'Shots on target', '7', '3'],
      ['Premier League Table', '1. Liverpool 76', '2. Arsenal 74', '3. Man City 73', '4. Aston Villa 63'],
      ['Corners', '6', '2'],
    ],
    inContext: [
      {
        texts: ['Attendance: 60,234.', 'Possession', '58%', '42%', 'Shots on target', '7', '3', 'Premier League Table', '1. Liverpool 76', '2. Arsenal 74', 'Terms of Use'],
        start: 1,
        length: 6,
      },
    ],
    keep: [
      // aeb 11ea381a (gold): standings that are the story, one cell a line, under a sentence.
      ['Classificação final da Monster Energy NASCAR Cup Series em 2019 após 36 etapas:', '1', 'Kyle Busch', '5040', '5', '1'],
      // A subheading over the story's own paragraph, and figures that are not a pair.
      ['Possession', 'Arsenal kept the ball for long spells but rarely threatened before the break.'],
      ['Shots on target', '7'],
      // A numbered list in a story, without a table's heading.
      ['The best films of the decade', '1. Blade Runner 2049', '2. Apollo 13'],
      ['League table', 'Arsenal are second, two points behind Liverpool.'],
    ],
  },
};

/** Paragraphs taken by consecutive comparisons from `start`: a stat's name, then exactly two figures. */
function comparisonLength(texts: readonly string[], start: number): number {
  let end = start;
  while (
    end + 2 < texts.length &&
    MATCH_STAT.test(texts[end]!) &&
    FIGURE.test(texts[end + 1]!) &&
    FIGURE.test(texts[end + 2]!) &&
    (end + 3 >= texts.length || !FIGURE.test(texts[end + 3]!))
  ) {
    end += 3;
  }
  return end - start;
}

/** Paragraphs taken by a table's heading and the ranked rows under it, ranks counting up by one. */
function tableLength(texts: readonly string[], start: number): number {
  const heading = texts[start]!;
  if (wordCount(heading) > MAX_HEADING_WORDS || !TABLE_HEADING.test(heading)) return 0;
  let rows = 0;
  let previousRank = -1;
  for (let i = start + 1; i < texts.length; i++) {
    const row = TABLE_ROW.exec(texts[i]!);
    if (row === null) break;
    const rank = Number(row[1]);
    if (previousRank !== -1 && rank !== previousRank + 1) break;
    previousRank = rank;
    rows++;
  }
  return rows >= MIN_TABLE_ROWS ? rows + 1 : 0;
}
