import type { APIRoute, GetStaticPaths } from 'astro';
import { articleDetails, type ArticleDetail } from '../../data/articles.ts';
import { readSourceBytes } from '../../data/sources.ts';

// The raw file, byte for byte, for researchers who cite or re-check the normalized copy.
export const getStaticPaths = (async () =>
  (await articleDetails()).map((article) => ({ params: { slug: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: ArticleDetail };
  const bytes = await readSourceBytes(article.source.file);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
