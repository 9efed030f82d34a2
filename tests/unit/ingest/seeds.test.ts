/**
 * The five committed seed articles against their raw sources: every line of the raw text is either in
 * the article or recorded as removed with a reason, and no removed noise reaches the article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { foldWhitespace } from '../../../src/lib/arabic.ts';
import { mdxToPlainText } from '../../../src/lib/mdx-text.ts';

interface Seed {
  slug: string;
  reasons: Record<string, number>;
  first: string;
  last: string;
  author: string | null;
  headings: string[];
}

const SEEDS: Seed[] = [
  {
    slug: '2016-12-is-collapse-libya-irfaasawtak',
    reasons: { caption: 3, byline: 1, promo: 1, 'related-tail': 19 },
    first: 'انهار تنظيم داعش في ليبيا بشكل سريع خلال سنة 2016',
    last: 'نفذها بشكل رئيسي سلاح الجو الأميركي.',
    author: 'خالد الغالي',
    headings: ['انهيار مفاجئ', 'استعادة سرت'],
  },
  {
    slug: '2016-12-is-after-sirte',
    reasons: { url: 1 },
    first: 'أعلنت الاثنين الماضي القوات الموالية لحكومة الوفاق الوطني',
    last: 'كجماعة «بوكو حرام» و«المرابطون».',
    author: null,
    headings: ['أين حاول داعش تكوين «إمارته» في ليبيا؟', 'التحالف بين أنصار القذافي وداعش', 'بعد خسارة سرت، هل تونس والجزائر هما الهدف؟'],
  },
  {
    slug: '2016-is-leaving-libya-elmaouid',
    reasons: { breadcrumb: 1, 'site-name': 1, title: 1 },
    first: 'دق وزير الدفاع الفرنسي، جان إيف لودريان، ناقوس الخطر',
    last: 'وأصبحت الجهة العسكرية الأبرز في ليبيا والأكثر تأثيرا في أمنها.',
    author: null,
    headings: [],
  },
  {
    slug: '2016-12-sirte-reuters',
    reasons: { ticker: 1, 'image-widget': 2, title: 1, caption: 1, 'source-link': 1 },
    first: 'قالت القوات الليبية يوم الاثنين إنها على وشك السيطرة',
    last: 'كما هو الحال ايضا بالنسبة الى مخازن السلاح».',
    author: null,
    headings: ['تحليل :بعيدا عن الخبر'],
  },
  {
    slug: '2017-08-is-havens-khashana',
    reasons: { signature: 1, comment: 1 },
    first: 'مع تراجع الأراضي التي يُسيطر عليها تنظيم «الدولة»',
    last: 'هو المصير الذي ينتظر التنظيم في سوريا والعراق.',
    author: 'رشيد خشانة',
    headings: ['خيارات محدودة', 'ثلاثة ملاذات', 'عداوة مستحكمة'],
  },
];

function load(slug: string) {
  const mdx = readFileSync(`content/articles/${slug}.mdx`, 'utf8');
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const data = parse(yaml);
  const raw = readFileSync(`content/${data.source.file}`, 'utf8');
  return { data, body, text: foldWhitespace(mdxToPlainText(body)), raw };
}

/** Sentences of a raw line: split after . ! ؟ and folded, so line breaks and repairs don't matter. */
const sentences = (line: string) =>
  line
    .split(/(?<=[.!؟])\s*/)
    .map((s) => foldWhitespace(s))
    .filter((s) => s.length > 12);

