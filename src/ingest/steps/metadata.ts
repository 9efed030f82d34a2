/**
 * Step 4 — what the page says about the article rather than in it: the headline, a byline at the top,
 * a signature at the end and the reader comments after it. Each is taken out of the body and kept as data.
 */
import { matchKey } from '../../lib/arabic.ts';
import type { Line, Removed } from './lines.ts';

export interface MetadataResult {
  body: Line[];
  removed: Removed[];
  title: string | null;
  author: string | null;
}

const BYLINE = /^(بقلم|كتب|كتبت|كتبه|كتبته|إعداد|اعداد|تقرير|بواسطة)\s*:?\s+(.{2,60}?)\s*[:：]?$/;
/** Sentence-final punctuation, Arabic and Latin, with closing quotes or brackets after it. */
const SENTENCE_END = /[.!؟?…:»"”)\]]$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const nonBlank = (lines: Line[]) => lines.filter((l) => l.text !== '');

/** A person's name as signed: two to four Arabic words, nothing else. */
function looksLikeName(text: string): boolean {
  const w = words(text);
  return w.length >= 2 && w.length <= 4 && text.length <= 40 && /^[\u0621-\u064A\u064B-\u0652 ]+$/.test(text);
}

/** Readers' comments rarely end like an edited sentence; a line that does is kept as article text. */
const EDITED_END = /[.!؟?»"”]$/;

/** A paragraph of the article: a sentence of eight words or more, or a long line. */
function isProse(line: Line): boolean {
  const n = words(line.text).length;
  return (n >= 8 && SENTENCE_END.test(line.text)) || n >= 25;
}

/** A headline: a short line with no sentence punctuation at its end. */
export function looksLikeHeadline(text: string): boolean {
  const w = words(text);
  return w.length >= 2 && w.length <= 20 && text.length <= 140 && !/[.،,:;]$/.test(text);
}

/** Finds the headline, byline, signature and comments; returns the body without them. */
export function extractMetadata(lines: Line[], breadcrumbTitle: string | null): MetadataResult {
  const removed: Removed[] = [];
  let body = [...lines];
  let title: string | null = null;
  let author: string | null = null;

  // The headline: the first text line when it is short and a paragraph follows it, or the line the breadcrumb names.
  const first = nonBlank(body);
  const crumbKey = breadcrumbTitle ? matchKey(breadcrumbTitle) : null;
  const byCrumb = crumbKey ? first.slice(0, 5).find((l) => matchKey(l.text) === crumbKey) : undefined;
  const head = byCrumb ?? first[0];
  const next = head ? first[first.indexOf(head) + 1] : undefined;
  if (head && (byCrumb || (looksLikeHeadline(head.text) && !BYLINE.test(head.text) && next && next.text.length > head.text.length * 2))) {
    title = head.text;
    removed.push({ line: head.n, text: head.text, reason: 'title' });
    body = body.filter((l) => l !== head);
  }

  // A byline above the first paragraph: «بقلم خالد الغالي:». Further down, «كتب …» is a sentence of the article.
  const lead = nonBlank(body);
  const firstParagraph = lead.findIndex(isProse);
  for (const line of lead.slice(0, firstParagraph < 0 ? 4 : Math.min(firstParagraph, 4))) {
    const m = BYLINE.exec(line.text);
    if (m?.[2] && words(m[2]).length <= 5) {
      author = m[2].trim();
      removed.push({ line: line.n, text: line.text, reason: 'byline' });
      body = body.filter((l) => l !== line);
      break;
    }
  }

  // A signature near the end, after the last paragraph: what follows it is readers' comments.
  const rest = nonBlank(body);
  for (let i = rest.length - 1; i >= Math.max(1, rest.length - 4); i -= 1) {
    const candidate = rest[i]!;
    const before = rest[i - 1]!;
    const after = rest.slice(i + 1);
    // When in doubt, keep: a closing paragraph after a short subheading must never be lost as a comment.
    const commentsAreShort = after.length <= 3 && after.every((l) => l.text.length < 400 && !EDITED_END.test(l.text));
    if (looksLikeName(candidate.text) && SENTENCE_END.test(before.text) && commentsAreShort) {
      if (!author) author = candidate.text;
      removed.push({ line: candidate.n, text: candidate.text, reason: 'signature' });
      for (const c of after) removed.push({ line: c.n, text: c.text, reason: 'comment' });
      const drop = new Set([candidate, ...after]);
      body = body.filter((l) => !drop.has(l));
      break;
    }
  }

  // The same sentence twice in the body is a page artefact (a repeated caption or pull quote);
  // short fragments such as a lone «و» legitimately recur.
  const seen = new Set<string>();
  body = body.filter((l) => {
    if (l.text.length < 30) return true;
    if (seen.has(l.text)) {
      removed.push({ line: l.n, text: l.text, reason: 'duplicate' });
      return false;
    }
    seen.add(l.text);
    return true;
  });

  return { body, removed, title, author };
}
