/**
 * The decision for every line of a page: in the article or not, and why not. First the evidence and
 * the context-free class of each line, then the core (the densest run of article text), then context:
 * a short line between two article paragraphs is a subheading or a quote unless it is clearly furniture,
 * a box of several short lines inside the article is a box, and everything outside the core is the page.
 */
import type { RemovalReason } from '../../schemas/article.ts';
import { BYLINE } from '../metadata/names.ts';
import { isPlaceholder, type Line } from '../steps/lines.ts';
import { CAPTION_LABEL, COMMENTS_HEAD, COPYRIGHT, INLINE_CAPTION, isReaderPolicy, lineNoise, READ_ALSO, READ_ALSO_LINE, RELATED_HEAD, TAGS_HEAD } from '../steps/noise.ts';
import { classify, evidenceReason, type LineClass } from './classify.ts';
import { findCore, type Span } from './core.ts';
import { evidenceOf, repeatCounts, type Evidence } from './evidence.ts';

/** What the extractor decided about one line. */
export interface Verdict {
  line: Line;
  evidence: Evidence;
  /** The pattern of page furniture it matched, if any. */
  pattern: RemovalReason | null;
  /** Its class before context; null for a blank line. */
  cls: LineClass | null;
  /** In the article. */
  keep: boolean;
  /** Why it is not, when it is not (null for blank lines). */
  reason: RemovalReason | null;
  /** A caption glued to the end of a kept line («… اليوم. *حطام»): cut off and recorded as removed. */
  cut: string | null;
}

export interface Extraction {
  verdicts: Verdict[];
  /** The article's core, as indices into `verdicts`; null when the page has no article text. */
  core: Span | null;
}

