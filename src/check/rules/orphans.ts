/**
 * Every file in content/sources/ belongs to an article: a raw text or a saved page, or the metadata sidecar
 * beside it, that no article names is left over (an ingest stopped half-way by an older version of the
 * ingest, an article removed without its source) and is reported, with how to use it or remove it.
 */
import type { Problem } from '../problem.ts';
import type { TextFile } from '../read.ts';
import type { CheckedArticle } from './articles.ts';
import type { Sources } from './sources.ts';

/** The file name of an article without its folder and extension: its slug, as the file names it. */
const nameOf = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx$/, '');

/**
 * The raw sources and sidecars no article uses. An article whose frontmatter passed names its raw file
 * (and the sidecar beside it); one that did not (its problems are reported already) is taken to use every
 * source named after its file, so that one mistake is not reported twice.
 */
export function checkOrphans(sources: Sources, files: readonly TextFile[], articles: readonly CheckedArticle[]): Problem[] {
  const used = new Set<string>();
  const valid = new Set(articles.map((a) => a.file));
  for (const a of articles) used.add(a.data.source.file).add(a.data.source.file.replace(/\.(txt|html)$/, '.meta.yaml'));
  for (const { file } of files) {
    if (!valid.has(file)) for (const ext of ['txt', 'html', 'meta.yaml']) used.add(`sources/${nameOf(file)}.${ext}`);
  }
  return [...sources.hashes.keys(), ...sources.metas.keys()]
    .filter((path) => !used.has(path))
    .sort()
    .map((path) => {
      const file = `${sources.root}/${path}`;
      const sidecar = path.endsWith('.meta.yaml');
      const raw = sidecar ? path.replace(/\.meta\.yaml$/, '.txt') : path;
      return {
        file,
        path: '',
        code: 'orphan-source',
        message: sidecar
          ? `no article uses this metadata file — remove it (git rm ${file}), or ingest its raw text with it (npm run ingest -- ${sources.root}/${raw})`
          : `no article uses this raw file — ingest it (npm run ingest -- ${file}), or remove it and its .meta.yaml (git rm ${file})`,
      } satisfies Problem;
    });
}
