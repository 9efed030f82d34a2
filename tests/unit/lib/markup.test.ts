import { describe, expect, it } from 'vitest';
import { findMarkup, hasMarkup } from '../../../src/lib/markup.ts';

/** [line, column, kind, text] of each finding, for short expectations. */
const found = (text: string) => findMarkup(text).map((f) => [f.line, f.column, f.kind, f.text]);

describe('markup in an article body', () => {
  it('finds none in a body as the ingest escapes it', () => {
    const body = [
      '## عنوان فرعي',
      '',
      'نشر الموقع &lt;script&gt;alert(1)&lt;/script&gt; و&#123;alert(2)&#125; و\\[انقر\\](javascript:alert(3)) كما ورد.',
      '',
      '&#105;mport evil from "attacker"',
      '',
      'المصدر https://www.alwasat.ly/news وeditor@example.org، والفرق 3 \\< 5 و[sic] في النص.',
    ].join('\n');
    expect(findMarkup(body)).toEqual([]);
    expect(hasMarkup(body)).toBe(false);
  });

  it('finds HTML tags, comments and declarations, at their line and column', () => {
    expect(found('سطر أول\nقال <script>alert(1)</script> ثم <img src=x onerror=alert(2)>\n<!-- ملاحظة -->\n<!DOCTYPE html>')).toEqual([
      [2, 5, 'html', '<script>'],
      [2, 21, 'html', '</script>'],
      [2, 34, 'html', '<img src=x onerror=alert(2)>'],
      [3, 1, 'html', '<!-- ملاحظة -->'],
      [4, 1, 'html', '<!DOCTYPE html>'],
    ]);
  });

  it('finds a refresh to another site in a meta tag', () => {
    expect(found('<meta http-equiv="refresh" content="1;url=https://evil.example/">')).toEqual([[1, 1, 'html', '<meta http-equiv="refresh" content="1;u…']]);
  });

  it('finds JSX: components, fragments and Arabic names', () => {
    expect(found('<Chart data={x} /> و<>نص</> و<خريطة/>').map(([, , kind, text]) => [kind, text])).toEqual([
      ['jsx', '<Chart data={x} />'],
      ['jsx', '<>'],
      ['jsx', '</>'],
      ['jsx', '<خريطة/>'],
    ]);
  });

  it('finds MDX expressions and import or export lines', () => {
    expect(found('كتبوا {alert(document.cookie)} هنا\nimport evil from "attacker"\nexport const pwned = true')).toEqual([
      [1, 7, 'expression', '{alert(document.cookie)}'],
      [2, 1, 'esm', 'import evil from "attacker"'],
      [3, 1, 'esm', 'export const pwned = true'],
    ]);
  });

  it('finds links, images, reference links, definitions and autolinks', () => {
    expect(found('[انقر](javascript:alert(3)) و![صورة](https://x.example/a.png)\n[رويترز][1]\n[1]: https://evil.example/\n<https://evil.example/> و<editor@example.org>')).toEqual([
      [1, 1, 'link', '[انقر](javascript:alert(3))'],
      [1, 30, 'image', '![صورة](https://x.example/a.png)'],
      [2, 1, 'link', '[رويترز][1]'],
      [3, 1, 'link', '[1]: https://evil.example/'],
      [4, 1, 'autolink', '<https://evil.example/>'],
      [4, 26, 'autolink', '<editor@example.org>'],
    ]);
  });

  it('treats a character escaped with a backslash as text, but not one after an escaped backslash', () => {
    expect(found('\\<b> و\\{x} و\\\\<b>')).toEqual([[1, 15, 'html', '<b>']]);
  });

  it('quotes long markup cut short, and reads a line that a lone «<» or «[» does not close', () => {
    expect(found(`<div class="${'x'.repeat(100)}">`)[0]![3]).toHaveLength(40);
    expect(found('الفرق بين 3 < 5 و[ناقص')).toEqual([]);
  });
});
