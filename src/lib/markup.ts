/**
 * Markup in an article body: what Markdown, MDX or HTML would read as something other than text. The
 * ingest escapes all of it (src/ingest/steps/escape.ts), so markup in a body was written by hand; the
 * check reports each line that has some, and the site renders it as text anyway (body-html.ts). A
 * character escaped with a backslash or written as a reference (&lt; &#123;) is text, not markup.
 */

/** What kind of markup: each has its own fix. */
export type MarkupKind = 'html' | 'jsx' | 'expression' | 'esm' | 'link' | 'image' | 'autolink';

/** One piece of markup in a text. */
export interface MarkupFinding {
  /** 1-based line of the text. */
  line: number;
  /** 1-based column of its first character (in UTF-16 code units). */
  column: number;
  kind: MarkupKind;
  /** The markup as written, cut to a readable length. */
  text: string;
}

/** How much of the markup a message quotes. */
const QUOTED = 40;

/** A character is escaped when an odd number of backslashes comes right before it. */
function escaped(line: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && line[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** The index of the first unescaped `char` of `line` at or after `from`, or -1. */
function unescapedIndex(line: string, char: string, from: number): number {
  for (let i = line.indexOf(char, from); i !== -1; i = line.indexOf(char, i + 1)) if (!escaped(line, i)) return i;
  return -1;
}

/** `<scheme:…>` or `<name@host>`: a CommonMark autolink. */
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)>/;
/** What opens an HTML or JSX construct after «<»: a tag, a closing tag, a comment, a declaration, a processing instruction, a fragment. */
const TAG = /^<(?:(\/?)([\p{L}_$][\p{L}\p{N}_$.:-]*)|!--|![A-Za-z[]|\?|>|\/>)/u;

/** The kind of markup a «<» at `at` opens, with its text, or undefined when it is a plain «<». */
function angle(line: string, at: number): { kind: MarkupKind; text: string } | undefined {
  const rest = line.slice(at);
  const auto = AUTOLINK.exec(rest);
  if (auto) return { kind: 'autolink', text: auto[0] };
  const tag = TAG.exec(rest);
  if (!tag) return undefined;
  const end = rest.indexOf('>');
  const text = end === -1 ? rest : rest.slice(0, end + 1);
  // A lowercase ASCII name is HTML; a capitalized, dotted or non-Latin name, or a fragment, is JSX (MDX reads both).
  const name = tag[2];
  const jsx = name === undefined ? rest.startsWith('<>') || rest.startsWith('</>') : !/^[a-z][a-z0-9-]*$/.test(name);
  return { kind: jsx ? 'jsx' : 'html', text };
}

/** A Markdown link or image whose «[» is at `at`: `[words](address)`, `[words][label]` or a definition `[label]: address`. */
function bracket(line: string, at: number): { kind: MarkupKind; start: number; text: string } | undefined {
  const close = unescapedIndex(line, ']', at + 1);
  if (close === -1) return undefined;
  const next = line[close + 1];
  const image = at > 0 && line[at - 1] === '!' && !escaped(line, at - 1);
  const start = image ? at - 1 : at;
  if (next === '(' || next === '[') {
    const end = next === '(' ? balancedEnd(line, close + 1, '(', ')') : unescapedIndex(line, ']', close + 2);
    return { kind: image ? 'image' : 'link', start, text: line.slice(start, end === -1 ? undefined : end + 1) };
  }
  if (next === ':' && /^ {0,3}$/.test(line.slice(0, at))) return { kind: 'link', start, text: line.slice(start) };
  return undefined;
}

/** A line MDX reads as JavaScript: `import …` or `export …` at its start. */
const ESM = /^(import|export)(?=[\s{*]|$)/;

/** The index of the `close` that balances the `open` at `at` (a link's «(», an expression's «{»), or -1. */
function balancedEnd(line: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at; i < line.length; i++) {
    if (escaped(line, i)) continue;
    if (line[i] === open) depth++;
    else if (line[i] === close && --depth === 0) return i;
  }
  return -1;
}

/** The MDX expression whose «{» is at `at`, up to its closing brace when it is on the line. */
function expression(line: string, at: number): string {
  const end = balancedEnd(line, at, '{', '}');
  return line.slice(at, end === -1 ? undefined : end + 1);
}

const quoted = (text: string) => (text.length > QUOTED ? `${text.slice(0, QUOTED - 1)}…` : text);

/** The markup of one line, in order. */
function lineMarkup(line: string, lineNo: number): MarkupFinding[] {
  const found: MarkupFinding[] = [];
  const add = (at: number, kind: MarkupKind, text: string) => found.push({ line: lineNo, column: at + 1, kind, text: quoted(text) });
  const esm = ESM.exec(line);
  if (esm) add(0, 'esm', line);
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c !== '<' && c !== '{' && c !== '[') || escaped(line, i)) continue;
    if (c === '{') {
      const text = expression(line, i);
      add(i, 'expression', text);
      i += text.length - 1;
    } else if (c === '<') {
      const found = angle(line, i);
      if (found) {
        add(i, found.kind, found.text);
        i += found.text.length - 1;
      }
    } else {
      const found = bracket(line, i);
      if (found) {
        add(found.start, found.kind, found.text);
        i = found.start + found.text.length - 1;
      }
    }
  }
  return found;
}

/** Characters without which a text has no markup: most bodies are skipped after one scan. */
const MAYBE = /[<{[]|^(?:import|export)/m;

/** Every piece of markup in `text` (an article body), by line and column. */
export function findMarkup(text: string): MarkupFinding[] {
  if (!MAYBE.test(text)) return [];
  return text.split(/\r\n?|\n/).flatMap((line, i) => lineMarkup(line, i + 1));
}

/** True when `text` has any markup: the predicate the check and the tests share. */
export function hasMarkup(text: string): boolean {
  return findMarkup(text).length > 0;
}

/** What each kind of markup is, and how to write the same words as text. */
export const MARKUP_FIXES: Record<MarkupKind, { what: string; fix: string }> = {
  html: { what: 'HTML', fix: 'write «<» as &lt; so that it shows as text, or remove the tag' },
  jsx: { what: 'JSX', fix: 'write «<» as &lt; so that it shows as text, or remove the component' },
  expression: { what: 'an MDX expression', fix: 'write the braces as &#123; and &#125; so that they show as text, or remove them' },
  esm: { what: 'an MDX import or export', fix: 'write the first letter as a reference (&#105;mport, &#101;xport) so that the line shows as text' },
  link: { what: 'a Markdown link', fix: 'keep the words and remove the brackets and address: bodies have no links (the original address belongs in the url field)' },
  image: { what: 'a Markdown image', fix: 'remove it: bodies have no images' },
  autolink: { what: 'a link in angle brackets', fix: 'write the address without «<» and «>», or write «<» as &lt;' },
};
