/**
 * Control, noncharacter and bidi characters at ingest (issue 15, class 6): taken out of the title, author,
 * publisher and body by the one hygiene module, each recorded in the preview and `--json`; the raw file kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandbox } from './sandbox.ts';

/** A text whose headline has a right-to-left override left open, and whose paragraphs carry a bell, a NEL, noncharacters and a lone PDF. */
const RAW = [
  'سرت \u202eتتحرر من التنظيم',
  '',
  'أعلنت القوات الموالية لحكومة الوفاق الوطني\u0007 سيطرتها الكاملة على مدينة سرت\ufffe بعد ستة أشهر من القتال.',
  '',
  'وقال متحدث باسم القوات في مصراتة\u0085إن آخر المقاتلين استسلموا\u{10ffff} في حي الجيزة البحرية\u202c.',
].join('\n');
const META = 'slug: 2016-12-sirte-test\nauthor: "محمد الهادي\\u2067"\npublisher: "وكالة\\x1b الأنباء"\npublished:\n  date: "2016-12"\n  approximate: true\n  basis: أعلن تحرير سرت في ديسمبر 2016\n';
/** Every character the hygiene module takes out. */
const UNSAFE = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|\u{10ffff}/u;

function box() {
  const b = sandbox('hygiene-');
  writeFileSync(join(b.dir, 'a.txt'), RAW);
  writeFileSync(join(b.dir, 'a.meta.yaml'), META);
  return b;
}

describe('npm run ingest cleans what it writes of controls, noncharacters and unpaired bidi controls', () => {
  it('--json records each character taken out, where it was, and the fields come out clean', () => {
    const [out] = JSON.parse(box().ingest(['--dry-run', '--json', 'a.txt']).stdout);
    expect(out.hygiene).toEqual([
      { field: 'title', char: 'U+202E', kind: 'bidi' },
      { field: 'author', char: 'U+2067', kind: 'bidi' },
      { field: 'publisher', char: 'U+001B', kind: 'control' },
      { field: 'body', line: 3, char: 'U+0007', kind: 'control' },
      { field: 'body', line: 3, char: 'U+FFFE', kind: 'noncharacter' },
      { field: 'body', line: 5, char: 'U+0085', kind: 'control' },
      { field: 'body', line: 5, char: 'U+10FFFF', kind: 'noncharacter' },
      { field: 'body', line: 5, char: 'U+202C', kind: 'bidi' },
    ]);
    expect([out.title, out.author, out.publisher]).toEqual(['سرت تتحرر من التنظيم', 'محمد الهادي', 'وكالة الأنباء']);
    expect(out.text).toContain('مصراتة إن آخر المقاتلين');
    expect(out.text).not.toMatch(UNSAFE);
  });

  it('the readable preview says what was taken out and where', () => {
    const r = box().ingest(['--dry-run', 'a.txt']);
    expect(r.stdout).toContain('  محارف خفية حُذفت / invisible characters removed: 8: U+202E في العنوان، U+2067 في اسم الكاتب، U+001B في اسم الناشر، U+0007 في السطر 3، …');
  });

  it('writes an article and sidecar with none of them, keeps the raw file byte for byte, and the check passes', () => {
    const b = box();
    expect(b.ingest(['a.txt']).status).toBe(0);
    expect(readFileSync(join(b.content, 'articles', '2016-12-sirte-test.mdx'), 'utf8')).not.toMatch(UNSAFE);
    expect(readFileSync(join(b.content, 'sources', '2016-12-sirte-test.meta.yaml'), 'utf8')).not.toMatch(/\\u2067|\\e|\\x1b/i);
    expect(readFileSync(join(b.content, 'sources', '2016-12-sirte-test.txt'), 'utf8')).toBe(RAW);
    expect(b.check().status).toBe(0);
  });
});
