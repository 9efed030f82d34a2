/** The names search treats as one, content/aliases.yaml: optional, checked with search's own reader. */
import type { Problem } from '../../lib/problems.ts';
import { validateAliases } from '../../lib/search/aliases.ts';
import type { TextFile } from '../read.ts';

/** Validates the alias file; an archive without one simply has no aliases. */
export function checkAliases(file: TextFile | null): Problem[] {
  return file === null ? [] : validateAliases(file.text, file.file).problems;
}
