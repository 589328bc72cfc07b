/** The one exit-code table (README, "Exit codes"). */

/** Every input processed. */
export const EXIT_OK = 0;
/**
 * Some inputs failed; the others were processed and written. Also a run stopped by a full or
 * read-only output (docs/hardening.md): the inputs before the failure are written, each complete.
 */
export const EXIT_SOME_FAILED = 1;
/** Usage error (bad option, nothing to read) or no input matched. */
export const EXIT_USAGE = 2;

/** Printed after a usage error. */
export const USAGE_HINT = '(run newsclean --help for usage and examples)';
