import { readFile } from 'node:fs/promises';
import type { RuleOverrides } from '../options.js';
import { describeFsError } from './inputs.js';

/** Thrown when a `--rules` file cannot be used; `message` says why, for a usage error. */
export class RulesFileError extends Error {
  override readonly name = 'RulesFileError';
}

/**
 * Loads a `--rules FILE`: JSON of the form
 * `{ "disable": ["rule-id"], "add": [{ "id", "category", "description", "pattern", "flags"? }] }`,
 * both keys optional. Every added pattern must compile as a JavaScript regular expression.
 */
export async function loadRulesFile(file: string): Promise<RuleOverrides> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new RulesFileError(describeFsError(error));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RulesFileError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseRuleOverrides(data);
}

/** Validates parsed JSON as {@link RuleOverrides}; unknown keys are rejected so typos do not pass silently. */
export function parseRuleOverrides(data: unknown): RuleOverrides {
  if (!isObject(data)) throw new RulesFileError('expected a JSON object with "disable" and/or "add"');
  const unknown = Object.keys(data).filter((key) => key !== 'disable' && key !== 'add');
  if (unknown.length > 0) throw new RulesFileError(`unknown key "${unknown[0]}" (expected "disable" or "add")`);
  return { disable: parseDisable(data['disable']), add: parseAdd(data['add']) };
}

function parseDisable(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
    throw new RulesFileError('"disable" must be an array of rule ids');
  }
  return value;
}

const ADD_FIELDS = ['id', 'category', 'description', 'pattern'] as const;

function parseAdd(value: unknown): RuleOverrides['add'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new RulesFileError('"add" must be an array of rules');
  return value.map((rule: unknown, index) => {
    const where = `"add"[${index}]`;
    if (!isObject(rule)) throw new RulesFileError(`${where} must be an object`);
    for (const field of ADD_FIELDS) {
      if (typeof rule[field] !== 'string' || rule[field] === '') {
        throw new RulesFileError(`${where}.${field} must be a non-empty string`);
      }
    }
    const flags = rule['flags'];
    if (flags !== undefined && typeof flags !== 'string') throw new RulesFileError(`${where}.flags must be a string`);
    try {
      new RegExp(rule['pattern'] as string, flags);
    } catch (error) {
      throw new RulesFileError(`${where}.pattern: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed: RuleOverrides['add'][number] = {
      id: rule['id'] as string,
      category: rule['category'] as string,
      description: rule['description'] as string,
      pattern: rule['pattern'] as string,
    };
    if (flags !== undefined) parsed.flags = flags;
    return parsed;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
