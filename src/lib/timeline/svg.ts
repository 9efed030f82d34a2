/**
 * A small tree of SVG elements, so that one renderer serves the build (written as markup, every text
 * and attribute escaped) and the browser (built with createElementNS and textContent: no markup is ever
 * parsed from data).
 */

/** An element: its tag, its attributes (undefined ones are left out) and its children (strings are text). */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number | undefined>;
  children: (SvgNode | string)[];
}

/** An element of the tree. */
export function h(tag: string, attrs: SvgNode['attrs'] = {}, children: (SvgNode | string)[] = []): SvgNode {
  return { tag, attrs, children };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The tree as markup; text and attribute values are escaped, so a title holding «<script>» stays text. */
export function toSvgString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  const inner = node.children.map(toSvgString).join('');
  return inner === '' ? `<${node.tag}${attrs}/>` : `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}
