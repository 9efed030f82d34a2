import { describe, expect, it } from 'vitest';
import { escapeMdx, toMdxBody } from '../../../src/ingest/steps/escape.ts';

describe('escape: everything MDX would interpret is written so it renders as the same characters', () => {
  it('writes HTML and JSX as character references: «<script>alert(1)</script>»', () => {
    expect(escapeMdx('قال: <script>alert(1)</script>')).toBe('قال: &lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('writes braces as references so no expression runs: «{alert(1)}»', () => {
    expect(escapeMdx('النص {alert(1)} هنا')).toBe('النص &#123;alert(1)&#125; هنا');
  });
  it('keeps ampersands literal, including ones that look like entities: «&amp;»', () => {
    expect(escapeMdx('رويترز & فرانس برس &amp;')).toBe('رويترز &amp; فرانس برس &amp;amp;');
  });
  it('escapes Markdown punctuation anywhere: emphasis, code, links, tables, strikethrough', () => {
    expect(escapeMdx('**مهم** _جدا_ `كود` [رابط](http://x) | a | ~~b~~ !')).toBe(
      '\\*\\*مهم\\*\\* \\_جدا\\_ \\`كود\\` \\[رابط\\](http://x) \\| a \\| \\~\\~b\\~\\~ \\!',
    );
  });
  it('escapes block starts: «# عنوان», «- بند», «+ بند», «1. بند», «---», «=== »', () => {
    expect(escapeMdx('# ليس عنوانا')).toBe('\\# ليس عنوانا');
    expect(escapeMdx('- بند')).toBe('\\- بند');
    expect(escapeMdx('+ بند')).toBe('\\+ بند');
    expect(escapeMdx('1. بند')).toBe('1\\. بند');
    expect(escapeMdx('2016) سنة')).toBe('2016\\) سنة');
    expect(escapeMdx('---')).toBe('\\---');
    expect(escapeMdx('===')).toBe('\\===');
  });
  it('stops a line starting with import or export from becoming code', () => {
    expect(escapeMdx("import x from 'y'")).toBe("&#105;mport x from 'y'");
    expect(escapeMdx('export const a = 1')).toBe('&#101;xport const a = 1');
  });
  it('leaves Arabic text and its own punctuation untouched', () => {
    const text = 'وقال المسعف «كل النساء والأطفال يعانون من الجوع» (وسط)، ثم غادر؟';
    expect(escapeMdx(text)).toBe(text);
  });
  it('writes subheadings as «## » and separates blocks by a blank line', () => {
    expect(toMdxBody([{ kind: 'paragraph', text: 'أ' }, { kind: 'heading', text: 'ب #' }])).toBe('أ\n\n## ب \\#\n');
  });
});
