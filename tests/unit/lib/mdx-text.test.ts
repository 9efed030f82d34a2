import { describe, expect, it } from 'vitest';
import { mdxToPlainText, unescapeMdx } from '../../../src/lib/mdx-text.ts';

describe('unescapeMdx', () => {
  it('decodes the named references the ingest writes for markup: «&lt;script&gt;» reads «<script>»', () => {
    expect(unescapeMdx('نص &lt;script&gt;alert(1)&lt;/script&gt; و &amp; و &quot;')).toBe('نص <script>alert(1)</script> و & و "');
  });

  it('decodes decimal and hexadecimal references: «&#123;x&#x7D;» reads «{x}»', () => {
    expect(unescapeMdx('قال &#123;x&#x7D; في سرت')).toBe('قال {x} في سرت');
  });

  it('removes the backslash before escaped punctuation: «\\*عاجل\\*» reads «*عاجل*»', () => {
    expect(unescapeMdx('\\*عاجل\\* \\[سرت\\] 1\\. \\\\')).toBe('*عاجل* [سرت] 1. \\');
  });

  it('keeps a backslash before a letter, since MDX does not treat it as an escape', () => {
    expect(unescapeMdx('مسار C:\\temp في درنة')).toBe('مسار C:\\temp في درنة');
  });

  it('decodes in one pass, so «&amp;lt;» stays the literal text «&lt;» and «\\&lt;» keeps its «&»', () => {
    expect(unescapeMdx('&amp;lt;')).toBe('&lt;');
    expect(unescapeMdx('\\&lt;')).toBe('&lt;');
  });

  it('leaves unknown names and impossible code points as written', () => {
    expect(unescapeMdx('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
  });
});

describe('mdxToPlainText', () => {
  it('drops heading markers and puts each heading and paragraph on its own line', () => {
    const body = '\nنص أول عن بنغازي.\n\n## عنوان فرعي\n\nفقرة ثانية عن درنة.\n';
    expect(mdxToPlainText(body)).toBe('نص أول عن بنغازي.\nعنوان فرعي\nفقرة ثانية عن درنة.');
  });

  it('drops the optional closing hashes of a heading but not a «#» that ends an ordinary line', () => {
    expect(mdxToPlainText('### سرت بعد التحرير ###\n\nوسم #')).toBe('سرت بعد التحرير\nوسم #');
  });

  it('does not take an escaped «\\#» at the start of a line for a heading', () => {
    expect(mdxToPlainText('\\# ليس عنوانًا')).toBe('# ليس عنوانًا');
  });

  it('joins the lines of one paragraph with a space, as the page renders them', () => {
    expect(mdxToPlainText('سيطرت القوات على\nمدينة سرت.\r\n\r\nفقرة.')).toBe('سيطرت القوات على مدينة سرت.\nفقرة.');
  });

  it('turns the fixture body into the text a reader sees', () => {
    const body = 'نص &lt;script&gt;alert(1)&lt;/script&gt; و &#123;x&#125;.\n\n## عنوان فرعي\n\nفقرة ثانية.';
    expect(mdxToPlainText(body)).toBe('نص <script>alert(1)</script> و {x}.\nعنوان فرعي\nفقرة ثانية.');
  });
});
