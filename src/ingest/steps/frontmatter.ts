/** Step 9 — the MDX file: frontmatter validated by the collection's own schema, then the body. */
import { stringify } from 'yaml';
import { articleSchema, type Article } from '../../schemas/article.ts';

/** Validates the frontmatter with the content collection's schema; throws with the field paths on failure. */
export function validateFrontmatter(data: unknown): Article {
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`frontmatter does not match src/schemas/article.ts: ${issues}`);
  }
  return result.data;
}

/** How the archive writes YAML: no folded lines, plain keys, strings double-quoted (so no YAML 1.1 reader takes «2016-12-05» for a timestamp). */
export const YAML_STYLE = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** The whole MDX file, byte-stable: fixed key order, no dates of writing, LF line ends. */
export function toMdxFile(article: Article, body: string): string {
  const yaml = stringify(article, YAML_STYLE);
  return `---\n${yaml}---\n\n${body}`;
}
