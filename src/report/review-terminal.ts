import { Chalk, type ColorSupportLevel } from 'chalk';
import { categoryColour } from '../review/category-colour.js';
import { plainStyle, type TerminalStyle } from '../review/render-terminal.js';

/**
 * The review listing's style for a colour level: at level 0 the plain style (margin markers and
 * `[-…-]` around removed spans), otherwise removed text dimmed and struck, rule ids in their
 * category's colour, article rules in cyan.
 */
export function reviewTerminalStyle(level: ColorSupportLevel): TerminalStyle {
  if (level === 0) return plainStyle;
  const chalk = new Chalk({ level });
  return {
    heading: (text) => chalk.bold(text),
    articleRule: (text) => chalk.cyan.bold(text),
    removedLine: (text) => chalk.dim.strikethrough(text),
    removedSpan: (text) => chalk.red.dim.strikethrough(text),
    ruleId: (text, category) => chalk.hex(categoryColour(category))(text),
    title: (text) => chalk.bold.underline(text),
    faint: (text) => chalk.dim(text),
    warning: (text) => chalk.yellow(text),
  };
}
