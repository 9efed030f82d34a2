import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  checkCss,
  checkFonts,
  checkFrame,
  checkHtmlWeight,
  checkImages,
  checkJsBudget,
  checkNoJs,
  chunkImports,
  frameOf,
  pageScripts,
  rangeCovers,
  visibleText,
  withoutAssetHashes,
} from '../../budgets/check.ts';

const TEXT = [
  'قالت القوات الليبية يوم الاثنين إنها على وشك السيطرة على آخر رقعة من الأرض يتحصن فيها مقاتلو التنظيم في سرت.',
  'وسيطر التنظيم على سرت في أوائل عام 2015 وأقام أهم قاعدة له خارج سوريا والعراق وبسط سيطرته على مسافة حوالي 250 كيلومترا.',
  'وشنت قوات تقودها كتائب من مدينة مصراتة الواقعة في غرب ليبيا هجوما مضادا على المتشددين في مايو أيار.',
  'وقال مسعف بمستشفى ميداني خارج سرت إن ثلاثة من قوات مصراتة قتلوا اليوم الاثنين وأصيب 17 آخرون.',
  'ويتشبث المتشددون ببضع عشرات من الأبنية في الجيزة البحرية منذ أسابيع بعد أن فر السكان من المدينة.',
  'وفر تقريبا جميع سكان سرت البالغ عددهم 80 ألفا منذ سيطرة الدولة الإسلامية على المدينة التي ترك القتال أجزاء منها أنقاضا.',
].join(' ');
const FONT_CSS = [400, 700]
  .map((w) => `@font-face{font-family:'Noto Naskh Arabic';font-display:swap;font-weight:${w};src:url(./ar-${w}.woff2) format('woff2');unicode-range:U+0600-06FF,U+0750-077F}`)
  .join('\n');
