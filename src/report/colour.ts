import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';

/** What decides whether diagnostics on standard error are coloured. */
export interface ColourSettings {
  /** Whether standard error is a terminal. */
  isTTY: boolean;
  /** Environment, read for `NO_COLOR`, `FORCE_COLOR` and `TERM`. */
  env: Record<string, string | undefined>;
  /** False when the user passed `--no-color`. */
  colourFlag: boolean;
}

/**
 * Colour level for standard error, most explicit wish first: `--no-color`, then `FORCE_COLOR`
 * (`0`/`false` off, `1`–`3` or empty/`true` on, as chalk reads it), then `NO_COLOR` (any
 * non-empty value, per no-color.org), then colour only on a terminal that is not `TERM=dumb`.
 */
export function colourLevel(settings: ColourSettings): ColorSupportLevel {
  if (!settings.colourFlag) return 0;
  const force = settings.env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorSupportLevel;
    return 1;
  }
  const noColour = settings.env['NO_COLOR'];
  if (noColour !== undefined && noColour !== '') return 0;
  return settings.isTTY && settings.env['TERM'] !== 'dumb' ? 1 : 0;
}

/** The few styles diagnostics use; identity functions at level 0. */
export interface Palette {
  error: (text: string) => string;
  warning: (text: string) => string;
  success: (text: string) => string;
  dim: (text: string) => string;
  strong: (text: string) => string;
}

export function createPalette(level: ColorSupportLevel): Palette {
  const chalk: ChalkInstance = new Chalk({ level });
  return {
    error: (text) => chalk.red(text),
    warning: (text) => chalk.yellow(text),
    success: (text) => chalk.green(text),
    dim: (text) => chalk.dim(text),
    strong: (text) => chalk.bold(text),
  };
}
