/** The one way the client scripts make elements, HTML and SVG: content goes in as text, never as markup. */

/** What a new element starts with: its class and its text. */
export interface ElementStart {
  className?: string | undefined;
  text?: string | undefined;
}

/** A new `tag` element with the class and text given: el('a', { className: 'map-popup__title', text: place.name }). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, { className, text }: ElementStart = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A new SVG `tag` element with the attributes given, undefined ones left out: svgEl('rect', { x: 0, width: 10 }). */
export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number | undefined> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, String(value));
  return node;
}
