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

/** The whole MDX file, byte-stable: fixed key order, no dates of writing, LF line ends. */
export function toMdxFile(article: Article, body: string): string {
  const yaml = stringify(article, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body}`;
}
