/**
 * Article bodies are text by construction: whatever Markdown an editor writes into a body, its HTML holds
 * only what the archive's bodies are made of — paragraphs, subheadings (h2), quotations, emphasis and links
 * to the site itself — with no attribute but a link's address. Raw HTML, which the Markdown parser keeps
 * as it was typed, is shown as the characters typed; lists, code, tables and other headings become
 * paragraphs and subheadings of their text; a link elsewhere or an image becomes its words. Every text is
 * cleaned of controls (text-hygiene.ts). `npm run check` reports such markup (markup.ts); this makes sure
 * that whatever it did not stop is still only text.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { clean } from './text-hygiene.ts';

/** A path of this site: «/places/sirte/» or «#section», never «//host», a scheme, or a backslash trick. */
export function isSitePath(href: unknown): href is string {
  return typeof href === 'string' && /^(\/(?![/\\])|#)[^\s\\]*$/.test(href);
}

/** Elements whose content is blocks: flattened, their blocks kept. */
const CONTAINERS = new Set([
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'figure',
  'figcaption', 'details', 'summary', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'pre', 'address',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements kept as they are, without attributes, inside a paragraph or subheading. */
const INLINE_KEPT = new Set(['em', 'strong']);

const text = (value: string): Text => ({ type: 'text', value: clean(value) });
const element = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });

/** Phrasing content made text-only: kept emphasis, links to the site, text; everything else as its words. */
function inline(nodes: readonly RootContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    switch (node.type) {
      case 'text':
        return [text(node.value)];
      case 'raw':
        return [text(node.value)];
      case 'comment':
        return [text(`<!--${node.value}-->`)];
      case 'element': {
        if (INLINE_KEPT.has(node.tagName)) return [element(node.tagName, inline(node.children))];
        if (node.tagName === 'a' && isSitePath(node.properties?.href)) return [element('a', inline(node.children), { href: node.properties.href })];
        if (node.tagName === 'br') return [text('\n')];
        if (node.tagName === 'img') return typeof node.properties?.alt === 'string' && node.properties.alt ? [text(node.properties.alt)] : [];
        return inline(node.children);
      }
      default:
        return [];
    }
  });
}

/** Whether phrasing content shows anything: a run of white space between blocks is no paragraph. */
const hasText = (nodes: readonly ElementContent[]) => nodes.some((n) => n.type !== 'text' || n.value.trim() !== '');

const isBlock = (tag: string) => tag === 'p' || tag === 'blockquote' || tag === 'hr' || HEADINGS.has(tag) || CONTAINERS.has(tag);

/** Flow content made text-only: paragraphs, subheadings and quotations; loose phrasing gathered into paragraphs. */
function blocks(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    const children = inline(run);
    if (hasText(children)) out.push(element('p', children));
    else out.push(...children);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'raw' || node.type === 'comment') {
      // HTML typed as a block of its own is a paragraph of its own: the characters typed, line breaks and all.
      flush();
      out.push(element('p', inline([{ ...node, value: node.value.replace(/\n+$/, '') }])));
      continue;
    }
    if (node.type !== 'element' || !isBlock(node.tagName)) {
      run.push(node);
      continue;
    }
    flush();
    if (node.tagName === 'p') out.push(element('p', inline(node.children)));
    else if (HEADINGS.has(node.tagName)) out.push(element('h2', inline(node.children)));
    else if (node.tagName === 'blockquote') out.push(element('blockquote', blocks(node.children) as ElementContent[]));
    else if (node.tagName !== 'hr') out.push(...blocks(node.children));
  }
  flush();
  return out;
}

/** The tree of a rendered body with nothing in it but text and the elements bodies are made of. */
export function textOnly(root: Root): Root {
  return { type: 'root', children: blocks(root.children) };
}

/** Attributes the pipeline may set on a kept element after this: Astro gives each subheading an id from its text. */
const ALLOWED_PROPERTIES: Record<string, readonly string[]> = { a: ['href'], h2: ['id'] };

/** Whether a tree is text-only already (nearly every article, as the ingest writes them), so it need not be rebuilt. */
export function isTextOnly(node: Root | RootContent): boolean {
  switch (node.type) {
    case 'root':
      return node.children.every(isTextOnly);
    case 'text':
      return clean(node.value) === node.value;
    case 'element': {
      const allowed = ALLOWED_PROPERTIES[node.tagName] ?? [];
      const tags = ['p', 'h2', 'blockquote', ...INLINE_KEPT, 'a'];
      if (!tags.includes(node.tagName)) return false;
      if (Object.keys(node.properties ?? {}).some((k) => !allowed.includes(k))) return false;
      if (node.tagName === 'a' && !isSitePath(node.properties?.href)) return false;
      return node.children.every(isTextOnly);
    }
    default:
      return false;
  }
}

/** The Sätteri HAST plugin that makes every rendered body text-only (astro.config.mjs). */
export const textOnlyBodies: HastPluginDefinition = {
  name: 'text-only-bodies',
  after(root, ctx) {
    if (!isTextOnly(root as Root)) ctx.replaceNode(root, textOnly(root as Root) as Parameters<typeof ctx.replaceNode>[1]);
  },
};
