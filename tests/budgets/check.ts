/**
 * Performance budgets over a built site: each check reads dist/ and returns one message per budget
 * broken, naming the page, the asset, its size and the budget.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startTags } from '../../src/lib/linkcheck/html.ts';

/** The budgets of issue 6; sizes in bytes. */
export const BUDGETS = {
  /** HTML of a reading page, gzipped, at most this many times its visible text, gzipped. */
  htmlToText: 2,
  /** The frame a short page shares with the others (its HTML with the content of <main> left out), gzipped. */
  frameGz: 1.5 * 1024,
  /** CSS a page loads, gzipped. */
  cssGz: 10 * 1024,
  /** One Arabic font subset (woff2 is already compressed). */
  fontWoff2: 60 * 1024,
  /** JavaScript of the map page, gzipped, lazy chunks included. */
  mapJsGz: 60 * 1024,
  /** JavaScript of the timeline page, gzipped, lazy chunks included. */
  timelineJsGz: 35 * 1024,
} as const;

/** Gzipped size in bytes, at the level a static host would use. */
export function gzSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Attributes of every tag `name` in `html`, as lowercase-keyed maps: read by the link checker's tag reader. */
export function tags(html: string, name: string): Record<string, string>[] {
  return startTags(html)
    .filter((t) => t.name === name.toLowerCase())
    .map((t) => Object.fromEntries(t.attrs));
}

/** Contents of the inline <script> elements that browsers execute (JSON data blocks are not code). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1] ?? '') && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1] ?? ''))
    .map((m) => m[2] as string);
}

/** The HTML file of a page path («/about/» → dist/about/index.html, «/404.html» → dist/404.html). */
export function htmlFile(dist: string, page: string): string {
  return page.endsWith('.html') ? join(dist, page) : join(dist, page, 'index.html');
}

const ORIGIN = 'http://site.invalid';

/** The URL path `href` points to from the document at URL path `from`, or null when it leaves the site. */
export function resolveUrl(from: string, href: string): string | null {
  const url = new URL(href, `${ORIGIN}${from}`);
  return url.origin === ORIGIN ? decodeURIComponent(url.pathname) : null;
}

/** The file in dist/ that `href` points to from `from`, or null when it leaves the site. */
function assetFile(dist: string, from: string, href: string): string | null {
  const path = resolveUrl(from, href);
  return path === null ? null : join(dist, path);
}

/** Text a reader sees: the body without scripts, styles, SVG drawings and tags, whitespace folded. */
export function visibleText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style|svg|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reading pages ship no JavaScript: no script file, no module preload, no inline script. */
export function checkNoJs(dist: string, page: string): string[] {
  const html = readFileSync(htmlFile(dist, page), 'utf8');
  const problems: string[] = [];
  for (const s of tags(html, 'script')) if (s.src) problems.push(`${page}: script ${s.src} loaded, budget 0 bytes of JavaScript`);
  for (const l of tags(html, 'link')) {
    if (/modulepreload/i.test(l.rel ?? '') || (/preload/i.test(l.rel ?? '') && l.as === 'script')) {
      problems.push(`${page}: module preload ${l.href}, budget 0 bytes of JavaScript`);
    }
  }
  for (const code of inlineScripts(html)) {
    problems.push(`${page}: inline script of ${Buffer.byteLength(code)} bytes, budget 0 bytes of JavaScript`);
  }
  return problems;
}

/** The page's HTML without the content of its <main>: head, header and footer, which every page repeats. */
export function frameOf(html: string): string {
  return html.replace(/(<main\b[^>]*>)[\s\S]*(<\/main>)/i, '$1$2');
}

/**
 * The HTML with its assets' content hashes taken out of their names («/_astro/Base.DBwLj0WR.css» →
 * «/_astro/Base.css»): eight random characters that gzip cannot shrink, which change whenever a stylesheet
 * changes anywhere, are not the page's own weight.
 */
