import type { RuleOverrides } from '../options.js';
import { catalogue } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

/**
 * What the review shows about a rule id. The one place the review reads the rule catalogue, so a
 * change to the catalogue's shape is fixed here only.
 */
export interface RuleDescription {
  id: string;
  category: string;
  description: string;
  /** Real inputs the rule removes, each a line or a block of lines joined by `\n`; at most a few. */
  examples: string[];
  /** Where the examples come from. */
  examplesSource: string;
  /** `catalogue` for a built-in rule, `user` for one added with `--rules FILE`. */
  origin: 'catalogue' | 'user';
}

/** Examples shown per rule: enough to recognise the furniture, short enough to scan. */
const MAX_EXAMPLES = 3;

/**
 * Describes a rule id, or returns null when the id is not a rule (a stage-level decision such as
 * `classifier`, or a rule from a newer catalogue): the review then shows the id and the message's
 * own reason.
 */
export function describeRule(id: string, overrides?: RuleOverrides): RuleDescription | null {
  const rule = catalogue.find((candidate) => candidate.id === id);
  if (rule !== undefined) {
    return {
      id,
      category: rule.category,
      description: rule.description,
      examples: examplesOf(rule).slice(0, MAX_EXAMPLES),
      examplesSource: rule.examples.source,
      origin: 'catalogue',
    };
  }
  const user = overrides?.add.find((candidate) => candidate.id === id);
  if (user === undefined) return null;
  return {
    id,
    category: user.category,
    description: user.description,
    examples: [],
    examplesSource: `pattern /${user.pattern}/${user.flags ?? ''}`,
    origin: 'user',
  };
}

function examplesOf(rule: Rule): string[] {
  switch (rule.kind) {
    case 'line':
      return rule.examples.remove;
    case 'block':
      return rule.examples.remove.map((block) => block.join('\n'));
    case 'span':
      return rule.examples.cases.map((example) => example.input);
  }
}
