import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/steps/lines.ts';
import { repairLines } from '../../../src/ingest/steps/repair.ts';

const texts = (raw: string) => repairLines(toLines(raw)).map((u) => u.text);

describe('repair: words and sentences broken across lines are joined, no word is changed', () => {
  it('joins a word left alone on its line: «تواجد\\n\\nالموالون …»', () => {
    expect(texts('تواجد\n\nالموالون لتنظيم الدولة في البيضاء وبنغازي.')).toEqual(['تواجد الموالون لتنظيم الدولة في البيضاء وبنغازي.']);
  });
  it('attaches a lone «و» to the next word: «و\\n\\nبحسب\\n\\nوكالة …» → «وبحسب وكالة …»', () => {
    expect(texts('و\n\nبحسب\n\nوكالة الأناضول فقد طرد التنظيم من درنة.')).toEqual(['وبحسب وكالة الأناضول فقد طرد التنظيم من درنة.']);
  });
  it('moves a «و» glued after a full stop to the next line: «طرابلس.و\\n\\nأقام» → «طرابلس. وأقام»', () => {
    expect(texts('في البيضاء وطرابلس.و\n\nأقام\n\nالتنظيم معسكرات في ضواحي درنة.')).toEqual([
      'في البيضاء وطرابلس. وأقام التنظيم معسكرات في ضواحي درنة.',
    ]);
  });
  it('joins a line that ends with a comma and goes on until the sentence ends', () => {
    expect(texts('بعد الهزيمة المتوقعة للتنظيم في الأشهر المقبلة،\n\nتسود\n\nالخشية في دول الجوار.')).toEqual([
      'بعد الهزيمة المتوقعة للتنظيم في الأشهر المقبلة، تسود الخشية في دول الجوار.',
    ]);
  });
  it('joins a long line cut mid-sentence to the next one', () => {
    const first = 'وقال لودريان خلال محاضرة ألقاها في باريس إن هناك احتمالا كبيرا بأن يتوجه إرهابيو داعش إلى تونس ومصر بعد طردهم من ليبيا وقد يفر من تبقى من الإرهابيين';
    expect(texts(`${first}\n\nإلى البلاد المجاورة.`)).toEqual([`${first} إلى البلاد المجاورة.`]);
  });
  it('splits sentences glued without a space into paragraphs: «المجاورة.وفي جويلية»', () => {
    expect(texts('إلى البلاد المجاورة.وفي جويلية الماضي قدم الأمين العام تقريرا.')).toEqual([
      'إلى البلاد المجاورة.',
      'وفي جويلية الماضي قدم الأمين العام تقريرا.',
    ]);
  });
  it('leaves decimals and short headings alone: «زلزال بقوة 5.1 درجات» and «انهيار مفاجئ»', () => {
    expect(texts('انهيار مفاجئ\n\nزلزال بقوة 5.1 درجات يضرب المنطقة.')).toEqual(['انهيار مفاجئ', 'زلزال بقوة 5.1 درجات يضرب المنطقة.']);
  });
  it('remembers which raw lines each block came from', () => {
    expect(repairLines(toLines('و\n\nبحسب\n\nوكالة الأناضول.')).map((u) => u.lines)).toEqual([[1, 3, 5]]);
  });
});