export function withoutAssetHashes(html: string): string {
  return html.replace(/(\/_astro\/[^"'\s/?#]+?)\.[A-Za-z0-9_-]{8}(\.[a-z0-9]+)(?=["'\s?#)])/g, '$1$2');
}

/**
 * The page's HTML, gzipped, is at most twice its visible text, gzipped. With `frame`, for pages of a few
 * lines (a place named once), the shared frame is allowed on top: its 1.3 KB would alone exceed 2× their text.
 * Asset names are weighed without their content hashes (withoutAssetHashes).
 */
export function checkHtmlWeight(dist: string, page: string, { frame = false } = {}): string[] {
  const file = htmlFile(dist, page);
  const html = withoutAssetHashes(readFileSync(file, 'utf8'));
  const htmlGz = gzSize(html);
  const textGz = gzSize(visibleText(html));
  const frameGz = frame ? gzSize(frameOf(html)) : 0;
  const budget = BUDGETS.htmlToText * textGz + frameGz;
  const rule = `${BUDGETS.htmlToText}× its visible text, ${kb(textGz)} gzipped${frame ? `, plus the shared frame, ${kb(frameGz)}` : ''}`;
  return htmlGz > budget ? [`${page}: HTML ${relative(dist, file)} is ${kb(htmlGz)} gzipped, budget ${kb(budget)} (${rule})`] : [];
}

/** The frame a short page shares with the others is at most 1.5 KB gzipped, so the allowance above stays small. */
export function checkFrame(dist: string, page: string): string[] {
  const file = htmlFile(dist, page);
  const frameGz = gzSize(frameOf(readFileSync(file, 'utf8')));
  return frameGz > BUDGETS.frameGz
    ? [`${page}: HTML ${relative(dist, file)} without its <main> content is ${kb(frameGz)} gzipped, budget ${kb(BUDGETS.frameGz)} for the frame pages share`]
    : [];
}

/** Stylesheets a page links, as files in dist/. */
function stylesheets(dist: string, page: string, html: string): { href: string; file: string }[] {
  return tags(html, 'link')
    .filter((l) => /\bstylesheet\b/i.test(l.rel ?? '') && l.href)
    .flatMap((l) => {
      const file = assetFile(dist, page, l.href as string);
      return file ? [{ href: l.href as string, file }] : [];
    });
}

/** The CSS a page loads (linked files and inline <style>), gzipped, stays within 10 KB. */
export function checkCss(dist: string, page: string): string[] {
  const html = readFileSync(htmlFile(dist, page), 'utf8');
  const parts = stylesheets(dist, page, html).map((s) => ({ name: s.href, gz: gzSize(readFileSync(s.file)) }));
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) parts.push({ name: 'inline <style>', gz: gzSize(m[1] as string) });
  const total = parts.reduce((n, p) => n + p.gz, 0);
  if (total <= BUDGETS.cssGz) return [];
  const assets = parts.map((p) => `${p.name} ${kb(p.gz)}`).join(', ');
  return [`${page}: CSS is ${kb(total)} gzipped (${assets}), budget ${kb(BUDGETS.cssGz)}`];
}

/** One @font-face rule of the page's CSS. */
interface FontFace {
  weight: string;
  display: string | undefined;
  woff2: string | undefined;
  arabic: boolean;
}

/** Whether a CSS unicode-range («U+0600-06FF», minified «U+6??», «U+627») covers `code`. */
export function rangeCovers(range: string, code: number): boolean {
  return range.split(',').some((part) => {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) return false;
    const lo = parseInt((m[1] as string).replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt((m[1] as string).replace(/\?/g, 'f'), 16);
    return lo <= code && code <= hi;
  });
}

/** ARABIC LETTER ALEF: a face whose range covers it is an Arabic subset. */
const ALEF = 0x627;

/** The @font-face rules of a stylesheet, with their woff2 URL resolved against the stylesheet's URL. */
export function fontFaces(css: string, cssUrl: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/gi)].map((m) => {
    const rule = m[1] as string;
    const prop = (name: string) => new RegExp(`${name}\\s*:\\s*([^;]+)`, 'i').exec(rule)?.[1]?.trim();
    const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/i.exec(rule)?.[1];
    return {
      weight: prop('font-weight') ?? '400',
      display: prop('font-display'),
      woff2: url === undefined ? undefined : (resolveUrl(cssUrl, url) ?? url),
      arabic: rangeCovers(prop('unicode-range') ?? '', ALEF),
    };
  });
}

