import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/check/format.ts';
import { checkBodies } from '../../../../src/check/rules/body.ts';

const FILE = 'content/articles/2016-12-sirte.mdx';
const FRONTMATTER = '---\ntitle: "سقوط سرت"\nslug: "2016-12-sirte"\n---\n\n';

/** The check's lines for one article with this body (its first line is line 6 of the file). */
const lines = (body: string) => checkBodies([{ file: FILE, text: `${FRONTMATTER}${body}` }]).map(formatProblem);

describe('the body step of the check', () => {
  it('finds nothing in a body as the ingest escapes it', () => {
    expect(lines('## عنوان فرعي\n\nنشر الموقع &lt;script&gt;alert(1)&lt;/script&gt; و&#123;x&#125; و\\[انقر\\](javascript:alert(3)).\n')).toEqual([]);
  });

  it('reports markup typed by hand on its line of the file, bilingual, with the fix', () => {
    expect(lines('فقرة أولى.\n\nقال <script>alert(1)</script> ثم <img src=x onerror=alert(2)>\n\n[انقر](javascript:alert(3))\n')).toEqual([
      `${FILE}:8 body: ترميز في نص المقال «<script>» / HTML in the text, «<script>» at column 5 (and 2 more on this line) — write «<» as &lt; so that it shows as text, or remove the tag`,
      `${FILE}:10 body: ترميز في نص المقال «[انقر](javascript:alert(3))» / a Markdown link in the text, «[انقر](javascript:alert(3))» at column 1 — keep the words and remove the brackets and address: bodies have no links (the original address belongs in the url field)`,
    ]);
  });

  it('reports JSX, MDX expressions and imports, each with its own fix', () => {
    expect(lines('<Chart />\n\n{alert(document.cookie)}\n\nimport evil from "attacker"\n').map((l) => l.split(' / ')[1])).toEqual([
      'JSX in the text, «<Chart />» at column 1 — write «<» as &lt; so that it shows as text, or remove the component',
      'an MDX expression in the text, «{alert(document.cookie)}» at column 1 — write the braces as &#123; and &#125; so that they show as text, or remove them',
      'an MDX import or export in the text, «import evil from "attacker"» at column 1 — write the first letter as a reference (&#105;mport, &#101;xport) so that the line shows as text',
    ]);
  });

  it('reports a paragraph of more than 5,000 characters at its first line, counting the characters readers see', () => {
    const sentence = 'سيطرت القوات على حي الجيزة البحرية في سرت. ';
    const long = sentence.repeat(120).trim();
    expect(lines(`مقدمة.\n\n${long}\n`)).toEqual([
      `${FILE}:8 body: فقرة أطول مما تعرضه صفحة (5.159 حرفًا) / a paragraph of 5,159 characters, longer than the 5,000 a page can show as one — break it at sentence ends into paragraphs with a blank line between them (npm run ingest splits a long line of a raw text this way)`,
    ]);
    // Escapes count as the one character they show: 1,200 «&lt;» are 1,200 characters, not 4,800.
    expect(lines(`${'&lt;'.repeat(1200)}\n`)).toEqual([]);
  });

  it('reads a body with Windows line endings at the same lines', () => {
    const text = `${FRONTMATTER}فقرة.\r\n\r\n<b>عريض</b>\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    expect(checkBodies([{ file: FILE, text }]).map((p) => p.line)).toEqual([8]);
  });
});
