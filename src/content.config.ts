import { defineCollection } from 'astro:content';
import { contentDir } from './loaders/content-dir.ts';
import { mdxAsMarkdown } from './loaders/mdx-as-markdown.ts';
import { articleSchema } from './schemas/article.ts';

// Content lives at the top level (content/), beside the raw sources it was made from. The articles stay
// .mdx files but render through the Markdown pipeline: their escaped bodies need no MDX, and a module
// per article made 10,000-article builds slow and heavy (tests/bench/RESULTS.md). The schema types the
// collection; the loader applies it itself, with the content check's reader and wording.
const articles = defineCollection({
  loader: mdxAsMarkdown({ base: `${contentDir()}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };
