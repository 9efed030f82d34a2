/**
 * Articles, content/articles/*.mdx: the frontmatter against the schema the ingest writes with, and
 * the file named after the slug. Each problem points at the frontmatter line of its field.
 */
import { splitFrontmatter } from '../../lib/frontmatter.ts';
import { mdxToPlainText } from '../../lib/mdx-text.ts';
import { parseYamlSource } from '../../lib/yaml-lines.ts';
import { articleSchema, type Article } from '../../schemas/article.ts';
import { parseWithFriendlyErrors } from '../friendly-errors.ts';
import { placeFindings, yamlSyntaxProblems, type DataPath, type Finding, type Problem } from '../problem.ts';
import type { TextFile } from '../read.ts';

/** An article whose frontmatter passed the schema, with what the later steps need. */
export interface CheckedArticle {
  /** The file, as messages show it. */
  file: string;
  /** The file's name without .mdx: the slug other files use to cite it. */
  name: string;
  /** The frontmatter as the schema parsed it, defaults filled in. */
  data: Article;
  /** 1-based line in the file of a frontmatter field. */
  lineOf: (path: DataPath) => number | undefined;
}

/** What the articles step returns: valid articles, every article's plain text by file name, problems. */
export interface ArticlesResult {
  articles: CheckedArticle[];
  /** Plain text of every article with a readable body, by file name: events quote from these. */
  texts: Map<string, string>;
  problems: Problem[];
}

/** The file name of an article without its folder and extension. */
function nameOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

/** Findings on one article placed at their lines. */
export function articleProblems(article: Pick<CheckedArticle, 'file' | 'lineOf'>, found: readonly Finding[]): Problem[] {
  return placeFindings(article.file, found, article.lineOf);
}

/** An article file read through its schema: the frontmatter's data, the body and each field's line; or the problems that stop it (with the body, when the file has one). */
export type ArticleFile =
  | { ok: true; data: Article; body: string; lineOf: (path: DataPath) => number | undefined }
  | { ok: false; problems: Problem[]; body: string | null };

/** Reads one article file: its frontmatter against the schema, each problem at its line. The content loader reads articles with it too. */
export function readArticle(file: string, text: string): ArticleFile {
  const parts = splitFrontmatter(text);
  if (!parts) {
    return {
      ok: false,
      body: null,
      problems: [{ file, line: 1, path: '', code: 'file-shape', message: 'no frontmatter — the file must start with «---», the fields, then «---»; re-ingest the raw text to recreate it' }],
    };
  }
  const source = parseYamlSource(parts.yaml);
  // The frontmatter starts on the line after the opening «---».
  if (source.errors.length > 0) return { ok: false, body: parts.body, problems: yamlSyntaxProblems(file, source.errors, 1) };
  const lineOf = (path: DataPath) => {
    const line = source.lineOf(path);
    return line === undefined ? undefined : line + 1;
  };
  const parsed = parseWithFriendlyErrors(articleSchema, source.data ?? {}, { schemaFile: 'src/schemas/article.ts' });
  if (!parsed.success) return { ok: false, body: parts.body, problems: articleProblems({ file, lineOf }, parsed.findings) };
  return { ok: true, data: parsed.data, body: parts.body, lineOf };
}

/** Parses and validates the frontmatter of every article, and that each is named after its slug. */
export function checkArticles(files: readonly TextFile[]): ArticlesResult {
  const result: ArticlesResult = { articles: [], texts: new Map(), problems: [] };
  for (const { file, text } of files) {
    const name = nameOf(file);
    const read = readArticle(file, text);
    if (read.body !== null) result.texts.set(name, mdxToPlainText(read.body));
    if (!read.ok) {
      result.problems.push(...read.problems);
      continue;
    }
    const article: CheckedArticle = { file, name, data: read.data, lineOf: read.lineOf };
    if (read.data.slug !== name) {
      result.problems.push(
        ...articleProblems(article, [
          { path: ['slug'], code: 'slug-mismatch', arg: read.data.slug, message: `slug «${read.data.slug}» differs from the file name «${name}» — rename the file to ${read.data.slug}.mdx or correct the slug` },
        ]),
      );
    }
    result.articles.push(article);
  }
  return result;
}
