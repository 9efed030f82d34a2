/**
 * A saved page's DOM as lines of text, the way a browser's «innerText» lays it out without CSS: one line
 * per block, a blank line around paragraphs and headings. Scripts, styles, templates and form controls
 * give no text; nothing in the page is ever run.
 */

/** Elements whose content is never text a reader sees. */
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD', 'SELECT', 'BUTTON', 'TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH']);
/** Blocks that start a line of their own. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'DETAILS', 'DIALOG', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'SECTION', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'SUMMARY', 'UL',
  'CENTER', 'LEGEND', 'BODY', 'HTML', 'TBODY', 'THEAD', 'TFOOT',
]);
/** Blocks a browser sets apart with a blank line. */
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
}

function hidden(el: DomNode): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  const style = el.getAttribute?.('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) || el.getAttribute?.('aria-hidden') === 'true';
}

/** Elements whose text is a caption of something the article will not show. */
const CAPTIONS = new Set(['FIGCAPTION']);
/** Marks the start and end of a caption's text in the rendered stream (private-use characters). */
const OPEN = '\uE000';
const CLOSE = '\uE001';
/** Marks the start and end of a link's text, when it has any. */
const LINK_OPEN = '\uE002';
const LINK_CLOSE = '\uE003';
const MARKS = /[\uE000-\uE003]/g;
const LINK_MARKS = /([\uE002\uE003])/;

export interface Rendered {
  lines: string[];
  /** Indices of lines that are (part of) a caption. */
  captions: Set<number>;
  /** Indices of lines whose every letter is a link's. */
  linked: Set<number>;
}

/** The text of a node and its descendants, one block a line, blank lines between paragraphs. */
export function renderLines(root: DomNode): string[] {
  return render(root).lines;
}

/** Like renderLines, and which lines came from a caption. */
export function render(root: DomNode): Rendered {
  const out: string[] = [];
  // Line breaks owed at this point: a block asks for one, a paragraph for two; they do not add up.
  let owed = 0;
  // A link's start is written with its first text, so that a link without text leaves no mark.
  let link: 'none' | 'pending' | 'open' = 'none';
  const text = (t: string) => {
    if (t.trim() === '' && owed > 0) return;
    if (owed > 0 && out.length > 0) out.push('\n'.repeat(owed));
    owed = 0;
    if (link === 'pending') {
      out.push(LINK_OPEN);
      link = 'open';
    }
    out.push(t);
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      text((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    // The document itself, or a fragment: walk its children (a saved page may lack <html>).
    if (node.nodeType === 9 || node.nodeType === 11) {
      for (const child of Array.from(node.childNodes)) walk(child);
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SILENT.has(name) || hidden(node)) return;
    if (name === 'BR') {
      owed = Math.max(owed, 1);
      return;
    }
    const mark = PARAGRAPH.has(name) ? 2 : BLOCK.has(name) ? 1 : 0;
    const caption = CAPTIONS.has(name);
    const linking = name === 'A' && link === 'none' && node.hasAttribute?.('href') === true;
    owed = Math.max(owed, mark);
    if (caption) text(OPEN);
    if (linking) link = 'pending';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (linking) {
      if (link === 'open') out.push(LINK_CLOSE);
      link = 'none';
    }
    if (caption) text(CLOSE);
    owed = Math.max(owed, mark);
  };
  walk(root);
  const raw = out
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .split('\n');
  const captions = new Set<number>();
  const linked = new Set<number>();
  let inside = false;
  let inLink = false;
  const lines = raw.map((line, i) => {
    if (line.includes(OPEN) || inside) captions.add(i);
    for (const c of line) if (c === OPEN) inside = true;
    else if (c === CLOSE) inside = false;
    if (line.includes(CLOSE)) captions.add(i);
    // Letters in a link and out of one (a line with no link in it has none of the first).
    let lettersIn = false;
    let lettersOut = false;
    if (inLink || line.includes(LINK_OPEN)) {
      for (const piece of line.split(LINK_MARKS)) {
        if (piece === LINK_OPEN) inLink = true;
        else if (piece === LINK_CLOSE) inLink = false;
        else if (/\p{L}/u.test(piece)) {
          if (inLink) lettersIn = true;
          else lettersOut = true;
        }
      }
    }
    if (lettersIn && !lettersOut) linked.add(i);
    return line.replace(MARKS, '').trim();
  });
  return { lines, captions: new Set([...captions].filter((i) => lines[i] !== '')), linked };
}
