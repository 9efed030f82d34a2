/** Reads the links and the anchor targets out of one HTML page, without a DOM. */
import { decodeReferences } from '../mdx-text.ts';

/** A URL the page refers to, with the element and attribute it came from. */
export interface PageLink {
  /** The URL as written (entities decoded), e.g. «../about/#method». */
  url: string;
  /** Where it was found, e.g. «a[href]» or «img[srcset]». */
  where: string;
}

/** Text that holds no markup of the page: script and style bodies, comments (their «href=» is not a link). */
function withoutRawText(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|template|textarea)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>');
}

/** Each start tag of the page: its name in lower case and its attributes (names in lower case, values decoded). */
export function startTags(html: string): { name: string; attrs: Map<string, string> }[] {
  const tags: { name: string; attrs: Map<string, string> }[] = [];
  for (const tag of withoutRawText(html).matchAll(/<([a-zA-Z][\w:-]*)(\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of (tag[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeReferences(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name: tag[1]!.toLowerCase(), attrs });
  }
  return tags;
}

/** The URLs of a srcset value, read as the HTML standard does: «a.png 1x, b.png 2x» → «a.png», «b.png». */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  while (rest !== '') {
    rest = rest.replace(/^[\s,]+/, '');
    const url = /^\S+/.exec(rest)?.[0];
    if (!url) break;
    rest = rest.slice(url.length);
    // A URL ending in commas has no descriptors; otherwise descriptors run to the next comma.
    if (url.endsWith(',')) urls.push(url.replace(/,+$/, ''));
    else {
      urls.push(url);
      const comma = rest.indexOf(',');
      rest = comma === -1 ? '' : rest.slice(comma + 1);
    }
  }
  return urls;
}

/** Every href, src and srcset URL of the page, in document order. */
export function pageLinks(html: string): PageLink[] {
  const links: PageLink[] = [];
  for (const { name, attrs } of startTags(html)) {
    for (const attr of ['href', 'src'] as const) {
      const value = attrs.get(attr);
      if (value !== undefined) links.push({ url: value.trim(), where: `${name}[${attr}]` });
    }
    const srcset = attrs.get('srcset');
    if (srcset !== undefined) for (const url of srcsetUrls(srcset)) links.push({ url, where: `${name}[srcset]` });
  }
  return links;
}

/** The fragment identifiers a link can target in the page: every id, and the name of every <a>. */
export function pageAnchors(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const { name, attrs } of startTags(html)) {
    const id = attrs.get('id');
    if (id) anchors.add(id);
    const anchorName = attrs.get('name');
    if (name === 'a' && anchorName) anchors.add(anchorName);
  }
  return anchors;
}