/** A line that repair will join to the next: a lone word, a dangling «و», a comma at its end. */
const FRAGMENT = /^(\S+|.*[،,]|.*\s[وف])$/;
/** A full stop at the end, or before a conjunction cut from the next line's word («طرابلس.و»). */
const FULL_STOP = /[.…](\s*[»"”’')\]]+)?(\s*[وف])?$/;

/** Lines outside the core: named by their pattern, else by their shape and side of the core. */
function outsideReason(v: Verdict, after: boolean, state: { tail: RemovalReason | null }): RemovalReason {
  const { text } = v.line;
  if (after && COMMENTS_HEAD.test(text)) state.tail = 'comment';
  else if (after && (RELATED_HEAD.test(text) || READ_ALSO.test(text))) state.tail = 'related-tail';
  else if (TAGS_HEAD.test(text)) state.tail = 'tags';
  if (v.pattern) return v.pattern;
  const why = evidenceReason(v.evidence);
  if (why) return why;
  if (state.tail === 'tags' && v.evidence.words > 4) state.tail = null;
  if (state.tail) return state.tail;
  if (v.evidence.words <= 4) return 'menu';
  if (after) return 'related-tail';
  return v.cls === 'short' ? 'ticker' : 'low-text';
}

/** What the page's markup tells about its lines, when it is a saved HTML page. */
export interface Hints {
  /** Lines another extractor (Readability) found in the article: the core is then their span, not the densest run. */
  inArticle?: (line: Line) => boolean;
  /** The role the markup gives line i (a <figcaption> is a caption), before any pattern. */
  role?: (index: number) => RemovalReason | null;
}

/** Decides every line, from its evidence and, for a saved page, the hints of its markup. */
export function extractArticle(lines: readonly Line[], hints: Hints = {}): Extraction {
  const { inArticle, role } = hints;
  const repeats = repeatCounts(lines.map((l) => l.text));
  const patterns = lines.map((line, i) => (line.text === '' ? null : (role?.(i) ?? lineNoise(line.text, i))));
  // A site's name stands alone; a run of short Latin lines is a menu.
  const first = [...patterns];
  first.forEach((p, i) => {
    if (p === 'site-name' && (first[i - 1] === 'site-name' || first[i + 1] === 'site-name' || first[i + 1] === 'menu')) patterns[i] = 'menu';
  });
  const verdicts: Verdict[] = lines.map((line, i) => {
    const evidence = evidenceOf(line.text, repeats[i]);
    const pattern = patterns[i] ?? null;
    // A dump's placeholder («[svg]», «IFRAME: …») is no line of the page: it neither joins nor parts blocks.
    const placeholder = isPlaceholder(line.text);
    const cls = line.text === '' || placeholder ? null : classify(evidence, line.text, pattern);
    return { line, evidence, pattern, cls, keep: false, reason: placeholder ? 'low-text' : null, cut: null };
  });
  // The page's copyright notice (not a photo's credit), which closes the page.
  const words = verdicts.map((v) => v.evidence.words);
  const ends = verdicts.map((_, i) => endsArticle(verdicts, i));
  const footer = verdicts.findLastIndex((v) => v.pattern === 'promo' && COPYRIGHT.test(v.line.text));
  const core = inArticle
    ? hintedCore(verdicts, inArticle)
    : (findCore(verdicts.map((v) => v.cls), words, footer < 0 ? Infinity : footer, ends) ??
      // A short article may have no long paragraph: its sentences anchor it then.
      findCore(verdicts.map((v) => (v.cls === 'near' ? 'good' : v.cls)), words, footer < 0 ? Infinity : footer, ends));
  if (!core) {
    const state = { tail: null };
    for (const v of verdicts) if (v.cls) v.reason = outsideReason(v, false, state);
    return { verdicts, core: null };
  }
  skipHeadline(verdicts, core);
  extend(verdicts, core);
  const before = { tail: null };
  const after = { tail: null };
  verdicts.forEach((v, i) => {
    if (!v.cls) return;
    if (i < core.start) v.reason = outsideReason(v, false, before);
    else if (i > core.end) v.reason = outsideReason(v, true, after);
  });
  judgeInside(verdicts, core);
  dropPolicyTail(verdicts);
  return { verdicts, core };
}

/** The span from the first to the last good line another extractor kept, else null. */
function hintedCore(verdicts: Verdict[], inArticle: (line: Line) => boolean): Span | null {
  const marked = verdicts.map((v, i) => (v.cls && v.cls !== 'bad' && inArticle(v.line) ? i : -1)).filter((i) => i >= 0);
  const good = marked.filter((i) => verdicts[i]!.cls === 'good' || verdicts[i]!.cls === 'near');
  if (good.length === 0) return null;
  return { start: good[0]!, end: good[good.length - 1]! };
}

/**
 * A line after which the page is no longer the article: the comments, a related-articles heading, the
 * copyright, or «اقرأ أيضا» before sentences (another article) rather than before headlines (a box).
 */
function endsArticle(verdicts: readonly Verdict[], i: number): boolean {
  const { text } = verdicts[i]!.line;
  if (text === '') return false;
  // A photo's «© REUTERS / …» credit is a caption, not the page's copyright.
  if (COMMENTS_HEAD.test(text) || RELATED_HEAD.test(text) || (COPYRIGHT.test(text) && verdicts[i]!.pattern === 'promo')) return true;
  if (!READ_ALSO.test(text)) return false;
  const next = verdicts.slice(i + 1, i + 6).find((v) => v.line.text !== '');
  return next !== undefined && /[.!؟?…:،,]$/.test(next.line.text);
}

/**
 * A headline as long as a paragraph («… وتؤكد: … .. صور») is still the headline when no sentence end
 * closes it and the page's dateline or byline stands between it and the next paragraph: articles do not
 * put a date or a signature between their own paragraphs. The core then starts after it.
 */
function skipHeadline(verdicts: readonly Verdict[], core: Span): void {
  // A page may print the headline twice, each time above its own dateline or byline.
  for (let moved = true; moved; ) {
    moved = false;
    if (verdicts[core.start]!.evidence.sentenceEnd) return;
    let meta = false;
    for (let k = core.start + 1; k <= core.end; k += 1) {
      const v = verdicts[k]!;
      if (v.cls === 'good') {
        if (meta) [core.start, moved] = [k, true];
        break;
      }
      if (v.cls && (v.pattern === 'timestamp' || BYLINE.test(v.line.text))) meta = true;
    }
  }
}

/** jusText's near-good rule at the core's edges: a sentence next to the core belongs to it. */
function extend(verdicts: Verdict[], core: Span): void {
  const nextNonBlank = (from: number, step: 1 | -1) => {
    let i = from + step;
    while (i >= 0 && i < verdicts.length && verdicts[i]!.cls === null) i += step;
    return i >= 0 && i < verdicts.length ? i : -1;
  };
  // Backwards, a sentence must end like one: headlines above an article are short prose too.
  const before = (v: Verdict) => v.cls !== 'bad' && v.cls !== null && v.evidence.words >= 3 && FULL_STOP.test(v.line.text) && v.evidence.repeats === 0;
  const boxLabel = (k: number) => READ_ALSO.test(verdicts[k]!.line.text) && !endsArticle(verdicts, k);
  // The line above an «اقرأ أيضا» label that opens the box of lines from `from` up, or -1.
  const aboveBoxLabel = (from: number) => {
    for (let k = from, seen = 0; k >= 0 && seen < BOX_LINES; k = nextNonBlank(k, -1), seen += 1) {
      if (boxLabel(k)) return nextNonBlank(k, -1);
      if (verdicts[k]!.cls === 'good' || before(verdicts[k]!)) return -1;
    }
    return -1;
  };
  // The first sentence after a box that an «اقرأ أيضا» label opens at `from`, or -1.
  const belowBoxLabel = (from: number) => {
    if (!boxLabel(from)) return -1;
    for (let k = nextNonBlank(from, 1), seen = 0; k >= 0 && seen < BOX_LINES; k = nextNonBlank(k, 1), seen += 1) {
      if (before(verdicts[k]!) || verdicts[k]!.cls === 'good') return k;
    }
    return -1;
  };
  for (let i = nextNonBlank(core.start, -1); i >= 0; ) {
    if (verdicts[i]!.cls === 'near') {
      core.start = i;
      i = nextNonBlank(i, -1);
      continue;
    }
    // The article's first sentences above a small box (a «اقرأ أيضا», a share bar).
    let j = i;
    let skipped = 0;
    while (j >= 0 && skipped < LOOKBEHIND && !before(verdicts[j]!) && !endsArticle(verdicts, j)) {
      skipped += 1;
      j = nextNonBlank(j, -1);
    }
    // A longer box still ends, going up, at its «اقرأ أيضا» label: the article's sentences stand above it.
    if (j < 0 || !before(verdicts[j]!)) j = aboveBoxLabel(i);
    if (j < 0 || !before(verdicts[j]!)) break;
    core.start = j;
    i = nextNonBlank(j, -1);
  }
  const sentence = (v: Verdict) => v.cls === 'near' || (v.cls === 'short' && v.evidence.words >= 3 && FULL_STOP.test(v.line.text) && v.evidence.repeats === 0);
  const tail = (v: Verdict) => endsArticle(verdicts, verdicts.indexOf(v));

  for (let i = nextNonBlank(core.end, 1); i >= 0; ) {
    const v = verdicts[i]!;
    if (sentence(v)) {
      core.end = i;
      i = nextNonBlank(i, 1);
      continue;
    }
    // A small box (a share bar, «اقرأ أيضا» and its headline) with the article's sentences after it.
    let j = i;
    let skipped = 0;
    while (j >= 0 && skipped < LOOKAHEAD && !sentence(verdicts[j]!) && !tail(verdicts[j]!) && verdicts[j]!.cls !== 'good') {
      skipped += 1;
      j = nextNonBlank(j, 1);
    }
    if (j < 0 || !before(verdicts[j]!) || tail(verdicts[j]!)) j = belowBoxLabel(i);
    // Past a box, only a sentence that ends like one: the box's own headlines are short prose too.
    if (j < 0 || !before(verdicts[j]!) || tail(verdicts[j]!)) break;
    core.end = j;
    i = nextNonBlank(j, 1);
  }
}

/**
 * A comment policy right under the article, with no heading between («نرجو من القراء الالتزام بآداب الحوار…»,
 * «ما يكتبه القراء أدناه يعبّر عن أصحابه وحدهم»): real sentences, so only their address to the reader and
 * their policy words tell them apart. Only the article's last lines are judged so; never its middle.
 */
function dropPolicyTail(verdicts: Verdict[]): void {
  for (let i = verdicts.length - 1; i >= 0; i -= 1) {
    const v = verdicts[i]!;
    if (!v.keep) continue;
    if (!isReaderPolicy(v.line.text)) return;
    v.keep = false;
    v.reason = 'comment';
  }
}

/** Lines of furniture the core's end may step over to reach more of the article's sentences. */
const LOOKAHEAD = 3;
/** Lines its start may step over, back to sentences that end like sentences (a box with its dates is longer). */
const LOOKBEHIND = 6;
/** Lines of a box that its «اقرأ أيضا» label opens: headlines, their dates and pictures' words. */
const BOX_LINES = 12;

/** Inside the core: boxes, captions, labels and repeated headlines go; subheadings and quotes stay. */
function judgeInside(verdicts: Verdict[], core: Span): void {
  const seen = new Set<string>();
  // Captions seen anywhere on the page: the same words again without their marker («* صورة:», a dump's
  // «[alt]» brackets) are a caption too.
  const captions = new Set(
    verdicts.filter((v) => v.pattern === 'caption').map((v) => v.line.text.replace(/^\*\s*(الصورة|صورة)\s*:\s*/, '').replace(/^\[\s*([^\]]*?)\s*\]$/, '$1')),
  );
  let run: Verdict[] = [];
  let box: RemovalReason | null = null;
  let captionNext = false;
  const closeRun = (next?: Verdict) => {
    const open = run.filter((v) => v.reason === null);
    const sentence = (v: Verdict) => (v.cls === 'near' || v.cls === 'good') && FULL_STOP.test(v.line.text);
    // Words cut from the sentence that follows (repair joins them) are not a box.
    const fragments: Verdict[] = [];
    for (let k = open.length - 1, joins = false; k >= 0; k -= 1) {
      const v = open[k]!;
      const last = k === open.length - 1;
      joins = FRAGMENT.test(v.line.text) && v.evidence.words <= 2 && (last ? next?.cls === 'good' : joins || sentence(open[k + 1]!));
      if (joins) fragments.push(v);
    }
    // Three short lines or more that are neither sentences nor fragments: a list, a box.
    const listed = open.filter((v) => !sentence(v) && !fragments.includes(v)).length >= 3;
    for (const v of open) {
      if (listed && !sentence(v) && !fragments.includes(v)) {
        v.reason = v.evidence.words <= 3 ? 'menu' : 'related';
      } else if ((v.evidence.repeats > 0 && v.evidence.words >= 3) || (v.line.linked && !sentence(v))) {
        // A headline again, or a short line that is all a link: another article's, not a subheading.
        v.reason = 'related';
      } else {
        v.keep = true;
      }
    }
    run = [];
  };
  for (let i = core.start; i <= core.end; i += 1) {
    const v = verdicts[i]!;
    if (!v.cls) continue;
    const { text } = v.line;
    if (v.cls === 'good' && captionNext && v.evidence.words < 40) {
      v.reason = 'caption';
      captionNext = false;
      run.push(v);
      continue;
    }
    if (v.cls === 'good') {
      closeRun(v);
      box = null;
      captionNext = false;
      const key = text.length >= 30 ? text : null;
      if (key && seen.has(key)) v.reason = 'duplicate';
      else v.keep = true;
      if (key) seen.add(key);
      continue;
    }
    const prev = verdicts[i - 1];
    if (captionNext || (prev?.pattern === 'caption' && v.evidence.words <= 12 && !FULL_STOP.test(text))) {
      // The line a caption label announces, or a short line right under a photo's credit (itself a label, maybe).
      v.reason = 'caption';
      captionNext = v.pattern === 'caption' && (CAPTION_LABEL.exec(text)?.[2] ?? null) === '';
    } else if (READ_ALSO_LINE.test(text)) {
      v.reason = 'related-tail';
    } else if (RELATED_HEAD.test(text) || READ_ALSO.test(text)) {
      v.reason = 'related-tail';
      box = 'related-tail';
    } else if (v.pattern) {
      v.reason = v.pattern;
      if (v.pattern === 'caption' && CAPTION_LABEL.test(text) && (CAPTION_LABEL.exec(text)?.[2] ?? '') === '') captionNext = true;
    } else if (captions.has(text)) {
      v.reason = 'caption';
    } else if (box && !(v.cls === 'near' && FULL_STOP.test(text))) {
      v.reason = box;
    } else if (box) {
      // The article's sentences again: the box is over.
      box = null;
    } else {
      v.reason = evidenceReason(v.evidence);
    }
    run.push(v);
  }
  closeRun();
  for (let i = core.start; i <= core.end; i += 1) {
    const v = verdicts[i]!;
    if (!v.keep) continue;
    v.cut = INLINE_CAPTION.exec(v.line.text)?.[1] ?? null;
    // A picture's description (a dump prints its «alt») stands right above the picture's credit label.
    const next = verdicts.slice(i + 1, i + 4).find((w) => w.cls);
    if (next?.pattern === 'caption' && CAPTION_LABEL.test(next.line.text) && !v.evidence.sentenceEnd && v.evidence.words <= 40) {
      v.keep = false;
      v.reason = 'caption';
    }
  }
}
