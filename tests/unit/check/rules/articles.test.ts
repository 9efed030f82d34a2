import { describe, expect, it } from 'vitest';
import { checkArticleDates } from '../../../../src/check/rules/article-dates.ts';
import { checkArticlePlaces } from '../../../../src/check/rules/article-places.ts';
import { checkArticles, type CheckedArticle } from '../../../../src/check/rules/articles.ts';
import { checkEvents } from '../../../../src/check/rules/events.ts';
import { checkPlaces } from '../../../../src/check/rules/places.ts';
import { checkSources, type Sources } from '../../../../src/check/rules/sources.ts';
import { checkUnique } from '../../../../src/check/rules/uniqueness.ts';
import { splitFrontmatter } from '../../../../src/lib/frontmatter.ts';

const SHA = 'a'.repeat(64);

/** An article file: valid frontmatter with fields replaced (a value of '' drops the line), then a body. */
function mdx(fields: Record<string, string> = {}, body = 'سيطرت القوات على مدينة سرت يوم الاثنين.'): string {
  const base: Record<string, string> = {
    title: '"سيطرة القوات على سرت"',
    slug: '"2016-12-sirte"',
    publisher: '"رويترز"',
    author: 'null',
    published: '\n  date: "2016-12-05"\n  approximate: false\n  basis: "تاريخ الصفحة"',
    source: `\n  file: "sources/2016-12-sirte.txt"\n  sha256: "${SHA}"`,
    places: '\n  - id: "sirte"\n    count: 1',
  };
  const lines = Object.entries({ ...base, ...fields })
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** The one valid article read from a text, failing the test when the frontmatter did not pass. */
function article(text: string, file = 'content/articles/2016-12-sirte.mdx'): CheckedArticle {
  const { articles, problems } = checkArticles([{ file, text }]);
  expect(problems).toEqual([]);
  return articles[0]!;
}

describe('the articles step', () => {
  it('reads a valid article, and its body as plain text for quotes', () => {
    const { articles, texts, problems } = checkArticles([{ file: 'content/articles/2016-12-sirte.mdx', text: mdx() }]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.data.slug)).toEqual(['2016-12-sirte']);
    expect(texts.get('2016-12-sirte')).toBe('سيطرت القوات على مدينة سرت يوم الاثنين.');
  });

  it('reports a missing title at the frontmatter, and a bad slug at the line of `slug:`', () => {
    const text = mdx({ title: '', slug: '"Sirte 2016"' });
    const { problems } = checkArticles([{ file: 'content/articles/2016-12-sirte.mdx', text }]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['title', 'missing-field'],
      ['slug', 'invalid-value'],
    ]);
    expect(problems[1]?.line).toBe(text.split('\n').indexOf('slug: "Sirte 2016"') + 1);
  });

  it('reports a file without frontmatter on its first line', () => {
    const { problems } = checkArticles([{ file: 'content/articles/x.mdx', text: 'سيطرت القوات على سرت.\n' }]);
    expect(problems).toMatchObject([{ file: 'content/articles/x.mdx', line: 1, code: 'file-shape' }]);
  });

  it('reports a slug that is not the file name', () => {
    const { problems } = checkArticles([{ file: 'content/articles/2016-12-sirte-copy.mdx', text: mdx() }]);
    expect(problems).toMatchObject([{ path: 'slug', code: 'slug-mismatch', line: 3, message: expect.stringContaining('rename the file to 2016-12-sirte.mdx') }]);
  });

  it('splits frontmatter written with Windows line endings', () => {
    expect(splitFrontmatter('---\r\ntitle: "سرت"\r\n---\r\nنص')).toEqual({ yaml: 'title: "سرت"', body: 'نص' });
  });
});

describe('the dates step', () => {
  it('accepts 29 February of a leap year and refuses it in another year', () => {
    const leap = article(mdx({ published: '\n  date: "2016-02-29"\n  approximate: false\n  basis: "تاريخ الصفحة"' }));
    const common = article(mdx({ published: '\n  date: "2015-02-29"\n  approximate: false\n  basis: "تاريخ الصفحة"' }));
    expect(checkArticleDates(leap)).toEqual([]);
    expect(checkArticleDates(common)).toMatchObject([{ path: 'published.date', code: 'bad-date', arg: '«2015-02-29»', line: 7 }]);
  });

  it('refuses a month 13 among the dates the article mentions', () => {
    const a = article(mdx({ dates: '\n  - text: "أبريل 2016"\n    value: "2016-04"\n  - text: "الشهر الثالث عشر"\n    value: "2016-13"' }));
    expect(checkArticleDates(a).map((p) => p.path)).toEqual(['dates[1].value']);
  });
});

describe('the references step', () => {
  it('reports a place id the gazetteer lacks and suggests the nearest («sirt» → «sirte»)', () => {
    const a = article(mdx({ places: '\n  - id: "sirte"\n    count: 2\n  - id: "sirt"\n    count: 1' }));
    const problems = checkArticlePlaces(a, new Set(['sirte', 'misrata']));
    expect(problems).toMatchObject([{ path: 'places[1].id', code: 'unknown-place', arg: 'sirt', message: expect.stringContaining('did you mean «sirte»?') }]);
    expect(checkArticlePlaces(a, new Set(['sirte', 'sirt']))).toEqual([]);
  });
});

