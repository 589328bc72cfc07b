import { resolveInside } from './guard-path.js';
import { idBaseOf, type InputFile } from './inputs.js';
import { outputExtension, type OutputFormat } from './serialise.js';

/**
 * Where one input's output goes under `-o DIR`: its batch-relative path mirrored under `directory`
 * with the format's extension, e.g. `news/a.txt` → `DIR/news/a.json`. Distinct inputs have distinct
 * relative paths, so two `a.txt` in different folders never collide.
 */
export function outputPathFor(file: InputFile, directory: string, format: OutputFormat): string {
  return resolveInside(directory, `${idBaseOf(file)}${outputExtension(format)}`);
}
