/**
 * URL text fragments (`#:~:text=…`, WICG Scroll-to-Text): a link that opens an article scrolled to a
 * quoted sentence, highlighted by the browser, without any script on either page.
 */

/** Percent-encodes a fragment term: the directive's own syntax characters («-», «,», «&») included. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The directive for a quote (without the leading «#»): the whole quote when it is short, otherwise
 * its first and last `words` words as «text=start,end», so a small difference in the middle of a
 * long quote (punctuation, a hamza) does not stop the browser from finding it.
 */
export function textFragment(quote: string, words = 5): string {
  const tokens = quote.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return '';
  if (tokens.length <= words * 2) return `:~:text=${encodeTerm(tokens.join(' '))}`;
  const start = tokens.slice(0, words).join(' ');
  const end = tokens.slice(-words).join(' ');
  return `:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/** A link to `pageHref` that scrolls to `anchor` (when the page has it) and highlights the quote. */
export function quoteLink(pageHref: string, quote: string, anchor = ''): string {
  const directive = textFragment(quote);
  return directive || anchor ? `${pageHref}#${anchor}${directive}` : pageHref;
}
