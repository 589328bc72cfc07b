import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cutSpan } from '../../src/rules/helpers.js';
import { catalogue } from '../../src/rules/index.js';
import type { BlockRule, LineRule, RuleContext, SpanRule } from '../../src/rules/types.js';

const english: RuleContext = { language: 'en' };
const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/rules');
/** Files in src/rules/ that are not rules. */
const SUPPORT_FILES = new Set(['index', 'types', 'helpers']);

const lineRules = catalogue.filter((rule): rule is LineRule => rule.kind === 'line');
const blockRules = catalogue.filter((rule): rule is BlockRule => rule.kind === 'block');
const spanRules = catalogue.filter((rule): rule is SpanRule => rule.kind === 'span');

describe('rule catalogue', () => {
  it('has one file per rule, named after its id, and unique ids', () => {
    const files = readdirSync(rulesDir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.slice(0, -3))
      .filter((name) => !SUPPORT_FILES.has(name))
      .sort();
    expect(catalogue.map((rule) => rule.id).sort()).toEqual(files);
  });

  it.each(catalogue.map((rule) => [rule.id, rule] as const))('%s documents itself with examples', (_id, rule) => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.examples.source.length).toBeGreaterThan(5);
    expect(rule.examples.keep.length).toBeGreaterThan(0);
  });
});

describe.each(lineRules.map((rule) => [rule.id, rule] as const))('line rule %s', (_id, rule) => {
  it.each(rule.examples.remove)('removes %s', (line) => {
    expect(rule.match(line, english)).not.toBeNull();
  });
  it.each(rule.examples.keep)('keeps %s', (line) => {
    expect(rule.match(line, english)).toBeNull();
  });
});

describe.each(blockRules.map((rule) => [rule.id, rule] as const))('block rule %s', (_id, rule) => {
  it.each(rule.examples.remove.map((block) => [block[0]!, block] as const))('removes the whole block from %s', (_first, block) => {
    expect(rule.match(block, 0, english)?.length).toBe(block.length);
  });
  const inContext = rule.examples.inContext ?? [];
  it.each(inContext.map((c) => [c.texts[c.start]!, c] as const))('removes %s where it stands', (_line, c) => {
    expect(rule.match(c.texts, c.start, english)?.length).toBe(c.length);
  });
  it.each(rule.examples.keep.map((block) => [block[0]!, block] as const))('matches no line of the run from %s', (_first, block) => {
    block.forEach((_, start) => expect(rule.match(block, start, english)).toBeNull());
  });
  it('has at least one example to remove', () => {
    expect(rule.examples.remove.length + inContext.length).toBeGreaterThan(0);
  });
});

describe.each(spanRules.map((rule) => [rule.id, rule] as const))('span rule %s', (_id, rule) => {
  it.each(rule.examples.cases.map((c) => [c.input, c.remains] as const))('trims %s', (input, remains) => {
    expect(rule.match(input, english)).not.toBeNull();
    // As the clean stage does: the rule cuts every occurrence of its span.
    let rest = input;
    for (let verdict = rule.match(rest, english); verdict !== null && rest !== ''; verdict = rule.match(rest, english)) {
      rest = cutSpan(rest, verdict.start, verdict.end);
    }
    expect(rest).toBe(remains);
  });
  it.each(rule.examples.keep)('keeps %s', (line) => {
    expect(rule.match(line, english)).toBeNull();
  });
});

describe('regular expression safety', () => {
  // Inputs that make nested or overlapping quantifiers backtrack exponentially; a vulnerable
  // pattern hangs here until the test times out.
  const hostile = [
    `${'a '.repeat(3000)}!`,
    `${'Sign up '.repeat(500)}x`,
    `(${'A/'.repeat(500)}`,
    `Published ${'1, '.repeat(2000)}x.`,
    `By ${'Aa '.repeat(2000)}.`,
    `${'-'.repeat(5000)}a`,
  ];
  it.each(catalogue.map((rule) => [rule.id, rule] as const))('%s finishes on hostile input', (_id, rule) => {
    for (const text of hostile) {
      if (rule.kind === 'block') rule.match([text, text], 0, english);
      else rule.match(text, english);
    }
    expect(true).toBe(true);
  });
});
