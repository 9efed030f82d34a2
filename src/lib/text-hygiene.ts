/**
 * Text hygiene: the characters no page, feed or data file should carry, removed in one place. C0 and C1
 * controls (but tab and line breaks), noncharacters and lone surrogates make HTML invalid and XML not
 * well-formed (one in a title broke the whole RSS feed); a bidi control left open reorders the text after
 * it (a stray U+202E in a title reversed the date beside it). The ingest cleans what it writes and records
 * what it removed; pages and feeds clean what they show, so a hand edit cannot break them either.
 */

/** Why a character was removed or replaced. */
export type HygieneKind = 'control' | 'noncharacter' | 'surrogate' | 'bidi';

/** One character taken out of a text. */
export interface HygieneChange {
  /** Offset of the character in the text given (UTF-16 code units, as JavaScript counts). */
  index: number;
  /** The character's code point, e.g. 0x202e. */
  codePoint: number;
  kind: HygieneKind;
  /** What took its place: '' when it was removed. */
  replacement: string;
}

/** Opening bidi controls: embeddings and overrides (closed by PDF) and isolates (closed by PDI). */
const EMBEDDING = new Set([0x202a, 0x202b, 0x202d, 0x202e]); // LRE RLE LRO RLO
const PDF = 0x202c;
const ISOLATE = new Set([0x2066, 0x2067, 0x2068]); // LRI RLI FSI
const PDI = 0x2069;
/** Characters that end a bidi paragraph (UAX #9, type B): controls left open do not reach past them. */
function isParagraphEnd(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || (cp >= 0x1c && cp <= 0x1e) || cp === 0x85 || cp === 0x2029;
}

/** U+0085 NEXT LINE is a line break written as a C1 control: it becomes one, not nothing. */
const NEXT_LINE = 0x85;

/** C0 controls but tab, line feed and carriage return; DEL and the C1 controls. */
function isControl(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f);
}

/** The last two code points of planes 1 to 16, noncharacters like U+FFFE and U+FFFF. */
const ASTRAL_NONCHARACTERS = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}fffe}\\u{${(i + 1).toString(16)}ffff}`).join('');

/**
 * Every character cleaning looks at: those it removes (controls, bidi controls, noncharacters, lone
 * surrogates — with the «u» flag only a surrogate without its pair matches) and the paragraph ends that
 * close bidi controls. Found by one regular expression, so a clean four-megabyte text is one scan.
 */
const NOTABLE = new RegExp(
  `[\\0-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\u2029\\ufdd0-\\ufdef\\ufffe\\uffff${ASTRAL_NONCHARACTERS}]|[\\ud800-\\udfff]`,
  'gu',
);

/** What cleaning does to one notable character other than a bidi control; undefined when it stays. */
function fixed(index: number, cp: number): HygieneChange | undefined {
  if (cp === NEXT_LINE) return { index, codePoint: cp, kind: 'control', replacement: '\n' };
  if (isControl(cp)) return { index, codePoint: cp, kind: 'control', replacement: '' };
  if (cp >= 0xd800 && cp <= 0xdfff) return { index, codePoint: cp, kind: 'surrogate', replacement: '' };
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return { index, codePoint: cp, kind: 'noncharacter', replacement: '' };
  return undefined;
}

/**
 * The changes cleaning makes to `text`, in order. Bidi controls are paired within their paragraph: a PDF
 * with no embedding open, a PDI with no isolate open, and whatever is still open at a paragraph's end are
 * removed; a PDI closes the embeddings opened after its isolate too, which leaves them unpaired (UAX #9, BD9).
 */
function changesIn(text: string): HygieneChange[] {
  const changes: HygieneChange[] = [];
  let open: { index: number; cp: number; isolate: boolean }[] = [];
  const unpaired = (index: number, cp: number) => changes.push({ index, codePoint: cp, kind: 'bidi', replacement: '' });
  const closeParagraph = () => {
    for (const o of open) unpaired(o.index, o.cp);
    open = [];
  };
  for (const m of text.matchAll(NOTABLE)) {
    const index = m.index;
    const cp = m[0].codePointAt(0)!;
    if (EMBEDDING.has(cp) || ISOLATE.has(cp)) open.push({ index, cp, isolate: ISOLATE.has(cp) });
    else if (cp === PDF) {
      if (open.length > 0 && !open[open.length - 1]!.isolate) open.pop();
      else unpaired(index, cp);
    } else if (cp === PDI) {
      const at = open.findLastIndex((o) => o.isolate);
      if (at === -1) unpaired(index, cp);
      else {
        for (const o of open.slice(at + 1)) unpaired(o.index, o.cp);
        open = open.slice(0, at);
      }
    } else {
      if (isParagraphEnd(cp)) closeParagraph();
      const change = fixed(index, cp);
      if (change) changes.push(change);
    }
  }
  closeParagraph();
  return changes.sort((a, b) => a.index - b.index);
}

/**
 * `text` without the characters no page, feed or data file should carry, and what was taken out: C0 and
 * C1 controls (tab, line feed and carriage return stay; U+0085 NEXT LINE becomes a line feed), noncharacters,
 * lone surrogates, and bidi controls left unpaired in their paragraph. Paired bidi controls and the marks
 * (LRM, RLM, ALM) are text and stay.
 */
export function cleanText(text: string): { text: string; changes: HygieneChange[] } {
  const changes = changesIn(text);
  if (changes.length === 0) return { text, changes };
  let out = '';
  let from = 0;
  for (const c of changes) {
    out += text.slice(from, c.index) + c.replacement;
    from = c.index + (c.codePoint > 0xffff ? 2 : 1);
  }
  return { text: out + text.slice(from), changes };
}

/** `text` cleaned (cleanText), for where only the clean text is needed. */
export function clean(text: string): string {
  return cleanText(text).text;
}

/** Every string in plain data (objects, arrays) cleaned; other values as they are. */
export function cleanStrings<T>(data: T): T {
  if (typeof data === 'string') return clean(data) as T;
  if (Array.isArray(data)) return data.map(cleanStrings) as T;
  if (data !== null && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return data;
}

/** «U+202E» for 0x202e: how messages name a character no one can see. */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` as an isolate (FSI … PDI) for plain text that embeds it among other words — a feed's description,
 * a data file's label: its direction is its own, and it cannot reorder what surrounds it. In HTML, <bdi>.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