/** Bytes that gzip cannot shrink, as text. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64');

let dist: string;
const write = (path: string, data: string | Buffer) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), data);
};
const page = (body: string, head = '') =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>سرت</title>` +
  `<link rel="stylesheet" href="/_astro/site.css"><link rel="preload" href="/_astro/ar-400.woff2" as="font" type="font/woff2" crossorigin>` +
  `<link rel="preload" href="/_astro/ar-700.woff2" as="font" type="font/woff2" crossorigin>${head}</head><body><main>${body}</main></body></html>`;

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'budget-fixture-'));
  write('_astro/site.css', `${FONT_CSS}\nbody{margin:0;font-family:'Noto Naskh Arabic'}`);
  write('_astro/ar-400.woff2', randomBytes(40 * 1024));
  write('_astro/ar-700.woff2', randomBytes(40 * 1024));
  write('articles/sirte/index.html', page(`<h1>سرت</h1><p>${TEXT}</p>`));
  write('map/index.html', page(`<p>${TEXT}</p>`, '<script type="module" src="/_astro/map.js"></script>'));
  write('_astro/map.js', `const m=()=>import("./leaflet.js");export{m};`);
  write('_astro/leaflet.js', `export const L=1;`);
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('budgets on a small site within them', () => {
  it('finds nothing wrong with an Arabic reading page that ships no script and two preloaded font weights', () => {
    const checks = [checkNoJs, checkHtmlWeight, checkCss, checkFonts, checkImages];
    expect(checks.flatMap((check) => check(dist, '/articles/sirte/'))).toEqual([]);
  });

  it('follows a lazy import from the map script to the chunk it loads', () => {
    expect(pageScripts(dist, '/map/').map((s) => s.url)).toEqual(['/_astro/map.js', '/_astro/leaflet.js']);
    expect(checkJsBudget(dist, '/map/', BUDGETS.mapJsGz)).toEqual([]);
  });

  it('reads static, dynamic and side-effect imports of a minified chunk, and not bare package names', () => {
    expect(chunkImports(`import{a}from"./a.js";import"./b.js";const c=()=>import('../c.js');import d from"leaflet";`)).toEqual([
      './a.js',
      './b.js',
      '../c.js',
    ]);
  });

  it('recognizes an Arabic subset by its unicode-range, minified or not, and not a Latin one', () => {
    expect(rangeCovers('U+0600-06FF,U+0750-077F', 0x627)).toBe(true);
    expect(rangeCovers('U+6??,U+750-77F', 0x627)).toBe(true);
    expect(rangeCovers('U+0000-00FF,U+0131', 0x627)).toBe(false);
  });

  it('allows a place page of one sentence the shared frame on top of twice its text', () => {
    const frame = `<header><nav data-menu="${noise(700)}">أرشيف ليبيا</nav></header>`;
    write('places/fezzan/index.html', page(`<h1>فزان</h1><p>${TEXT.slice(0, 120)}</p>`).replace('<main>', `${frame}<main>`));
    expect(checkHtmlWeight(dist, '/places/fezzan/')).toHaveLength(1);
    expect(checkHtmlWeight(dist, '/places/fezzan/', { frame: true })).toEqual([]);
    expect(checkFrame(dist, '/places/fezzan/')).toEqual([]);
  });

  it('takes as the frame everything but the content of <main>', () => {
    expect(frameOf('<head><title>سرت</title></head><body><header>أرشيف</header><main id="main"><h1>سرت</h1></main><footer>ف</footer></body>')).toBe(
      '<head><title>سرت</title></head><body><header>أرشيف</header><main id="main"></main><footer>ف</footer></body>',
    );
  });

  it('counts as visible text the words of the page, not its scripts, styles or drawings', () => {
    const html = page('<p>مدينة سرت</p><script>var x=1</script><style>p{}</style><svg><path d="M0 0"/></svg>');
    expect(visibleText(html)).toBe('مدينة سرت');
  });
});

describe('each budget fails on a deliberately oversized asset, naming the page, the asset, its size and the budget', () => {
  it('fails a reading page that loads a script, preloads a module or runs an inline script', () => {
    write(
      'articles/sirte/index.html',
      page(`<p>${TEXT}</p><script>alert("سرت")</script>`, '<script type="module" src="/_astro/page.js"></script><link rel="modulepreload" href="/_astro/dep.js">'),
    );
    expect(checkNoJs(dist, '/articles/sirte/')).toEqual([
      '/articles/sirte/: script /_astro/page.js loaded, budget 0 bytes of JavaScript',
      '/articles/sirte/: module preload /_astro/dep.js, budget 0 bytes of JavaScript',
      '/articles/sirte/: inline script of 15 bytes, budget 0 bytes of JavaScript',
    ]);
  });

  it('fails HTML that weighs more than twice its visible text once gzipped', () => {
    write('articles/sirte/index.html', page(`<p data-blob="${noise(4000)}">${TEXT}</p>`));
    const [message, ...rest] = checkHtmlWeight(dist, '/articles/sirte/');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^\/articles\/sirte\/: HTML articles\/sirte\/index\.html is \d+\.\d KB gzipped, budget 1\.\d KB \(2× its visible text, 0\.\d KB gzipped\)$/);
  });

  it('fails a place page whose own markup outweighs twice its text even with the frame allowed', () => {
    write('places/fezzan/index.html', page(`<h1>فزان</h1><p data-blob="${noise(3000)}">${TEXT.slice(0, 120)}</p>`));
    const [message, ...rest] = checkHtmlWeight(dist, '/places/fezzan/', { frame: true });
    expect(rest).toEqual([]);
    expect(message).toMatch(
      /^\/places\/fezzan\/: HTML places\/fezzan\/index\.html is \d+\.\d KB gzipped, budget \d\.\d KB \(2× its visible text, 0\.\d KB gzipped, plus the shared frame, 0\.\d KB\)$/,
    );
  });

  it('fails a frame over 1.5 KB gzipped, naming the page and its HTML file', () => {
    write('places/fezzan/index.html', page(`<h1>فزان</h1>`).replace('<main>', `<header>${noise(2000)}</header><main>`));
    expect(checkFrame(dist, '/places/fezzan/')).toEqual([
      expect.stringMatching(/^\/places\/fezzan\/: HTML places\/fezzan\/index\.html without its <main> content is \d\.\d KB gzipped, budget 1\.5 KB for the frame pages share$/),
    ]);
  });

  it('fails a page whose CSS is over 10 KB gzipped and names the stylesheet', () => {
    write('_astro/site.css', `${FONT_CSS}\n/* ${noise(14 * 1024)} */`);
    const [message] = checkCss(dist, '/articles/sirte/');
    expect(message).toMatch(/^\/articles\/sirte\/: CSS is 1\d\.\d KB gzipped \(\/_astro\/site\.css 1\d\.\d KB\), budget 10\.0 KB$/);
  });

  it('fails an Arabic font subset over 60 KB, one without font-display: swap, and one that is not preloaded', () => {
    write('_astro/ar-400.woff2', randomBytes(70 * 1024));
    write('_astro/site.css', FONT_CSS.replace('font-display:swap;font-weight:700', 'font-display:block;font-weight:700'));
    write('articles/sirte/index.html', page(`<p>${TEXT}</p>`).replace(/<link rel="preload" href="\/_astro\/ar-700[^>]*>/, ''));
    expect(checkFonts(dist, '/articles/sirte/')).toEqual([
      '/articles/sirte/: font /_astro/ar-400.woff2 is 70.0 KB, budget 60.0 KB per subset',
      '/articles/sirte/: font /_astro/ar-700.woff2 has font-display block, budget: swap',
      '/articles/sirte/: font /_astro/ar-700.woff2 (weight 700) is not preloaded, budget: <link rel=preload as=font> for each weight',
    ]);
  });

  it('fails the map page when a lazy chunk pushes its JavaScript over 60 KB gzipped, naming that chunk', () => {
    write('_astro/leaflet.js', `export const L="${noise(64 * 1024)}";`);
    const [message] = checkJsBudget(dist, '/map/', BUDGETS.mapJsGz);
    expect(message).toMatch(/^\/map\/: JavaScript is 6\d\.\d KB gzipped in 2 files \(largest: \/_astro\/leaflet\.js 6\d\.\d KB, \/_astro\/map\.js 0\.\d KB\), budget 60\.0 KB$/);
  });

  it('fails the timeline page over 35 KB gzipped of JavaScript', () => {
    write('timeline/index.html', page(`<p>${TEXT}</p>`, '<script type="module" src="/_astro/timeline.js"></script>'));
    write('_astro/timeline.js', `export const d3="${noise(38 * 1024)}";`);
    const [message] = checkJsBudget(dist, '/timeline/', BUDGETS.timelineJsGz);
    expect(message).toMatch(/^\/timeline\/: JavaScript is 3\d\.\d KB gzipped in 1 files \(largest: \/_astro\/timeline\.js 3\d\.\d KB\), budget 35\.0 KB$/);
  });

  it('fails an image without size, lazy loading or srcset, and accepts a sized lazy SVG', () => {
    write('articles/sirte/index.html', page(`<p>${TEXT}</p><img src="/sirte.jpg" alt="سرت"><img src="/map.svg" alt="خريطة" width="10" height="10" loading="lazy">`));
    expect(checkImages(dist, '/articles/sirte/')).toEqual([
      '/articles/sirte/: image /sirte.jpg lacks width and height, loading=lazy, srcset, budget: sized, lazy and responsive images',
    ]);
  });
});

describe('the weight of a page’s HTML', () => {
  it('does not count the content hashes in its assets’ names, which change with any stylesheet elsewhere', () => {
    const html = '<link rel="stylesheet" href="/_astro/Base.DBwLj0WR.css"><link rel="preload" href="/archive/_astro/noto-naskh-arabic-arabic-400-normal.U_i0HMfG.woff2" as="font">';
    expect(withoutAssetHashes(html)).toBe('<link rel="stylesheet" href="/_astro/Base.css"><link rel="preload" href="/archive/_astro/noto-naskh-arabic-arabic-400-normal.woff2" as="font">');
    expect(withoutAssetHashes(html.replace('DBwLj0WR', 'cblvAncg'))).toBe(withoutAssetHashes(html));
  });

  it('leaves every other address as it is', () => {
    const html = '<a href="/articles/2016-12-sirte-reuters/">سرت</a><a href="/data/events.geojson">GeoJSON</a>';
    expect(withoutAssetHashes(html)).toBe(html);
  });
});
