import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/check/format.ts';
import { shownPath } from '../../../src/check/read.ts';
import { checkArticles } from '../../../src/check/rules/articles.ts';
import { mdxAsMarkdown } from '../../../src/loaders/mdx-as-markdown.ts';

describe('the Markdown loader and its content store', () => {
  const article = (slug: string, text: string) =>
    [
      '---',
      `title: "${text}"`,
      `slug: "${slug}"`,
      'publisher: null',
      'author: null',
      'published:',
      '  date: "2016-12"',
      '  approximate: true',
      '  basis: "تاريخ الخبر"',
      'source:',
      `  file: "sources/${slug}.txt"`,
      `  sha256: "${'a'.repeat(64)}"`,
      '---',
      '',
      text,
      '',
    ].join('\n');
  let root: string;
  let renders: string[];
  const store = new Map<string, Record<string, unknown>>();
  const context = () =>
    ({
      config: { root: pathToFileURL(`${root}/`) },
      store: {
        get: (id: string) => store.get(id),
        set: (entry: Record<string, unknown>) => store.set(entry.id as string, entry),
        keys: () => [...store.keys()],
        delete: (id: string) => store.delete(id),
      },
      renderMarkdown: async (body: string) => {
        renders.push(body.trim());
        return { html: `<p>${body.trim()}</p>` };
      },
      generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    }) as unknown as LoaderContext;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'loader-'));
    mkdirSync(join(root, 'articles'));
    writeFileSync(join(root, 'articles', '2016-12-sirte.mdx'), article('2016-12-sirte', 'سقوط سرت'));
    writeFileSync(join(root, 'articles', '2016-05-misrata.mdx'), article('2016-05-misrata', 'هجوم مصراتة'));
    renders = [];
    store.clear();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps each article’s rendered HTML and file but not its body, which would double the store Astro bundles', async () => {
    await mdxAsMarkdown({ base: 'articles' }).load(context());
    const entry = store.get('2016-12-sirte')!;
    expect(entry.rendered).toEqual({ html: '<p>سقوط سرت</p>' });
    expect(entry.filePath).toBe('articles/2016-12-sirte.mdx');
    expect(entry).not.toHaveProperty('body');
    expect([...store.keys()].sort()).toEqual(['2016-05-misrata', '2016-12-sirte']);
  });

  it('renders again only the article whose file changed, keeps the unchanged one, and forgets a deleted one', async () => {
    writeFileSync(join(root, 'articles', '2015-02-derna.mdx'), article('2015-02-derna', 'درنة'));
    await mdxAsMarkdown({ base: 'articles' }).load(context());
    expect(renders.sort()).toEqual(['درنة', 'سقوط سرت', 'هجوم مصراتة'].sort());
    renders = [];
    writeFileSync(join(root, 'articles', '2016-12-sirte.mdx'), article('2016-12-sirte', 'تحرير سرت'));
    rmSync(join(root, 'articles', '2015-02-derna.mdx'));
    await mdxAsMarkdown({ base: 'articles' }).load(context());
    expect(renders).toEqual(['تحرير سرت']);
    expect([...store.keys()].sort()).toEqual(['2016-05-misrata', '2016-12-sirte']);
    expect(store.get('2016-05-misrata')!.rendered).toEqual({ html: '<p>هجوم مصراتة</p>' });
  });

  it('gives the schema fields without controls, noncharacters or a direction override left open', async () => {
    writeFileSync(join(root, 'articles', '2016-12-sirte.mdx'), article('2016-12-sirte', '\\u202Eسقوط\\x07 سرت\\uFFFE'));
    await mdxAsMarkdown({ base: 'articles' }).load(context());
    expect((store.get('2016-12-sirte')!.data as { title: string }).title).toBe('سقوط سرت');
  });

  it('keeps the frontmatter as the schema parses it, defaults filled in', async () => {
    await mdxAsMarkdown({ base: 'articles' }).load(context());
    expect(store.get('2016-12-sirte')!.data).toMatchObject({ title: 'سقوط سرت', titleFrom: 'text', via: null, url: null, places: [], dates: [] });
  });

  it('refuses an article whose frontmatter does not pass the schema with the very line npm run check prints', async () => {
    const file = join(root, 'articles', '2016-12-sirte.mdx');
    const text = article('2016-12-sirte', 'سقوط سرت').replace('  approximate: true', '  approximate: "نعم"');
    writeFileSync(file, text);
    const check = checkArticles([{ file: shownPath(file), text }]).problems.map(formatProblem);
    expect(check).toEqual([expect.stringMatching(/2016-12-sirte\.mdx:8 published\.approximate: قيمة غير مقبولة في الحقل «approximate» \/ expected boolean, found «نعم»/)]);
    await expect(mdxAsMarkdown({ base: 'articles' }).load(context())).rejects.toThrow(check[0]!);
  });
});