describe.each(SEEDS)('seed article $slug', (seed) => {
  const { data, body, text, raw } = load(seed.slug);

  it('removed exactly the expected kinds of noise', () => {
    expect(Object.fromEntries(data.removed.map((r: { reason: string; lines: number }) => [r.reason, r.lines]))).toEqual(seed.reasons);
  });

  it('starts and ends with the article’s own first and last sentences', () => {
    expect(text.startsWith(seed.first)).toBe(true);
    expect(text.endsWith(seed.last)).toBe(true);
  });

  it('keeps every sentence of every raw line it did not remove', () => {
    const removedLines = new Set(data.removedLines.map((r: { line: number; text: string }) => r.line));
    const inlineRemoved = data.removedLines.map((r: { text: string }) => r.text);
    raw.split('\n').forEach((line, i) => {
      if (removedLines.has(i + 1) && !inlineRemoved.some((t: string) => line !== t && line.includes(t))) return;
      let kept = line;
      for (const t of inlineRemoved) kept = kept.replace(t, '');
      // Words broken across lines are joined, so each piece must be found, not necessarily whole.
      for (const s of sentences(kept)) expect(text, `line ${i + 1}`).toContain(s.replace(/^و(?=\S)/, '').slice(0, 60));
    });
  });

  it('lets none of the removed noise into the article', () => {
    for (const r of data.removedLines as { reason: string; text: string }[]) {
      if (r.reason === 'title' || r.text.length < 15) continue;
      expect(text).not.toContain(foldWhitespace(r.text).slice(0, 80));
    }
  });

  it('keeps the author and the subheadings as structure', () => {
    expect(data.author).toBe(seed.author);
    expect([...body.matchAll(/^## (.*)$/gm)].map((m) => mdxToPlainText(m[1]!).trim())).toEqual(seed.headings);
  });

  it('records the raw file’s SHA-256', async () => {
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(readFileSync(`content/${data.source.file}`)).digest('hex')).toBe(data.source.sha256);
  });
});

describe('repairs in seed 2016-12-is-after-sirte', () => {
  const { text } = load('2016-12-is-after-sirte');
  it.each(['تواجد الموالون لتنظيم الدولة', 'طرابلس. وأقام التنظيم في تلك الأثناء', 'وبحسب وكالة الأناضول', 'المقبلة، تسود الخشية', 'ويخشى أخيرًا في هذا السياق'])(
    'joins the broken words into «%s»',
    (phrase) => expect(text).toContain(phrase),
  );
});

describe('repairs in seed 2016-is-leaving-libya-elmaouid', () => {
  const { text } = load('2016-is-leaving-libya-elmaouid');
  it('joins the paragraph broken across lines 8 and 10: «من الإرهابيين إلى البلاد المجاورة.»', () => {
    expect(text).toContain('وقد يفرّ من تبقّى من الإرهابيين إلى البلاد المجاورة.');
  });
  it('no longer glues sentences or commas to the next word: «المجاورة.وفي», «إفريقيا،وأعلن»', () => {
    expect(text).not.toMatch(/[\u0621-\u064A]{2}[.،][\u0621-\u064A]/);
    expect(text).toContain('في غرب إفريقيا، وأعلن مسؤوليته');
    expect(text).toContain('وفي جويلية الماضي، قدم الأمين العام');
  });
});

describe('inline caption in seed 2016-12-sirte-reuters', () => {
  const { text } = load('2016-12-sirte-reuters');
  it('drops the fragment «*حطام» and keeps the sentence it was glued to', () => {
    expect(text).toContain('تركوا الأرض التي يسيطر عليها المتشددون اليوم.');
    expect(text).not.toContain('حطام');
  });
});

describe('the seeds re-ingested from their raw sources and sidecars', () => {
  it.each(SEEDS.map((s) => s.slug))('%s gives its committed MDX byte for byte', async (slug) => {
    const { run } = await import('../../../src/ingest/run.ts');
    const { placeCounter } = await import('../../../src/ingest/steps/tag.ts');
    const { validatePlaces } = await import('../../../src/check/rules/places.ts');
    const { sourceMetaSchema } = await import('../../../src/schemas/source-meta.ts');
    const countPlaces = placeCounter(validatePlaces(readFileSync('content/places.yaml', 'utf8'), 'content/places.yaml').places);
    const meta = sourceMetaSchema.parse(parse(readFileSync(`content/sources/${slug}.meta.yaml`, 'utf8')));
    const result = run(readFileSync(`content/sources/${slug}.txt`), `content/sources/${slug}.txt`, meta, { countPlaces });
    expect(result.mdx).toBe(readFileSync(`content/articles/${slug}.mdx`, 'utf8'));
  });
});
