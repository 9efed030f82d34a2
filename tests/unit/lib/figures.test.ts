import { describe, expect, it } from 'vitest';
import { findFigures, FIGURE_KINDS, numberAt, type FigureMention } from '../../../src/lib/figures/index.ts';
import { figureLabel } from '../../../src/lib/timeline/display.ts';

/** The figures of a sentence as [label, value, max, bound]. */
const read = (text: string, before?: string) =>
  findFigures(text, before === undefined ? {} : { before }).map((f) => [f.label, f.value, f.max ?? null, f.bound]);

/** The number read at the start of a few words. */
const number = (words: string) => numberAt(words.split(' ').map((text) => ({ kind: /^\d/.test(text) ? ('num' as const) : ('word' as const), text })), 0)?.value ?? null;

describe('numbers written in words and digits', () => {
  it.each([
    ['ثلاثه', 3],
    ['احد عشر', 11],
    ['واحد وعشرين', 21],
    ['خمسه وثلاثون', 35],
    ['ثلاثماءه وخمسه وعشرون', 325],
    ['مءتين', 200],
    ['خمسه الاف', 5000],
    ['80 الفا', 80000],
    ['الالف', 1000],
    ['الفين', 2000],
    ['2,130', 2130],
    ['ثلاثه ملايين', 3_000_000],
  ])('reads «%s» as %d', (words, value) => {
    expect(number(words)).toBe(value);
  });

  it('does not read ordinals or vague counts as numbers: «الثالث», «العشرات», «مءات»', () => {
    expect(number('الثالث')).toBeNull();
    expect(number('العشرات')).toBeNull();
    expect(number('مءات')).toBeNull();
  });
});

describe('what a number counts', () => {
  it('reads a toll written as a number and its counted noun: «420 قتيلا و1900 جريح»', () => {
    expect(read('وبلغت حصيلة المواجهات 420 قتيلا، و1900 جريح بحسب المستشفى.')).toEqual([
      ['killed', 420, null, 'exact'],
      ['wounded', 1900, null, 'exact'],
    ]);
  });

  it('reads Arabic-Indic digits as the same number: «٤٢٠ قتيلا»', () => {
    expect(read('وبلغت الحصيلة ٤٢٠ قتيلا في المدينة.')).toEqual([['killed', 420, null, 'exact']]);
  });

  it('reads a figure in words whose act comes later in the clause: «سبعة من الجنود قتلوا»', () => {
    expect(read('وقال طبيب إن سبعة من الجنود قتلوا اليوم في الاشتباكات.')).toEqual([['killed', 7, null, 'exact']]);
  });

  it('gives the act precedence over who was counted: «أكثر من 300 مقاتل … قتلوا» are killed, «خسر 40 مسلحا» too', () => {
    expect(read('وقال المتحدث إن أكثر من 300 مقاتل من الكتائب قتلوا في الهجوم.')).toEqual([['killed', 300, null, 'more-than']]);
    expect(read('وتقول القوات إن التنظيم خسر 40 مسلحا في المعركة.')).toEqual([['killed', 40, null, 'exact']]);
  });

  it('reads a verb of the act before its subject and the number: «قتلت القوات 20 مسلحا», «واعتقلت الشرطة ما لا يقل عن 14»', () => {
    expect(read('وقتلت القوات الحكومية 20 مسلحا في الهجوم.')).toEqual([['killed', 20, null, 'exact']]);
    expect(read('واعتقلت الشرطة ما لا يقل عن 14 مسلحا في المداهمة.')).toEqual([['captured', 14, null, 'at-least']]);
  });

  it('reads the act before the number: «مقتل 12 شخصا على الأقل وإصابة 30 آخرين»', () => {
    expect(read('وأسفر التفجير عن مقتل 12 شخصا على الأقل وإصابة 30 آخرين.')).toEqual([
      ['killed', 12, null, 'at-least'],
      ['wounded', 30, null, 'exact'],
    ]);
  });

  it('reads each qualifier: «حوالي», «ما لا يقل عن», «لا يتجاوز», «أكثر من»', () => {
    expect(read('شنت الطائرات حوالي 60 غارة جوية على المواقع.')).toEqual([['air-strikes', 60, null, 'about']]);
    expect(read('وطوقت الشرطة ما لا يقل عن 14 مسلحا في المداهمة.')).toEqual([['fighters', 14, null, 'at-least']]);
    expect(read('وقالت القيادة إن عدد المقاتلين لا يتجاوز 500 مقاتل.')).toEqual([['fighters', 500, null, 'at-most']]);
  });

  it('reads a range in words whose first end borrows the multiplier of the second: «ما بين ثلاثة إلى خمسة آلاف مقاتل»', () => {
    expect(read('ويقدر عدد عناصره ما بين ثلاثة إلى خمسة آلاف مقاتل.')).toEqual([['fighters', 3000, 5000, 'exact']]);
    expect(read('وقدر مسؤولون عددهم بين ألفين وأربعة آلاف مقاتل.')).toEqual([['fighters', 2000, 4000, 'exact']]);
  });

  it('takes what a bare number counts from «عدد …» in the sentence before: «عددهم لا يتجاوز الألف»', () => {
    expect(read('لكن ضابطا قال إن عددهم لا يتجاوز الألف.', 'ولا يعرف أحد عدد مقاتلي التنظيم في المدينة.')).toEqual([['fighters', 1000, null, 'at-most']]);
    expect(read('لكن ضابطا قال إن عددهم لا يتجاوز الألف.')).toEqual([]);
  });

  it('counts nothing in years, distances, durations and other nouns: «عام 2011», «450 كلم», «ستة أشهر», «ثلاثة فروع»', () => {
    expect(read('وولدت هذه الجماعات عام 2011 خلال الانتفاضة التي قتل فيها القذافي.')).toEqual([]);
    expect(read('تقع المدينة على بعد 450 كلم شرق العاصمة بعد ستة أشهر من القتال.')).toEqual([]);
    expect(read('وأعلن التنظيم إنشاء ثلاثة فروع في البلاد.')).toEqual([]);
  });

  it('skips a number inside a span it is told is a date: «في 12 مايو قتل»', () => {
    const text = 'وفي 12 مايو قتل عدد من الجنود.';
    expect(findFigures(text, { exclude: [[text.indexOf('12'), text.indexOf('مايو') + 4]] })).toEqual([]);
  });

  it('keeps the words as written, harakat included, and their offsets in the input', () => {
    const text = 'وأسفر الهجومُ عن مَقتلِ ١٥ شخصاً.';
    const [f] = findFigures(text) as [FigureMention];
    expect(f.text).toBe('مَقتلِ ١٥ شخصاً');
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.unit).toBe('people');
  });

  it('names every kind it counts in Arabic on the site', () => {
    for (const kind of FIGURE_KINDS) expect(figureLabel(kind)).not.toBe(kind);
  });
});