/** Each Arabic subset is ≤ 60 KB woff2 with `font-display: swap`, and each weight's subset is preloaded. */
export function checkFonts(dist: string, page: string): string[] {
  const html = readFileSync(htmlFile(dist, page), 'utf8');
  const faces = stylesheets(dist, page, html).flatMap((s) => fontFaces(readFileSync(s.file, 'utf8'), resolveUrl(page, s.href) ?? s.href));
  const preloaded = new Set(
    tags(html, 'link').flatMap((l) => (/\bpreload\b/i.test(l.rel ?? '') && l.as === 'font' && l.href ? [resolveUrl(page, l.href)] : [])),
  );
  const problems: string[] = [];
  for (const face of faces.filter((f) => f.arabic)) {
    const name = face.woff2 ?? `Arabic face of weight ${face.weight}`;
    if (face.display !== 'swap') problems.push(`${page}: font ${name} has font-display ${face.display ?? 'unset'}, budget: swap`);
    if (!face.woff2) {
      problems.push(`${page}: font of weight ${face.weight} has no woff2 source, budget: one woff2 subset ≤ ${kb(BUDGETS.fontWoff2)}`);
      continue;
    }
    const file = assetFile(dist, page, face.woff2);
    const size = file && existsSync(file) ? statSync(file).size : 0;
    if (size > BUDGETS.fontWoff2) problems.push(`${page}: font ${face.woff2} is ${kb(size)}, budget ${kb(BUDGETS.fontWoff2)} per subset`);
    if (!preloaded.has(face.woff2)) problems.push(`${page}: font ${face.woff2} (weight ${face.weight}) is not preloaded, budget: <link rel=preload as=font> for each weight`);
  }
  if (!faces.some((f) => f.arabic)) problems.push(`${page}: no Arabic @font-face in its CSS, budget: one Arabic subset per weight`);
  return problems;
}

/** Relative imports of a JS chunk, static and dynamic («import("./x.js")», «from"./x.js"», «import"./x.js"»). */
export function chunkImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+\.m?js)["'`]/g)) found.add(m[1] as string);
  return [...found];
}

/** Every JS file a page may load: its scripts, module preloads and everything they import, lazily or not. */
export function pageScripts(dist: string, page: string): { url: string; gz: number }[] {
  const html = readFileSync(htmlFile(dist, page), 'utf8');
  const from = (base: string) => (href: string) => resolveUrl(base, href) ?? [];
  const queue = [
    ...tags(html, 'script').flatMap((s) => (s.src ? from(page)(s.src) : [])),
    ...tags(html, 'link').flatMap((l) => (/modulepreload/i.test(l.rel ?? '') && l.href ? from(page)(l.href) : [])),
  ];
  const seen = new Map<string, number>();
  inlineScripts(html).forEach((code, i) => {
    seen.set(`inline script ${i + 1}`, gzSize(code));
    queue.push(...chunkImports(code).flatMap(from(page)));
  });
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    const file = join(dist, url);
    if (seen.has(url) || !existsSync(file)) continue;
    const code = readFileSync(file);
    seen.set(url, gzSize(code));
    queue.push(...chunkImports(code.toString('utf8')).flatMap(from(url)));
  }
  return [...seen].map(([url, gz]) => ({ url, gz }));
}

/** A page's JavaScript, gzipped, lazy chunks included, stays within `budget` bytes. */
export function checkJsBudget(dist: string, page: string, budget: number): string[] {
  const scripts = pageScripts(dist, page);
  const total = scripts.reduce((n, s) => n + s.gz, 0);
  if (total <= budget) return [];
  const largest = [...scripts].sort((a, b) => b.gz - a.gz).slice(0, 3).map((s) => `${s.url} ${kb(s.gz)}`).join(', ');
  return [`${page}: JavaScript is ${kb(total)} gzipped in ${scripts.length} files (largest: ${largest}), budget ${kb(budget)}`];
}

/** Images are sized (width and height), lazy, and responsive (srcset) when raster. */
export function checkImages(dist: string, page: string): string[] {
  const html = readFileSync(htmlFile(dist, page), 'utf8');
  const problems: string[] = [];
  for (const img of tags(html, 'img')) {
    const name = img.src ?? '(no src)';
    const missing = [
      !img.width || !img.height ? 'width and height' : '',
      img.loading !== 'lazy' ? 'loading=lazy' : '',
      /\.(png|jpe?g|webp|avif|gif)(\?|$)/i.test(img.src ?? '') && !img.srcset ? 'srcset' : '',
    ].filter(Boolean);
    if (missing.length > 0) problems.push(`${page}: image ${name} lacks ${missing.join(', ')}, budget: sized, lazy and responsive images`);
  }
  return problems;
}
