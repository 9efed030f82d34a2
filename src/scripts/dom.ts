/** The one way the client scripts make elements: content goes in as text, never as markup. */

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
