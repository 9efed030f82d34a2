/**
 * Suggest: the dated claims an article makes, matched to the events of the archive (npm run suggest).
 * For another tool — the ingest's preview counts an article's suggestions with
 * `suggestArticle({ slug, text, published, headings }, loadArchive(contentDir)).length`.
 */
export { buildArchive, suggestArticle, type Archive, type ArticleInput } from './article.ts';
export { loadArchive } from './run.ts';
export type { Proposal, SuggestedFigure, Suggestion, SuggestionMatch } from './types.ts';
