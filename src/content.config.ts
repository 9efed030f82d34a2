import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { articleSchema } from './schemas/article.ts';

// Content lives at the top level (content/), beside the raw sources it was made from.
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/articles` }),
  schema: articleSchema,
});

export const collections = { articles };
