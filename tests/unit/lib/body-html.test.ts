/**
 * Article bodies through the Markdown processor astro.config.mjs gives the build (Sätteri with the
 * text-only plugin): whatever a hand edit writes, the HTML holds text, paragraphs, subheadings,
 * quotations, emphasis and links to the site itself, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { isSitePath } from '../../../src/lib/body-html.ts';

const renderer = await config.markdown!.processor!.createRenderer({ syntaxHighlight: false } as never);

async function render(body: string): Promise<string> {
  return (await renderer.render(body)).code.trim();
}

/** Every start tag of some HTML, with its attributes as written: the serializer escapes every «<» of text. */
function tags(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => `${m[1]}${m[2]}`);
}

/** Start tags a body may have: bare paragraphs, quotations and emphasis, subheadings with their id, links to the site. */
const ALLOWED = /^(p|blockquote|em|strong|h2 id="[^"]*"|a href="\/[^"]*")$/;

describe('an article body as the ingest writes it', () => {
  it('renders as paragraphs and subheadings with the characters of the text', async () => {
    const html = await render('## عنوان فرعي\n\nقال المتحدث \\*بالكامل\\* إن &lt;script&gt; و&#123;x&#125; نص.\n');
    expect(html).toBe('<h2 id="عنوان-فرعي">عنوان فرعي</h2>\n<p>قال المتحدث *بالكامل* إن &lt;script&gt; و{x} نص.</p>');
  });
});

describe('markup written by hand into a body', () => {
  it.each([
    ['a script', 'الخبر <script>alert(1)</script> هنا', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an image with onerror', 'صورة <img src=x onerror=alert(2)> هنا', '&lt;img src=x onerror=alert(2)&gt;'],
    ['a frame', '<iframe src="https://evil.example/"></iframe>', '&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;'],
    ['a style sheet', '<style>body{display:none}</style>', '&lt;style&gt;body{display:none}&lt;/style&gt;'],
    ['a form', '<form action="https://evil.example/"><input name=p></form>', '&lt;form action="https://evil.example/"&gt;'],
    ['a base address', '<base href="https://evil.example/">', '&lt;base href="https://evil.example/"&gt;'],
    ['a refresh to another site', '<meta http-equiv="refresh" content="1;url=https://evil.example/">', '&lt;meta http-equiv="refresh" content="1;url=https://evil.example/"&gt;'],
    ['JSX', '<Chart data={secrets} />', '&lt;Chart data={secrets} /&gt;'],
    ['an HTML comment', '<!-- <script>alert(1)</script> -->', '&lt;!-- &lt;script&gt;alert(1)&lt;/script&gt; --&gt;'],
  ])('shows %s as the characters typed', async (_, body, shown) => {
    const html = await render(`${body}\n`);
    expect(html).toContain(shown);
    expect(tags(html).every((t) => ALLOWED.test(t)), html).toBe(true);
  });

  it('keeps the words of a link elsewhere and drops the link: javascript:, another site, an e-mail', async () => {
    const html = await render('[انقر](javascript:alert(3)) و[رويترز](https://www.reuters.com/) و[راسلنا](mailto:a@b.example) و<https://evil.example/>\n');
    expect(html).toBe('<p>انقر ورويترز وراسلنا وhttps://evil.example/</p>');
  });

  it('keeps a link to a page of the site', async () => {
    expect(await render('انظر [سرت](/places/sirte/).\n')).toBe('<p>انظر <a href="/places/sirte/">سرت</a>.</p>');
  });

  it('shows an image as its description, loading nothing', async () => {
    expect(await render('![خريطة سرت](https://evil.example/track.png)\n')).toBe('<p>خريطة سرت</p>');
  });

  it('leaves bare addresses and e-mail addresses as text, not links', async () => {
    expect(await render('المصدر www.alwasat.ly وhttps://evil.example/x وeditor@example.org\n')).toBe('<p>المصدر www.alwasat.ly وhttps://evil.example/x وeditor@example.org</p>');
  });

  it('leaves a quoted frame as text, with no link inside it', async () => {
    expect(await render('كتبوا &lt;iframe src="https://evil.example/"&gt; في الصفحة\n')).toBe('<p>كتبوا &lt;iframe src="https://evil.example/"&gt; في الصفحة</p>');
  });

  it('makes lists, code, tables and other headings paragraphs and subheadings of their text', async () => {
    const html = await render('# عنوان\n\n- بند أول\n- بند ثان\n\n    شيفرة\n\n| أ | ب |\n|---|---|\n| 1 | 2 |\n\n### فرعي\n\n---\n');
    expect(tags(html).every((t) => ALLOWED.test(t)), html).toBe(true);
    expect(html.replace(/\n+/g, '\n')).toBe('<h2 id="عنوان">عنوان</h2>\n<p>بند أول</p>\n<p>بند ثان</p>\n<p>شيفرة</p>\n<p>| أ | ب |\n|---|---|\n| 1 | 2 |</p>\n<h2 id="فرعي">فرعي</h2>');
  });

  it('removes controls and an unpaired override, typed or as character references', async () => {
    expect(await render('سرت\u0007 &#x202e;2016 درنة\u0085بنغازي\n')).toBe('<p>سرت 2016 درنة\nبنغازي</p>');
  });
});

describe('a path of the site', () => {
  it('is a root-relative path or a fragment, never another host', () => {
    expect(isSitePath('/places/sirte/')).toBe(true);
    expect(isSitePath('#citation')).toBe(true);
    for (const href of ['//evil.example/', '/\\evil.example', 'https://example.org/', 'javascript:alert(1)', 'places/x', '/a b', undefined]) expect(isSitePath(href), String(href)).toBe(false);
  });
});
