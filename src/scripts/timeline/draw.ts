/**
 * Puts a chart drawn by src/lib/timeline/render.ts into the page, element by element with the one DOM
 * helper: every text goes in as a text node, nothing is parsed as markup.
 */
import type { SvgNode } from '../../lib/timeline/svg.ts';
import { svgEl } from '../dom.ts';

/** The DOM of an SVG tree. */
export function toDom(node: SvgNode): SVGElement {
  const element = svgEl(node.tag as keyof SVGElementTagNameMap, node.attrs);
  element.append(...node.children.map((child) => (typeof child === 'string' ? child : toDom(child))));
  return element;
}
