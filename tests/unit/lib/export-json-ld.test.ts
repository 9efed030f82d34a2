import { describe, expect, it } from 'vitest';
import { newsArticle, scriptJson } from '../../../src/lib/export/json-ld.ts';

const copy = { url: 'https://example.org/articles/2016-12-sirte-reuters/', archiveName: 'أرشيف ليبيا', archiveUrl: 'https://example.org/' };

describe('newsArticle', () => {
  const ld = newsArticle(
    { headline: 'سقوط سرت', publisher: 'رويترز', author: 'خالد الغالي', datePublished: '2016-12', url: 'https://news.example/sirte' },
    copy,
  ) as Record<string, any>;

  it('names the archive as publisher of the copy and the original article in isBasedOn', () => {
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.publisher.name).toBe('أرشيف ليبيا');
    expect(ld.url).toBe(copy.url);
    expect(ld.isBasedOn).toMatchObject({ '@type': 'NewsArticle', headline: 'سقوط سرت', url: 'https://news.example/sirte' });
    expect(ld.isBasedOn.publisher).toEqual({ '@type': 'Organization', name: 'رويترز' });
    expect(ld.isBasedOn.author).toEqual({ '@type': 'Person', name: 'خالد الغالي' });
  });

  it('keeps the publication date at its known precision: a month stays «2016-12», never a made-up day', () => {
    expect(ld.isBasedOn.datePublished).toBe('2016-12');
  });

  it('leaves out the publisher, author and URL the text does not reveal instead of inventing them', () => {
    const bare = newsArticle({ headline: 'ملاذات التنظيم', publisher: null, author: null, datePublished: '2016', url: null }, copy) as Record<string, any>;
    expect(bare.isBasedOn).not.toHaveProperty('publisher');
    expect(bare.isBasedOn).not.toHaveProperty('author');
    expect(bare.isBasedOn).not.toHaveProperty('url');
    expect(bare).not.toHaveProperty('author');
    expect(bare.isBasedOn.datePublished).toBe('2016');
  });
});

describe('scriptJson', () => {
  it('escapes «<» so a headline holding «</script>» cannot close the JSON-LD block, and parses back unchanged', () => {
    const value = { headline: 'عنوان </script><script>alert(1)</script> <!-- تعليق' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/</);
    expect(JSON.parse(text)).toEqual(value);
  });
});
