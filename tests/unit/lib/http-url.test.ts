import { describe, expect, it } from 'vitest';
import { checkHttpUrl, isHttpUrl } from '../../../src/lib/http-url.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { sourceMetaSchema } from '../../../src/schemas/source-meta.ts';

describe('the rule every URL field follows', () => {
  it('accepts an https: or http: address and gives it normalized', () => {
    expect(checkHttpUrl('https://www.reuters.com/article/libya-security-idUSKBN13U1P8')).toEqual({ ok: true, url: 'https://www.reuters.com/article/libya-security-idUSKBN13U1P8' });
    expect(checkHttpUrl('HTTPS://WWW.Alwasat.LY:443/news/libya/125000')).toEqual({ ok: true, url: 'https://www.alwasat.ly/news/libya/125000' });
    expect(checkHttpUrl('http://example.org')).toEqual({ ok: true, url: 'http://example.org/' });
  });

  it('percent-encodes an Arabic path and puts an Arabic host in punycode', () => {
    expect(checkHttpUrl('https://www.aljazeera.net/news/سرت')).toEqual({ ok: true, url: 'https://www.aljazeera.net/news/%D8%B3%D8%B1%D8%AA' });
    expect(checkHttpUrl('https://مثال.ليبيا/')).toEqual({ ok: true, url: 'https://xn--mgbh0fb.xn--mgbb7fyab/' });
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(document.cookie)', 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['file:///etc/passwd', 'file:'],
    ['ftp://example.org/article.txt', 'ftp:'],
    ['mailto:editor@example.org', 'mailto:'],
  ])('refuses %s, naming its scheme', (value, scheme) => {
    expect(checkHttpUrl(value)).toEqual({ ok: false, reason: `is a «${scheme}» address: only http: and https: addresses are allowed — give the address of the article's web page` });
  });

  it('refuses a scheme hidden behind a tab, a line break or leading spaces', () => {
    for (const value of ['java\tscript:alert(1)', 'java\nscript:alert(1)', ' javascript:alert(1)', '\u0000javascript:alert(1)']) {
      expect(isHttpUrl(value), JSON.stringify(value)).toBe(false);
    }
    expect(checkHttpUrl('https://example.org/a b')).toEqual({ ok: false, reason: 'has a space or an invisible character (U+0020) at position 22 — remove it; a space inside an address is written %20' });
    expect(checkHttpUrl('https://example.org/\u202egpj.exe')).toMatchObject({ ok: false, reason: expect.stringContaining('U+202E') });
  });

  it('refuses an address without a scheme, a relative one and one that is not an address', () => {
    for (const value of ['www.alwasat.ly/news', '//evil.example/', '/articles/x/', 'رابط_المقال', '']) {
      expect(checkHttpUrl(value)).toEqual({ ok: false, reason: 'is not a full web address — give it as it appears in the browser, starting with https:// or http://' });
    }
  });

  it('refuses a user name or password before «@», which hides the real host', () => {
    expect(checkHttpUrl('https://www.reuters.com@evil.example/')).toEqual({ ok: false, reason: 'has a user name or password before «@» — give the address without it' });
  });
});

describe('the schemas apply the rule to every URL field', () => {
  const article = {
    title: 'سقوط سرت',
    slug: '2016-12-sirte',
    publisher: null,
    author: null,
    published: { date: '2016-12', approximate: true, basis: 'تقدير' },
    source: { file: 'sources/2016-12-sirte.txt', sha256: 'a'.repeat(64) },
  };

  it('an article keeps its original address normalized and refuses a javascript: one', () => {
    expect(articleSchema.parse({ ...article, url: 'HTTPS://Example.ORG/a' }).url).toBe('https://example.org/a');
    const refused = articleSchema.safeParse({ ...article, url: 'JaVaScRiPt:alert(1)' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['url', "is a «javascript:» address: only http: and https: addresses are allowed — give the address of the article's web page"],
    ]);
  });

  it('a sidecar refuses a data: address and accepts none at all', () => {
    expect(sourceMetaSchema.safeParse({ url: 'data:text/html,<b>x</b>' }).success).toBe(false);
    expect(sourceMetaSchema.parse({ url: null }).url).toBeNull();
    expect(sourceMetaSchema.parse({}).url).toBeUndefined();
  });
});
