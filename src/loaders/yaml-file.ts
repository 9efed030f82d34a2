/**
 * A YAML content file read through its schema only. The build's pages read the gazetteer, the events and
 * the aliases this way after the content check has run every rule once (src/check, before any page is
 * bundled); a file that does not pass its schema — in `astro dev`, or read outside a build — throws its
 * problems, each written as `npm run check` writes it.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { ProblemsError } from '../check/format.ts';
import { parseWithFriendlyErrors } from '../check/friendly-errors.ts';
import { placeFindings, yamlSyntaxProblems } from '../check/problem.ts';
import { cleanStrings } from '../lib/text-hygiene.ts';
import { parseYamlSource } from '../lib/yaml-lines.ts';

/** How to read one file. */
export interface YamlFile<S extends z.ZodType> {
  /** The file, as messages name it: «content/places.yaml». */
  file: string;
  schema: S;
  /** The schema's source file, named in fixes: «src/schemas/place.ts». */
  schemaFile: string;
  /** For a file that is a bare list, the name its entries go by in messages («places» → places[3].lon), as the check names them. */
  list?: string;
  /** What an absent file holds; without it, an absent file is an error. */
  missing?: z.output<S>;
}

/**
 * The file's data as its schema parses it (defaults filled in), every string cleaned of controls,
 * noncharacters and unpaired bidi controls as article fields are: a hand edit cannot break a page, the feed
 * or a data file. Throws a ProblemsError when it does not pass.
 */
export function readYamlFile<S extends z.ZodType>({ file, schema, schemaFile, list, missing }: YamlFile<S>): z.output<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && missing !== undefined) return missing;
    throw error;
  }
  const source = parseYamlSource(text);
  if (source.errors.length > 0) throw new ProblemsError(yamlSyntaxProblems(file, source.errors));
  const parsed = parseWithFriendlyErrors(schema, source.data, { schemaFile });
  if (!parsed.success) throw new ProblemsError(placeFindings(file, parsed.findings, source.lineOf, (p) => (list ? [list, ...p] : p)));
  return cleanStrings(parsed.data);
}
