/** Step 9 — the MDX file: frontmatter validated by the collection's own schema, then the body. */
import { stringify } from 'yaml';
import { parseWithFriendlyErrors } from '../../check/friendly-errors.ts';
import { placeFindings } from '../../check/problem.ts';
import { articleSchema, type Article } from '../../schemas/article.ts';
import { IngestError } from '../errors.ts';

/** Validates the frontmatter made from raw file `file` with the content collection's schema; throws its problems as npm run check words them. */
export function validateFrontmatter(data: unknown, file: string): Article {
  const parsed = parseWithFriendlyErrors(articleSchema, data, { schemaFile: 'src/schemas/article.ts' });
  if (!parsed.success) throw new IngestError(placeFindings(file, parsed.findings, () => undefined));
  return parsed.data;
}

/** How the archive writes YAML: no folded lines, plain keys, strings double-quoted (so no YAML 1.1 reader takes «2016-12-05» for a timestamp). */
export const YAML_STYLE = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** The whole MDX file, byte-stable: fixed key order, no dates of writing, LF line ends. */
export function toMdxFile(article: Article, body: string): string {
  const yaml = stringify(article, YAML_STYLE);
  return `---\n${yaml}---\n\n${body}`;
}
