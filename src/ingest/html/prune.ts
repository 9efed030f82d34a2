/**
 * A saved page without what no step reads: scripts (JSON-LD excepted), styles, inline SVG, <noscript>,
 * <template> and comments, cut from the markup before the DOM is built. They are often half a news page's
 * bytes; a DOM of them costs time and memory and never shows a word (./render.ts skips them anyway).
 * The scan follows the tokenizer's order: a comment hides a tag, a script's text hides a comment.
 */

/** Elements dropped with their content. A script's or a style's text is raw: it ends at its first end tag. */
const OPEN = /<(script|style|svg|noscript|template)(?=[\s/>])[^>]*>/iy;
/** The one script kept: the page's statements about itself (./read.ts reads JSON-LD). */
const LD_JSON = /\btype\s*=\s*["']?application\/ld\+json/i;

/** The page's markup with those elements and every comment cut out; everything else byte for byte. */
export function pruneHtml(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let from = 0;
  let at = html.indexOf('<');
  while (at >= 0) {
    let stop = -1;
    if (html.startsWith('<!--', at)) {
      // «<!-->» and «<!--->» close at once, as the tokenizer reads them.
      const empty = html.startsWith('<!-->', at) ? 5 : html.startsWith('<!--->', at) ? 6 : 0;
      const end = empty ? at : html.indexOf('-->', at + 4);
      stop = empty ? at + empty : end < 0 ? html.length : end + 3;
    } else {
      OPEN.lastIndex = at;
      const open = OPEN.exec(html);
      if (open && !(open[1]!.toLowerCase() === 'script' && LD_JSON.test(open[0]))) {
        stop = closeOf(html, lower, open[1]!.toLowerCase(), at + open[0].length);
      }
    }
    if (stop >= 0) {
      out.push(html.slice(from, at));
      from = stop;
      at = html.indexOf('<', stop);
    } else {
      at = html.indexOf('<', at + 1);
    }
  }
  out.push(html.slice(from));
  return out.join('');
}

/** Where the element opened before `from` ends, after its end tag; an <svg> may hold another. */
function closeOf(html: string, lower: string, name: string, from: number): number {
  let depth = 1;
  let at = from;
  while (depth > 0) {
    const close = lower.indexOf(`</${name}`, at);
    if (close < 0) return html.length;
    // Only an <svg> nests; a script's or a style's text is never markup.
    if (name === 'svg') {
      for (let inner = lower.indexOf('<svg', at); inner >= 0 && inner < close; inner = lower.indexOf('<svg', inner + 4)) depth += 1;
    }
    depth -= 1;
    const end = html.indexOf('>', close);
    at = end < 0 ? html.length : end + 1;
  }
  return at;
}
