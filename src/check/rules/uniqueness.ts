/** No two articles share a slug or a raw source: each URL and each raw text belongs to one article. */
import type { Problem } from '../problem.ts';
import { articleProblems, type CheckedArticle } from './articles.ts';

/** Every article after the first with an already used slug, raw file or raw-file hash. */
export function checkUnique(articles: readonly CheckedArticle[]): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, CheckedArticle>();
  const hashes = new Map<string, CheckedArticle>();
  for (const a of articles) {
    const sameSlug = slugs.get(a.data.slug);
    if (sameSlug) {
      problems.push(
        ...articleProblems(a, [
          { path: ['slug'], code: 'duplicate-slug', arg: a.data.slug, message: `slug «${a.data.slug}» is also the slug of ${sameSlug.file} — give each article its own slug (and file name)` },
        ]),
      );
    } else slugs.set(a.data.slug, a);
    const sameHash = hashes.get(a.data.source.sha256);
    if (sameHash) {
      problems.push(
        ...articleProblems(a, [
          {
            path: ['source', 'sha256'],
            code: 'duplicate-source',
            arg: `${sameHash.name}، ${a.name}`,
            message: `the same raw text (sha256 ${a.data.source.sha256.slice(0, 12)}…) is the source of ${sameHash.file} — keep one of the two articles`,
          },
        ]),
      );
    } else hashes.set(a.data.source.sha256, a);
  }
  return problems;
}
