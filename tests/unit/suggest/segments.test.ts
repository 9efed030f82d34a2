import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/lib/dates/index.ts';
import { segmentsOf, sentencesOf, speechSpans, splitByEvents } from '../../../src/suggest/steps/segments.ts';

const at = { published: { date: '2016-12', approximate: true } };

describe('the sentences and clauses of an article', () => {
  it('keeps each sentence with its offsets and its paragraph', () => {
    const text = 'الجملة الأولى من الفقرة الأولى هنا. والجملة الثانية منها.\nفقرة ثانية من جملة واحدة فقط.';
    const list = sentencesOf(text);
    expect(list.map((s) => [s.text, s.paragraph])).toEqual([
      ['الجملة الأولى من الفقرة الأولى هنا.', 0],
      ['والجملة الثانية منها.', 0],
      ['فقرة ثانية من جملة واحدة فقط.', 1],
    ]);
    for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a sentence before the last clause opener between two different dates, and nowhere else', () => {
    const text = 'وانسحبت الكتائب من البلدة في مارس 2015، ثم عادت إليها القوات الحكومية في يوليو 2016 بعد معارك.';
    const list = segmentsOf(text, parseDates(text, at));
    expect(list.map((s) => s.text)).toEqual(['وانسحبت الكتائب من البلدة في مارس 2015', 'ثم عادت إليها القوات الحكومية في يوليو 2016 بعد معارك.']);
  });

  it('does not cut a sentence whose two dates are the same, nor one where a side would be too short to quote', () => {
    const same = 'وفي مايو 2016 بدأ الهجوم، وفي مايو 2016 أيضا سقطت البلدة الأولى.';
    expect(segmentsOf(same, parseDates(same, at))).toHaveLength(1);
    const short = 'في 2015، ثم في 2016 عادت القوات إلى المدينة الساحلية.';
    expect(segmentsOf(short, parseDates(short, at))).toHaveLength(1);
  });

  it('does not cut inside quoted speech, whose dates date what was said', () => {
    const text = 'وقال القائد يوم 5 ديسمبر 2016 إن “الجنود سيعودون إلى الثكنات قبل نهاية يناير 2017 بعد انتهاء العمليات”.';
    expect(segmentsOf(text, parseDates(text, at), speechSpans(text))).toHaveLength(1);
  });

  it('cuts a sentence that tells two events at «حيث» when each side tells one', () => {
    const text = 'وطردت القوات المسلحين من الحي الشرقي، حيث استولت على مخزن كبير للذخيرة والأسلحة الثقيلة.';
    const [s] = segmentsOf(text, []);
    const tells = (piece: string) => /طردت|استولت/.test(piece);
    expect(splitByEvents(s!, tells).map((p) => p.text)).toEqual(['وطردت القوات المسلحين من الحي الشرقي', 'حيث استولت على مخزن كبير للذخيرة والأسلحة الثقيلة.']);
    expect(splitByEvents(s!, (piece) => /طردت/.test(piece))).toHaveLength(1);
  });

  it('finds quoted speech of five words or more, not a quoted name', () => {
    const text = 'وأطلقت عملية «البنيان المرصوص» وقال قائدها “سنحرر المدينة كلها خلال أسابيع قليلة”.';
    expect(speechSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['“سنحرر المدينة كلها خلال أسابيع قليلة”']);
  });
});
