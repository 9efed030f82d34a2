/**
 * Puts a chart drawn by src/lib/timeline/render.ts into the page: element by element with
 * createElementNS, every text through a text node — nothing is parsed as markup.
 */
import type { SvgNode } from '../../lib/timeline/svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The DOM of an SVG tree. */
export function toDom(node: SvgNode | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) if (value !== undefined) element.setAttribute(name, String(value));
  for (const child of node.children) element.append(toDom(child));
  return element;
}
