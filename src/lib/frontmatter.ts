/**
 * The two parts of an article file: the YAML frontmatter between «---» lines and the body after it.
 * The content check (and through it the content loader) splits files here; the benchmark and the tests
 * read an article's fields without its schema with readArticleFile.
 */
import { parse } from 'yaml';

/** The frontmatter block (BOM and Windows line endings accepted) and the body after it; null when there is none. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : null;
}

/** Frontmatter fields and body of one article file; throws, naming the file, when the frontmatter is missing or not a mapping. */
export function readArticleFile(file: string, contents: string): { data: Record<string, unknown>; body: string } {
  const parts = splitFrontmatter(contents);
  if (!parts) throw new Error(`${file}: no frontmatter — the file must start with a --- line, its YAML fields, then ---`);
  const data: unknown = parse(parts.yaml);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the frontmatter must be a YAML mapping of fields (title:, slug: …)`);
  }
  return { data: data as Record<string, unknown>, body: parts.body };
}
