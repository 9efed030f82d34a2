import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleHref, basemapSvgHref, dataHref, eventHref, pageHref, placeHref, sourceHref, sourceViewHref, withBase } from '../../../src/lib/paths.ts';

describe('withBase', () => {
  it('leaves root-relative paths alone when the site is served at the domain root', () => {
    expect(withBase('/', '/articles/2016-12-sirte-reuters/')).toBe('/articles/2016-12-sirte-reuters/');
  });
  it('prefixes the sub-path once, with or without a trailing slash on the base', () => {
    expect(withBase('/archive', '/about/')).toBe('/archive/about/');
    expect(withBase('/archive/', 'about/')).toBe('/archive/about/');
  });
});

describe('the addresses of the site', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('give every kind of page its path at the domain root', () => {
    expect([articleHref('2016-12-sirte-reuters'), sourceHref('2016-12-sirte-reuters'), sourceViewHref('2016-12-sirte-reuters')]).toEqual([
      '/articles/2016-12-sirte-reuters/',
      '/sources/2016-12-sirte-reuters.txt',
      '/articles/2016-12-sirte-reuters/source/',
    ]);
    expect([placeHref('bani-walid'), eventHref('2016-12-sirte-liberated'), dataHref('events.csv'), basemapSvgHref(560)]).toEqual([
      '/places/bani-walid/',
      '/events/2016-12-sirte-liberated/',
      '/data/events.csv',
      '/map/basemap-560.svg',
    ]);
  });

  it('put an anchor after the page it belongs to', () => {
    expect(articleHref('2016-12-sirte-reuters', 'quote-2016-12-sirte-liberated-1')).toBe('/articles/2016-12-sirte-reuters/#quote-2016-12-sirte-liberated-1');
    expect(pageHref('home', 'articles')).toBe('/#articles');
    expect(pageHref('timeline', 'timeline-2016')).toBe('/timeline/#timeline-2016');
  });

  it('are all under the base path the site is built for', () => {
    vi.stubEnv('BASE_URL', '/libya-archive/');
    expect([pageHref('home'), pageHref('search'), placeHref('sirte'), articleHref('x', 'q'), dataHref('datapackage.json')]).toEqual([
      '/libya-archive/',
      '/libya-archive/search/',
      '/libya-archive/places/sirte/',
      '/libya-archive/articles/x/#q',
      '/libya-archive/data/datapackage.json',
    ]);
  });
});
