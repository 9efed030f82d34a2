/** Very long lines (issue 15, class 9): a text that is one line of hundreds of thousands of characters becomes paragraphs a page can show, cut at sentence ends. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPH } from '../../../src/lib/paragraphs.ts';
import { META, sandbox } from './sandbox.ts';

/** Sentences of news prose, written for this test, repeated into one line of about 400,000 characters. */
const SENTENCES = [
  'أعلنت القوات الموالية لحكومة الوفاق الوطني سيطرتها على حي جديد في مدينة سرت بعد معارك عنيفة.',
  'وقال متحدث باسم غرفة العمليات إن فرق الهندسة تعمل على تفكيك الألغام في الشوارع الضيقة.',
  'وأكد مسعفون في المستشفى الميداني أنهم استقبلوا عشرات الجرحى خلال اليومين الماضيين؟',
];
const LINE = Array.from({ length: 4600 }, (_, i) => SENTENCES[i % 3]).join(' ');

describe('npm run ingest splits a very long line into paragraphs at sentence ends', () => {
  it('writes paragraphs of at most 5,000 characters, each ending a sentence, with every word kept, and the check passes', () => {
    expect(LINE.length).toBeGreaterThan(400_000);
    const box = sandbox('long-lines-');
    writeFileSync(join(box.dir, 'a.txt'), `سرت تتحرر من التنظيم\n\n${LINE}\n`);
    writeFileSync(join(box.dir, 'a.meta.yaml'), `slug: 2016-12-sirte-test\n${META}`);
    const [out] = JSON.parse(box.ingest(['--dry-run', '--json', 'a.txt']).stdout);
    const paragraphs: string[] = out.paragraphs;
    expect(paragraphs.length).toBeGreaterThanOrEqual(Math.ceil(LINE.length / MAX_PARAGRAPH));
    for (const p of paragraphs) {
      expect(p.length).toBeLessThanOrEqual(MAX_PARAGRAPH);
      expect(p).toMatch(/[.؟]$/);
    }
    expect(paragraphs.join(' ')).toBe(LINE);

    expect(box.ingest(['a.txt']).status).toBe(0);
    const mdx = readFileSync(join(box.content, 'articles', '2016-12-sirte-test.mdx'), 'utf8');
    expect(Math.max(...mdx.split('\n').map((l) => l.length))).toBeLessThanOrEqual(MAX_PARAGRAPH);
    expect(box.check().status).toBe(0);
  });
});
