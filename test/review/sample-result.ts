import { splitLines } from '../../src/text/lines.js';
import type { ArticleRecord, DocumentResult, Message } from '../../src/types.js';

/**
 * A small made-up document whose pipeline result uses every kind of annotation the review draws:
 * metadata and a trimmed span on the header line, promoted titles, a removed block, a rejected
 * boundary, a line dropped without a message, a split with signals, and a removal by a stage
 * (`classifier`) rather than a catalogue rule. Line 1's header and widget
 * follow seed 000's first line.
 */
export const SAMPLE_TEXT = [
  'date 2023-10-27 Sign up to our free breaking news emails',
  'Local council approves new bridge',
  'The council voted on Tuesday to approve a new footbridge over the river.',
  'Twitter',
  'This content is provided by Twitter, which may be using cookies and other technologies.',
  'Construction starts next spring, the council said, and should take eighteen months to finish.',
  'Stray menu item',
  'Storm warning issued for the coast',
  'Forecasters expect gusts of up to 70 mph on Friday.',
  'Share this article',
  '',
].join('\n');

function message(partial: Partial<Message> & Pick<Message, 'action' | 'ruleId' | 'line'>): Message {
  return {
    stage: 'clean',
    category: partial.ruleId,
    reason: '',
    endLine: partial.line,
    text: splitLines(SAMPLE_TEXT)[partial.line - 1]!.text,
    ...partial,
  };
}

function record(index: number, title: string, lines: [number, number], boundary: ArticleRecord['boundary']): ArticleRecord {
  return {
    id: `sample#${index}`,
    source: 'sample.txt',
    index,
    count: 2,
    title,
    date: '2023-10-27',
    text: '',
    paragraphs: [],
    words: 10 * (index + 1),
    lines,
    boundary,
  };
}

export function sampleResult(): DocumentResult {
  const messages: Message[] = [
    message({ action: 'metadata', ruleId: 'date-header', category: 'metadata', line: 1, reason: 'date header', text: 'date 2023-10-27' }),
    message({
      action: 'remove-span',
      ruleId: 'newsletter-widget',
      category: 'newsletter',
      line: 1,
      column: 17,
      reason: 'newsletter sign-up widget',
      text: 'Sign up to our free breaking news emails',
    }),
    message({ action: 'title', ruleId: 'headline', category: 'assemble', stage: 'assemble', line: 2, reason: 'headline-like first line' }),
    message({ action: 'remove-line', ruleId: 'embed-consent', category: 'embed-consent', line: 4, endLine: 5, reason: 'consent placeholder for embedded Twitter content' }),
    message({ action: 'split', ruleId: 'segmenter-rejected', category: 'candidate', stage: 'segment', line: 6, reason: 'topic continues', score: 0.21 }),
    message({ action: 'remove-line', ruleId: 'classifier', category: 'classifier', line: 10, reason: 'short line, no verb, no stopwords', score: 0.91 }),
  ];
  return {
    source: { source: 'sample.txt', idBase: 'sample' },
    records: [
      record(0, 'Local council approves new bridge', [3, 6], null),
      record(1, 'Storm warning issued for the coast', [9, 9], {
        score: 0.87,
        signals: [
          { name: 'cohesion-drop', weight: 1.9 },
          { name: 'title-line', weight: 0.7 },
          { name: 'shared-entities', weight: -0.4 },
        ],
      }),
    ],
    messages,
    counters: {},
    metadata: { date: '2023-10-27' },
    lineCount: 10,
  };
}
