import { afterEach, describe, expect, it, vi } from 'vitest';
import { el } from '../../../src/scripts/dom.ts';

/** A document that makes plain records, so that what el() sets on an element can be read back. */
function fakeDocument() {
  vi.stubGlobal('document', { createElement: (tag: string) => ({ tagName: tag.toUpperCase() }) });
}

describe('el, the client scripts’ one element maker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the element its class and its text by name, whichever is given', () => {
    fakeDocument();
    expect(el('a', { className: 'map-popup__title', text: 'سرت' })).toEqual({ tagName: 'A', className: 'map-popup__title', textContent: 'سرت' });
    expect(el('mark', { text: 'سرت' })).toEqual({ tagName: 'MARK', textContent: 'سرت' });
    expect(el('ul', { className: 'inline-list' })).toEqual({ tagName: 'UL', className: 'inline-list' });
    expect(el('li')).toEqual({ tagName: 'LI' });
  });

  it('puts a title holding markup in as text, never as HTML', () => {
    fakeDocument();
    const node = el('a', { text: '<img src=x onerror=alert(1)>سرت' }) as unknown as Record<string, unknown>;
    expect(node.textContent).toBe('<img src=x onerror=alert(1)>سرت');
    expect(node).not.toHaveProperty('innerHTML');
  });
});
