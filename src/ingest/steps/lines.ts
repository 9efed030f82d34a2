/** Step 2 — text to numbered lines, the unit every later step reasons about. */
import type { RemovalReason } from '../../schemas/article.ts';

/** One line of the raw file: its 1-based number and its text without surrounding white space or list marker. */
export interface Line {
  n: number;
  text: string;
  /** The whole line is the words of a link (a Markdown link, an HTML <a>): a teaser, a menu item, a tag, hardly ever the article's. */
  linked?: boolean;
}

/** A line (or a fragment of one) left out of the article, and why. */
export interface Removed {
  line: number;
  text: string;
  reason: RemovalReason;
}

/** A bullet a text-mode browser or a copy from a list puts before an item: a glyph that is never text. */
const GLYPH_MARKER = /^[•◦▪▫□■○●·‣►▸]\s+(?=\S)/u;
/** An ASCII list marker (lynx writes «* », «+ », «o », «# »): one only when the page uses it for many lines. */
const ASCII_MARKER = /^([*+o#])\s+(?=\S)/;
/** Lines that must start with the same ASCII marker before it is read as the page's list marker. */
const MARKED_LINES = 3;

/**
 * Splits decoded text into numbered lines; non-breaking and odd spaces become plain spaces, a paragraph a
 * dump wrapped at a fixed width is one line again (numbered by its first), list markers go.
 */
export function toLines(text: string): Line[] {
  const raws = text.split('\n').map((raw) => raw.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/[ \t]+$/g, ''));
  const width = wrapWidth(raws);
  const lines: Line[] = [];
  for (let i = 0; i < raws.length; i += 1) {
    const n = i + 1;
    let text = raws[i]!.trim();
    // A break the width forced: the next line's first word would not have fitted on this one.
    while (width !== null && text !== '' && i + 1 < raws.length && wrapped(raws[i]!, raws[i + 1]!, width)) {
      i += 1;
      text = `${text} ${raws[i]!.trim()}`;
    }
    lines.push({ n, text });
  }
  return withoutListMarkers(withoutMarkup(lines));
}

/** Markdown's links, pictures and headings (a page saved as Markdown by a reader or a converter). */
const MD_TARGET = String.raw`\((?:\\.|[^)\s\\])*(?:\s+"[^"]*")?\)`;
const MD_LINK_END = new RegExp(String.raw`\]${MD_TARGET}`, 'g');
const MD_LINK = new RegExp(String.raw`\[([^\]]*)\]${MD_TARGET}`, 'g');
const MD_PICTURE = new RegExp(String.raw`!\[[^\]]*\]${MD_TARGET}`, 'g');
/** A line that is one picture, maybe linked: it stands for the picture as «[alt]» does in a text browser's dump. */
const MD_PICTURE_LINE = new RegExp(String.raw`^(?:[*+-]\s+)?\[?!\[([^\]]*)\]${MD_TARGET}(?:\]${MD_TARGET})?$`);
const MD_HEADING = /^#{1,6}\s+(?=\S)/;
/** Lines that show a converter's way on a page (Markdown's links, html2text's «_», lynx's «[12]»): this many. */
const CONVERTER_LINES = 3;

/** «[12]» before a link's words, and the list of numbered addresses («12. https://…») it refers to at the page's end (`lynx -dump`). */
const LINK_NUMBERS = /\[\d+\]/g;
const LINK_LIST = /^(?:References|Visible links:?|Hidden links:?)$/;

/**
 * Arabic words a converter joined with «_» (html2text underlines a link so: «وزارة_العمل»). A hashtag
 * («#ليبيا_الآن») is written so on purpose; an address, a file name or an identifier («a_b.gif») is no text.
 */
const UNDERLINED = /(?<=^|\s)(?![#@])[^\s/=@]*\p{sc=Arabic}_\p{sc=Arabic}/u;
const NOT_WORDS = /^[#@]|[/=@]|\.[A-Za-z]/;

/** «وزارة_العمل،_أمس» → «وزارة العمل، أمس», «_اسم_» → «اسم»; hashtags, addresses and file names as they are. */
const ununderlined = (text: string): string =>
  text
    .replace(/\S*_\S*/g, (token) => (NOT_WORDS.test(token) ? token : token.replaceAll('_', ' ')))
    .replace(/ {2,}/g, ' ')
    .trim();

/**
 * The words of a line without a converter's markup: «****** عنوان ******» (html2text's headings), the «_»
 * it puts between a link's words when many lines have them, lynx's «[12]» before a link when the page ends
 * with the list of its links, and on a Markdown page «# عنوان», «[نص](… "…")», «![صورة](…)», «**نص**», a
 * link's «[» and «](…)» left alone on their lines, a heading's «====» underline, backslash escapes. A
 * browser's text has none of these. A line that was all a link is marked so.
 */
export function withoutMarkup(lines: Line[]): Line[] {
  const referenced = lines.some((l) => LINK_LIST.test(l.text)) && lines.filter((l) => l.text.search(LINK_NUMBERS) >= 0).length >= CONVERTER_LINES;
  const markdown = lines.filter((l) => MD_HEADING.test(l.text) || l.text.search(MD_LINK_END) >= 0).length >= CONVERTER_LINES;
  const underlined = lines.filter((l) => UNDERLINED.test(l.text)).length >= CONVERTER_LINES;
  // Inside a link that spans lines: from a «[» alone on its line to the «](…)» that closes it.
  let inLink = false;
  // In lynx's list of the page's links, after its «References» heading.
  let inList = false;
  return lines.map((l) => {
    let text = underlined ? ununderlined(l.text) : l.text;
    if (referenced) {
      inList ||= LINK_LIST.test(text);
      text = inList ? text.replace(/^\d+\.\s+(?=\S+$)/, '') : text.replace(LINK_NUMBERS, '').trim();
    }
    text = text.replace(/^\*{2,}\s*([^*\s].*?)\s*\*{2,}$/, '$1');
    let linked = false;
    if (markdown) {
      if (/^\[$/.test(text)) inLink = true;
      else if (inLink && /^\]\(/.test(text)) inLink = false;
      const words = text.replace(MD_PICTURE, '');
      linked = (inLink && text !== '[') || (words.search(MD_LINK) >= 0 && !/\p{L}/u.test(words.replace(MD_LINK, '')));
      const picture = MD_PICTURE_LINE.exec(text);
      text = (picture ? `[${picture[1]!.trim()}]` : text)
        .replace(MD_PICTURE, '')
        .replace(MD_LINK, '$1')
        .replace(MD_LINK_END, '')
        .replace(MD_HEADING, '')
        .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1')
        .replace(/^\[$|^[=~-]{3,}$/, '')
        .replace(/\\([\\`*_{}[\]()#+.!-])/g, '$1')
        .trim();
    }
    if (linked && text !== '') return { n: l.n, text, linked };
    return text === l.text ? l : { n: l.n, text };
  });
}

/** Columns a line takes in a terminal: its characters less the marks (harakat) that sit on them. */
function columns(text: string): number {
  return text.replace(/\p{M}/gu, '').length;
}

/** A word no wrapper breaks that may be wider than the page: an address, a run of data. */
const UNBREAKABLE = /:\/\/|\S{40}/;

/** Full lines of a wrapped dump: this many at least, and this share of its long lines. */
const WRAPPED_LINES = 6;
const WRAPPED_SHARE = 0.25;
/** How much shorter than the width a full line may be: the longest word that would not fit after it. */
const WRAP_SLACK = 14;
/** Lines shorter than this say nothing about wrapping: menus, labels, dates. */
const LONG_LINE = 30;

/**
 * The width a dump was hard-wrapped at (`w3m -dump`, `lynx -dump`, a terminal's copy, an e-mail), or null.
 * Wrapping leaves no line of several words wider than one width and many just under it; a browser's text
 * has paragraphs of every length on one line each, so its widest line has few others near it.
 */
export function wrapWidth(raws: readonly string[]): number | null {
  // A line of one word, or with an address or a run of data in it, cannot be wrapped and may stand out over the width.
  const widths = raws.filter((r) => /\S\s+\S/.test(r.trim()) && !UNBREAKABLE.test(r)).map(columns).filter((w) => w >= LONG_LINE);
  if (widths.length < WRAPPED_LINES) return null;
  const width = Math.max(...widths);
  const full = widths.filter((w) => w >= width - WRAP_SLACK).length;
  return full >= WRAPPED_LINES && full >= WRAPPED_SHARE * widths.length ? width : null;
}

/** A raw line's words without its list marker. */
const unmarked = (raw: string): string => raw.trim().replace(GLYPH_MARKER, '').replace(ASCII_MARKER, '');

/** Columns a wrapper may count differently from ours (a bidirectional line, a joiner): the fit test allows them. */
const WRAP_TOLERANCE = 6;

/** A whole element a converter frames: a heading «*** عنوان ***», a picture's «[alt]». Never half a paragraph. */
const FRAMED = /^(?:\*{2,}.*\*{2,}|\[[^\]]*\])$/;
/** A line that opens with a link, on a page `lynx -dump` numbered its links on: «[12]عنوان». */
const NUMBERED_LINK = /^\[\d+\]\S/;
/** A heading's opening frame, which starts a new element; a frame alone closes the one above. */
const FRAME_OPENS = /^\*{2,}\s+\S/;
const FRAME_CLOSES = /^\*{2,}$/;

/**
 * True when `next` goes on the paragraph of `line`: both have words, `line` is full, `next`'s first word
 * would not have fitted on it, and neither is a whole element (a new list item, a framed heading, a picture,
 * a placeholder, an address wider than the width).
 */
function wrapped(line: string, next: string, width: number): boolean {
  const rest = next.trim();
  const word = rest.split(/\s+/)[0] ?? '';
  if (word === '' || line.trim() === '' || GLYPH_MARKER.test(rest) || ASCII_MARKER.test(rest)) return false;
  if (FRAMED.test(line.trim()) || FRAME_OPENS.test(rest) || (isPlaceholder(rest) && !FRAME_CLOSES.test(rest) && !isPlaceholder(unmarked(line)))) return false;
  // Two lines that each open with lynx's number of a link are two items of a list of links.
  if (NUMBERED_LINK.test(line.trim()) && NUMBERED_LINK.test(rest)) return false;
  // A line wider than the width was never wrapped: it holds a word no wrapper breaks (an address).
  if (columns(line) > width || columns(next) > width) return false;
  const used = columns(line);
  return used >= width - WRAP_SLACK && used + 1 + columns(word) > width - WRAP_TOLERANCE;
}

/**
 * The item without its bullet: «• قوات الوفاق تتقدم» → «قوات الوفاق تتقدم». A glyph bullet always goes; an
 * ASCII one only when several lines share it, since «*حطام» alone is a caption's star, not a list.
 */
export function withoutListMarkers(lines: Line[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const m = ASCII_MARKER.exec(l.text);
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const markers = new Set([...counts].filter(([, c]) => c >= MARKED_LINES).map(([m]) => m));
  return lines.map((l) => {
    const glyph = GLYPH_MARKER.exec(l.text);
    if (glyph) return { ...l, text: l.text.slice(glyph[0].length) };
    const ascii = ASCII_MARKER.exec(l.text);
    if (ascii && markers.has(ascii[1]!)) return { ...l, text: l.text.slice(ascii[0].length) };
    return l;
  });
}

/**
 * What a text-mode browser prints in place of something it cannot show: «[svg]», «[image]», «[INS::INS]»,
 * an empty form field «[          ]», «IFRAME: https://…», «(BUTTON)», a lone «#», or a line of an inlined
 * image's data («[data:image/…», a base64 run, which a dump may wrap over several lines). No words of a page.
 */
const PLACEHOLDER = /^\[?data:\S*$|^(?:\[[^\]\p{sc=Arabic}]*\]\s*|\((?:BUTTON|Search|Submit|Image)\)\s*|[#*+-]\s*)+$|^(?:IFRAME|FRAME|IMAGE|IMG)\s*:\s*\S*$|^\[?[\w+/=;:,.-]{40,}\]?$/iu;

/** A line that is only a placeholder of a dump, not text of the page: it counts as no line at all. */
export function isPlaceholder(text: string): boolean {
  return text !== '' && PLACEHOLDER.test(text);
}
