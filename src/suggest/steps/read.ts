/**
 * The one step of suggest that reads the content folder: the gazetteer, the events, the articles asked
 * for (by slug or by path), and their suggestions files. Every refusal is a SuggestError: one line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { nearestId } from '../../lib/events/nearest.ts';
import { readArticleFile } from '../../lib/frontmatter.ts';
import { mdxToPlainText } from '../../lib/mdx-text.ts';
import { parseYamlSource } from '../../lib/yaml-lines.ts';
import { published as publishedSchema } from '../../schemas/article.ts';
import { eventSchema, type ArchiveEvent } from '../../schemas/event.ts';
import type { Place } from '../../schemas/place.ts';
import { shownPath } from '../../check/read.ts';
import { validatePlaces } from '../../check/rules/places.ts';
import type { ArticleInput } from '../article.ts';
import { SuggestError } from '../errors.ts';

/** An article as suggest reads it. */
export interface ArticleFile extends ArticleInput {
  /** Its file, as the editor would type it. */
  file: string;
}

export { shownPath };

/** The gazetteer; a gazetteer with problems is the check's to report. */
export function readPlaces(content: string): Place[] {
  const file = join(content, 'places.yaml');
  if (!existsSync(file)) throw new SuggestError(shownPath(file), 'the gazetteer is missing', 'restore places.yaml from git, or pass --content with the content folder');
  const { places, problems } = validatePlaces(readFileSync(file, 'utf8'), shownPath(file));
  if (problems.length > 0) throw new SuggestError(shownPath(file), `${problems.length} problem(s) in the gazetteer`, 'run npm run check and fix them first');
  return places;
}

/** The valid events of events.yaml (none when there is no file); a file that does not parse is refused. */
export function readEvents(content: string): { events: ArchiveEvent[]; text: string | null; file: string } {
  const path = join(content, 'events.yaml');
  const file = shownPath(path);
  if (!existsSync(path)) return { events: [], text: null, file };
  const text = readFileSync(path, 'utf8');
  const source = parseYamlSource(text);
  if (source.errors.length > 0) {
    throw new SuggestError(`${file}:${source.errors[0]!.line}`, `YAML syntax: ${source.errors[0]!.message}`, 'run npm run check and fix the file first');
  }
  const list = (source.data as { events?: unknown } | null)?.events;
  const events = Array.isArray(list) ? list.flatMap((e) => {
    const parsed = eventSchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  }) : [];
  return { events, text, file };
}

/** Slugs of every article of the content folder. */
export function articleSlugs(content: string): string[] {
  const dir = join(content, 'articles');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4)).sort() : [];
}

/** The slug an argument names: a slug, or the path of an MDX file in the content folder's articles. */
export function slugOf(arg: string, content: string, known: readonly string[]): string {
  const articles = resolve(content, 'articles');
  if (arg.endsWith('.mdx') || arg.includes('/')) {
    const path = resolve(arg);
    if (!existsSync(path)) throw new SuggestError(arg, 'no such file', `give an article's slug or the path of a file in ${shownPath(articles)}/`);
    if (resolve(path, '..') !== articles || !path.endsWith('.mdx')) {
      throw new SuggestError(arg, `not an article of ${shownPath(articles)}/`, 'ingest the raw text first (npm run ingest), then suggest from the article it writes');
    }
    return basename(path, '.mdx');
  }
  if (!known.includes(arg)) {
    const near = nearestId(arg, known);
    throw new SuggestError(arg, `no article with this slug in ${shownPath(articles)}/`, `${near ? `did you mean «${near}»? ` : ''}give the slug of a file there, or --all`);
  }
  return arg;
}

/** Heading lines of an MDX body («## …»), as plain text. */
function headingsOf(body: string): string[] {
  return body.split(/\r?\n/).filter((l) => /^ {0,3}#{1,6}\s/.test(l)).map((l) => mdxToPlainText(l));
}

/** Reads one article: its plain text as the check reads it, its publication date, its headings. */
export function readArticle(content: string, slug: string): ArticleFile {
  const path = join(content, 'articles', `${slug}.mdx`);
  const file = shownPath(path);
  let data: Record<string, unknown>;
  let body: string;
  try {
    ({ data, body } = readArticleFile(file, readFileSync(path, 'utf8')));
  } catch (error) {
    throw new SuggestError(file, (error as Error).message.replace(`${file}: `, ''), 'run npm run check and fix the article first');
  }
  const published = publishedSchema.safeParse(data.published);
  if (!published.success) throw new SuggestError(file, 'the frontmatter has no valid `published` date', 'run npm run check and fix the article first');
  return { file, slug, text: mdxToPlainText(body), published: published.data, headings: headingsOf(body) };
}


/** The suggestions files of a content folder, by name, with the path messages show (under `root`). */
export function readSuggestionFiles(content: string, root: string): { file: string; text: string }[] {
  const dir = join(content, 'suggestions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => ({ file: `${root}/suggestions/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
}
