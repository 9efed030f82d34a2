/** A saved page loses, before its DOM is built, only what no step reads: never a word a reader sees, never its JSON-LD. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pruneHtml } from '../../../src/ingest/html/prune.ts';
import { readHtml } from '../../../src/ingest/html/read.ts';

const ARTICLE = '<h1>عودة النازحين إلى درنة</h1><p>عادت عشرات الأسر إلى أحياء درنة القديمة بعد انتهاء المعارك.</p>';

describe('pruning a saved page', () => {
  it('drops scripts, styles, inline SVG, <noscript>, <template> and comments, and keeps every visible word', () => {
    const html = `<html><head><style>p{color:red}</style><script src="a.js"></script></head><body><!-- رأس الصفحة --><svg><g><text>شعار</text></g></svg>${ARTICLE}<noscript><img src="x.png"></noscript><template><p>قالب</p></template><SCRIPT type="text/javascript">var a = 1;</SCRIPT></body></html>`;
    expect(pruneHtml(html)).toBe(`<html><head></head><body>${ARTICLE}</body></html>`);
  });
  it('keeps the page’s JSON-LD, which the metadata is read from', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-06-20"}</script>';
    expect(pruneHtml(`<head>${ld}</head><body>${ARTICLE}</body>`)).toBe(`<head>${ld}</head><body>${ARTICLE}</body>`);
  });
  it('reads them in the tokenizer’s order: a comment hides a <script>, a script’s text hides a comment', () => {
    expect(pruneHtml(`<!-- <script> -->${ARTICLE}<script>x()</script>`)).toBe(ARTICLE);
    expect(pruneHtml(`<script>var s = '<!--';</script>${ARTICLE}<!-- -->`)).toBe(ARTICLE);
    expect(pruneHtml(`<!---->${ARTICLE}<!-->${ARTICLE}`)).toBe(ARTICLE + ARTICLE);
  });
  it('drops an <svg> inside an <svg> whole, and no element whose name merely begins like one', () => {
    expect(pruneHtml(`<svg><svg><path/></svg><text>س</text></svg>${ARTICLE}`)).toBe(ARTICLE);
    expect(pruneHtml(`<style-box>نص</style-box><scripted>نص</scripted>`)).toBe('<style-box>نص</style-box><scripted>نص</scripted>');
  });
  it('drops the rest of a page whose script never closes, as a browser shows nothing after it', () => {
    expect(pruneHtml(`${ARTICLE}<script>var a = 1;`)).toBe(ARTICLE);
  });
  it('changes nothing that readHtml gives of a saved page: lines, captions, metadata and the article', () => {
    const saved = readFileSync('tests/fixtures/ingest/pages/saved-page.html', 'utf8');
    const noisy = saved.replace('<body>', '<body><script>for (var i = 0; i < 3; i++) {}</script><!-- إعلان --><svg><text>شعار</text></svg><style>.x{}</style>');
    const a = readHtml(saved);
    const b = readHtml(noisy);
    expect(b.lines.map((l) => l.text)).toEqual(a.lines.map((l) => l.text));
    expect(b.meta).toEqual(a.meta);
    expect([...b.captions]).toEqual([...a.captions]);
    expect(b.lines.map((l) => b.inArticle?.(l))).toEqual(a.lines.map((l) => a.inArticle?.(l)));
  });
});
