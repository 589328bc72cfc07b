import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Receives a subcommand's exit code (see the exit-code table in the README). */
export type ExitCodeSink = (code: number) => void;

/**
 * A subcommand (`eval`, `review`, …) is built by a factory so that each lives in its own file and
 * `main` only registers it. Its action must report its exit code through `setExitCode`.
 */
export type SubcommandFactory = (ctx: CliContext, setExitCode: ExitCodeSink) => Command;
