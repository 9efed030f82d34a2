import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageAnchors, pageLinks, srcsetUrls } from '../../../src/lib/linkcheck/html.ts';
import { checkLinks, formatBroken } from '../../../src/lib/linkcheck/index.ts';
import { fileUrl, normalizeBase, urlFile } from '../../../src/lib/linkcheck/site.ts';

/** A two-page site built for /archive/ with one of each defect (see its index.html). */
const FIXTURE = 'tests/fixtures/linkcheck/site';

describe('reading links and anchors out of a page', () => {
  it('finds href, src and each srcset URL, with entities decoded', () => {
    const links = pageLinks('<a href="/a/?x=1&amp;y=2">أ</a><img src="/m.svg" srcset="/m.svg 1x, /m-2x.svg 2x" alt="خريطة">');
    expect(links).toEqual([
      { url: '/a/?x=1&y=2', where: 'a[href]' },
      { url: '/m.svg', where: 'img[src]' },
      { url: '/m.svg', where: 'img[srcset]' },
      { url: '/m-2x.svg', where: 'img[srcset]' },
    ]);
  });

  it('ignores what only looks like a link: script bodies, comments and escaped raw text', () => {
    const html = '<script type="application/ld+json">{"x":"<a href=\\"/nope/\\">"}</script><!-- <a href="/old/"> --><pre>&lt;a href="/raw/"&gt;</pre>';
    expect(pageLinks(html)).toEqual([]);
  });

  it('reads srcset URLs with commas inside them and width descriptors', () => {
    expect(srcsetUrls('/img,1.png 480w,/img,2.png 960w')).toEqual(['/img,1.png', '/img,2.png']);
    expect(srcsetUrls('/sirte.png')).toEqual(['/sirte.png']);
  });

  it('collects ids, Arabic ones included, and the names of <a> elements as anchors', () => {
    expect([...pageAnchors('<h2 id="مصادر">المصادر</h2><a name="old-anchor"></a><meta name="description">')]).toEqual(['مصادر', 'old-anchor']);
  });
});

describe('URLs and files under a base path', () => {
  it('normalizes the base path whatever its slashes', () => {
    expect(normalizeBase('archive')).toBe('/archive/');
    expect(normalizeBase('/archive/')).toBe('/archive/');
    expect(normalizeBase('/')).toBe('/');
  });

  it('serves a folder from its index.html, at the root and under a sub-path', () => {
    expect(fileUrl('about/index.html', '/archive/')).toBe('/archive/about/');
    expect(fileUrl('index.html', '/')).toBe('/');
    expect(urlFile(FIXTURE, '/archive/about/', '/archive/')).toEqual({ file: 'about/index.html' });
    expect(urlFile(FIXTURE, '/archive/', '/archive/')).toEqual({ file: 'index.html' });
    expect(urlFile(FIXTURE, '/archive/_astro/map.svg', '/archive/')).toEqual({ file: '_astro/map.svg' });
  });

  it('says why a URL has no file: outside the base, missing, or climbing out of the site', () => {
    expect(urlFile(FIXTURE, '/about/', '/archive/')).toEqual({ why: 'outside the base path /archive/' });
    expect(urlFile(FIXTURE, '/archive/places/sirte/', '/archive/')).toEqual({ why: 'no such file in the build' });
    expect(urlFile(FIXTURE, '/archive/%2e%2e/etc/passwd', '/archive/')).toEqual({ why: 'climbs out of the site' });
  });
});

describe('checking every link of a built site', () => {
  const broken = checkLinks({ dist: FIXTURE, base: '/archive/', site: 'https://archive.example.org' });

  it('reports the broken link, the broken anchors, the link without the base path and the missing srcset image, and nothing else', () => {
    expect(formatBroken(broken).split('\n')).toEqual([
      '/archive/ → /archive/about/#missing: no element with id «missing» in /archive/about/',
      '/archive/ → /archive/articles/2016-12-sirte-gone/: no such file in the build',
      '/archive/ → /about/: outside the base path /archive/',
      '/archive/ → #nowhere: no element with id «nowhere» in /archive/',
      '/archive/ → /archive/_astro/map-2x.svg: no such file in the build',
    ]);
  });

  it('accepts relative links, percent-encoded Arabic anchors, text fragments, #top and its own canonical URL, all present in the fixture', () => {
    const links = broken.map((b) => b.link);
    // Written in the fixture, so the exact list above shows each of them is accepted, not merely absent.
    const written = new Set(['index.html', 'about/index.html'].flatMap((f) => pageLinks(readFileSync(`${FIXTURE}/${f}`, 'utf8')).map((l) => l.url)));
    for (const fine of ['about/#method', '/archive/about/#%D9%85%D8%B5%D8%A7%D8%AF%D8%B1', '/archive/about/#:~:text=%D8%B3%D8%B1%D8%AA', '#top', 'https://archive.example.org/archive/', '../', '/archive/#intro']) {
      expect(written).toContain(fine);
      expect(links).not.toContain(fine);
    }
  });

  it('checks absolute links to the site itself only when told its origin', () => {
    const withSite = checkLinks({ dist: 'tests/fixtures/linkcheck/site', base: '/', site: 'https://archive.example.org' });
    expect(withSite.find((b) => b.link === 'https://archive.example.org/archive/')?.why).toBe('no such file in the build');
    const withoutSite = checkLinks({ dist: 'tests/fixtures/linkcheck/site', base: '/' });
    expect(withoutSite.find((b) => b.link.startsWith('https://'))).toBeUndefined();
  });
});

describe('reading links with character references', () => {
  it('keeps an out-of-range reference as written instead of stopping the whole check', () => {
    expect(pageLinks('<a href="/x&#1114112;/">x</a><a href="/a&amp;b/">y</a>').map((l) => l.url)).toEqual(['/x&#1114112;/', '/a&b/']);
  });
});
