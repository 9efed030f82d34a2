import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/lib/frontmatter.ts';
import { mdxAsMarkdown } from '../../../src/loaders/mdx-as-markdown.ts';

describe('reading an article file for the Markdown loader', () => {
  it('separates the YAML frontmatter from the escaped body, keeping dates as strings', () => {
    const file = '---\ntitle: "سقوط سرت"\nslug: "2016-12-sirte"\npublished:\n  date: "2016-12-05"\n---\n\nسيطرت القوات على سرت \\*بالكامل\\*.\n';
    expect(readArticleFile('a.mdx', file)).toEqual({
      data: { title: 'سقوط سرت', slug: '2016-12-sirte', published: { date: '2016-12-05' } },
      body: '\nسيطرت القوات على سرت \\*بالكامل\\*.\n',
    });
  });

  it('names the file when it has no frontmatter', () => {
    expect(() => readArticleFile('content/articles/sirte.mdx', 'سرت')).toThrow(/^content\/articles\/sirte\.mdx: no frontmatter/);
  });

  it('names the file when the frontmatter is not a mapping of fields', () => {
    expect(() => readArticleFile('content/articles/sirte.mdx', '---\n- سرت\n---\nنص')).toThrow(/^content\/articles\/sirte\.mdx: the frontmatter must be a YAML mapping/);
  });
});

describe('the Markdown loader and its content store', () => {
  const article = (slug: string, text: string) => `---\ntitle: "${text}"\nslug: "${slug}"\n---\n\n${text}\n`;
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
      parseData: async ({ data }: { data: unknown }) => data,
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
    writeFileSync(join(root, 'articles', '2016-12-sirte.mdx'), '---\ntitle: "\\u202Eسقوط\\x07 سرت\\uFFFE"\nslug: "2016-12-sirte"\n---\n\nنص\n');
    await mdxAsMarkdown({ base: 'articles' }).load(context());
    expect((store.get('2016-12-sirte')!.data as { title: string }).title).toBe('سقوط سرت');
  });
});
