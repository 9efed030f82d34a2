/**
 * The escaped body compiled by the same MDX compiler Astro uses (Sätteri, GFM on, smart punctuation off
 * as in astro.config.mjs) and rendered with a tiny string runtime: the reader sees exactly the article's
 * characters, and no element but paragraphs, subheadings and autolinks is ever produced.
 */
import { readFileSync } from 'node:fs';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/ingest/run.ts';
import { toMdxBody } from '../../../src/ingest/steps/escape.ts';
import type { Block } from '../../../src/ingest/steps/structure.ts';

interface Node {
  tag: string;
  children: unknown;
}

const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): Node => ({
  tag: type === Fragment ? '' : String(typeof type === 'function' ? type.name : type),
  children: (props as { children?: unknown } | null)?.children,
});

function textOf(node: unknown, tags: Set<string>): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map((n) => textOf(n, tags)).join('');
  const n = node as Node;
  if (n.tag) tags.add(n.tag);
  return textOf(n.children, tags);
}

/** Compiles an MDX body and returns the text of each top-level block, with every element name met. */
function render(body: string): { blocks: { tag: string; text: string }[]; tags: Set<string> } {
  const mod = evaluate(body, { Fragment, jsx, jsxs: jsx, features: { gfm: true, smartPunctuation: false } }) as {
    default: (props: object) => Node;
  };
  const root = mod.default({});
  const tags = new Set<string>();
  const top = ([] as unknown[]).concat(root.children).filter((c): c is Node => typeof c === 'object' && c !== null);
  return { blocks: top.map((c) => ({ tag: c.tag, text: textOf(c.children, tags) })), tags: new Set([...tags, ...top.map((c) => c.tag)]) };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '{alert(1)}',
  "import x from 'y'",
  'export const a = 1',
  '# not a heading',
  '**bold**',
  '[link](http://x)',
  '| a | b |',
  '1. item',
  '2) item',
  '- item',
  '+ item',
  '> quote',
  '&amp;',
  '&lt;b&gt;',
  '`code` and ```fence```',
  '---',
  '===',
  '***',
  '___',
  '~strike~ ~~strike~~',
  '_x_ *y*',
  'a\\b \\',
  '![img](x.png)',
  '[^1] footnote',
  '<!-- comment -->',
  '<https://example.org>',
  'قال «النص» (...) -- "اقتباس" \'مفرد\'',
];

describe('escape, compiled: every hostile line renders as the same literal text', () => {
  for (const text of HOSTILE) {
    it(`shows «${text}» as written, as a paragraph and as a subheading`, () => {
      const blocks: Block[] = [
        { kind: 'paragraph', text },
        { kind: 'heading', text },
        { kind: 'paragraph', text: `نص عربي قبله ${text} وبعده` },
      ];
      const out = render(toMdxBody(blocks));
      expect(out.blocks).toEqual([
        { tag: 'p', text },
        { tag: 'h2', text },
        { tag: 'p', text: `نص عربي قبله ${text} وبعده` },
      ]);
      // Autolinks keep their text; nothing else (script, img, code, list, table…) may appear.
      expect([...out.tags].filter((t) => !['p', 'h2', 'a'].includes(t))).toEqual([]);
    });
  }
});

describe('escape, compiled: a hostile article through the whole ingest', () => {
  const bytes = readFileSync(new URL('../../fixtures/ingest/hostile.txt', import.meta.url));
  const result = run(bytes, 'hostile.txt', { published: { date: '2016-12', approximate: true, basis: 'اختبار' } }, { countPlaces: () => [] });

  it('renders every block of the plain text, in order, and nothing else', () => {
    const out = render(result.body);
    expect(out.blocks.map((b) => b.text)).toEqual(result.text.split('\n\n'));
    expect([...out.tags].filter((t) => !['p', 'h2', 'a'].includes(t))).toEqual([]);
  });

  it('keeps the quoted markup as text in the article: «<script>alert(1)</script>» and «{alert(1)}»', () => {
    expect(result.text).toContain('<script>alert(1)</script>');
    expect(result.text).toContain('{alert(1)}');
    expect(result.body).not.toMatch(/<script|\{alert/);
  });
});