describe('the uniqueness step', () => {
  it('reports the second article with a slug or a raw text already used, not the first', () => {
    const first = article(mdx());
    const copy = article(mdx(), 'content/articles/2016-12-sirte.mdx');
    const other = article(mdx({ slug: '"2016-12-other"', source: `\n  file: "sources/2016-12-other.txt"\n  sha256: "${'b'.repeat(64)}"` }), 'content/articles/2016-12-other.mdx');
    expect(checkUnique([first, other])).toEqual([]);
    expect(checkUnique([first, other, copy]).map((p) => [p.path, p.code])).toEqual([
      ['slug', 'duplicate-slug'],
      ['source.sha256', 'duplicate-source'],
    ]);
  });
});

describe('the sources step', () => {
  const meta = { file: 'content/sources/2016-12-sirte.meta.yaml', text: 'slug: 2016-12-sirte\npublisher: رويترز\n' };
  const sources = (hash: string | null, sidecar: typeof meta | null = meta): Sources => ({
    root: 'content',
    hashes: new Map(hash === null ? [] : [['sources/2016-12-sirte.txt', hash]]),
    metas: new Map(sidecar === null ? [] : [['sources/2016-12-sirte.meta.yaml', sidecar]]),
  });
  const a = article(mdx());

  it('passes an article whose raw text has the recorded hash and a valid sidecar', () => {
    expect(checkSources(a, sources(SHA))).toEqual([]);
  });

  it('reports a raw text whose hash differs from the frontmatter, at the line of sha256', () => {
    expect(checkSources(a, sources('c'.repeat(64)))).toMatchObject([{ path: 'source.sha256', code: 'sha256-mismatch', line: 12 }]);
  });

  it('reports a missing raw text and a missing sidecar', () => {
    expect(checkSources(a, sources(null, null)).map((p) => p.code)).toEqual(['missing-source', 'missing-meta']);
  });

  it('reports a misspelt field of the sidecar in the sidecar, at its line', () => {
    const bad = { ...meta, text: 'slug: 2016-12-sirte\npublsher: رويترز\n' };
    expect(checkSources(a, sources(SHA, bad))).toMatchObject([{ file: meta.file, line: 2, path: 'publsher', code: 'unknown-field' }]);
  });

  it('reports a source.file that is not sources/<slug>.txt, and nothing more about it', () => {
    const moved = article(mdx({ source: `\n  file: "sources/elsewhere.txt"\n  sha256: "${SHA}"` }));
    expect(checkSources(moved, sources(SHA))).toMatchObject([{ path: 'source.file', code: 'slug-mismatch' }]);
  });
});

describe('the places and events steps', () => {
  it('reports a missing gazetteer as one problem naming the file', () => {
    expect(checkPlaces(null, 'content').problems).toMatchObject([{ file: 'content/places.yaml', code: 'file-shape' }]);
  });

  it('counts an entry with a bad field and keeps its id known, so references to it are not reported too', () => {
    const text = '- id: sirte\n  name: سرت\n  latin: Sirte\n  kind: village\n  country: LY\n  region: tripolitania\n';
    const result = checkPlaces({ file: 'content/places.yaml', text }, 'content');
    expect(result).toMatchObject({ places: [], entries: 1, problems: [{ path: 'places[0].kind', code: 'invalid-value' }] });
    expect([...result.ids]).toEqual(['sirte']);
  });

  it('points a gazetteer problem at the line of the field, with a path like events.yaml has', () => {
    const text = '- id: sirte\n  name: سرت\n  latin: Sirte\n  kind: city\n  country: LY\n  region: tripolitania\n  lat: 16.588\n  lon: 31.205\n';
    expect(checkPlaces({ file: 'content/places.yaml', text }, 'content').problems).toMatchObject([{ line: 7, path: 'places[0].lat', code: 'coordinates', arg: 'sirte' }]);
  });

  it('finds nothing wrong in an archive without an events file', () => {
    expect(checkEvents(null, { articles: new Map(), placeIds: new Set(), root: 'content' })).toEqual({ events: [], entries: 0, ids: new Set(), problems: [] });
  });

  it('counts every entry of the events file, an invalid one too, and none in a file that does not parse', () => {
    const ctx = { articles: new Map<string, string>(), placeIds: new Set<string>(), root: 'content' };
    const two = { file: 'content/events.yaml', text: 'events:\n  - id: 2016-12-x\n  - title: "تحرير سرت"\n' };
    expect(checkEvents(two, ctx).entries).toBe(2);
    expect(checkEvents({ file: 'content/events.yaml', text: 'events: [\n' }, ctx)).toMatchObject({ entries: 0, problems: [{ code: 'yaml-syntax' }] });
  });

  it('names the article file of the content folder checked when a quote is not found', () => {
    const file = { file: 'other/events.yaml', text: 'events:\n  - id: 2016-12-x\n    title: "تحرير سرت"\n    description: "سيطرت القوات على سرت."\n    type: other\n    date: { value: "2016-12" }\n    claims:\n      - article: 2016-12-sirte\n        quote: "سيطرت القوات على مدينة سرت يوم الثلاثاء الماضي"\n' };
    const { problems } = checkEvents(file, { articles: new Map([['2016-12-sirte', 'سيطرت القوات على مدينة سرت يوم الاثنين.']]), placeIds: new Set(), root: 'other' });
    expect(problems).toMatchObject([{ line: 9, code: 'quote-not-found', message: expect.stringContaining('copy the sentence exactly from other/articles/2016-12-sirte.mdx') }]);
  });
});
