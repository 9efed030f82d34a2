import { describe, expect, it } from 'vitest';
import {
  borrowed,
  coordinated,
  introduced,
  monthAt,
  pieceAt,
  plainYearAt,
  qualifierAt,
  rangeAt,
  relativeDayAt,
  relativeMonthAt,
  relativeYearAt,
  weekdayAt,
  yearAt,
  yearSpanAt,
} from '../../../src/lib/dates/parser/recognise.ts';
import { read } from './support/date-tokens.ts';
import { YEAR_INTRO } from '../../../src/lib/dates/parser/words.ts';

describe('monthAt reads a month name as a whole word', () => {
  it('reads «وكانون الأول» as December over two tokens, behind its conjunction', () => {
    const [cur, i] = read('بين أيار وكانون الأول 2016', 'وكانون');
    expect(monthAt(cur, i)).toEqual({ month: 12, last: i + 1, skip: 1 });
  });
  it('reads the Maghrebi «جويلية» and the Moroccan «دجنبر»', () => {
    expect(monthAt(...read('في جويلية', 'جويلية'))?.month).toBe(7);
    expect(monthAt(...read('في دجنبر', 'دجنبر'))?.month).toBe(12);
  });
  it('does not read «حماية», «جوانب» or «يمارس» as months', () => {
    for (const [text, word] of [['حماية المدنيين', 'حماية'], ['في جوانب عدة', 'جوانب'], ['ويمارس الجيش', 'ويمارس']]) {
      expect(monthAt(...read(text!, word!))).toBeNull();
    }
  });
  it('takes «آب» and «وآب» for August, but not «أب» (a father) nor the «آب» hidden in «باب»', () => {
    expect(monthAt(...read('في آب', 'آب'))?.month).toBe(8);
    expect(monthAt(...read('تموز وآب', 'وآب'))?.month).toBe(8);
    expect(monthAt(...read('قتل أب', 'أب'))).toBeNull();
    expect(monthAt(...read('في باب العزيزية', 'باب'))).toBeNull();
  });
});

describe('yearAt and plainYearAt read a Gregorian year', () => {
  it('reads «2016م» as 2016 and takes the Gregorian mark with it', () => {
    const [cur, i] = read('سنة 2016م', '2016');
    expect(yearAt(cur, i)).toEqual({ year: 2016, last: i + 1 });
  });
  it('leaves the Hijri «1437» and the far «2200» alone', () => {
    expect(yearAt(...read('عام 1437 هـ', '1437'))).toBeNull();
    expect(yearAt(...read('في 2200', '2200'))).toBeNull();
  });
  it('does not take «2000 شخص» or «2016%» for years', () => {
    expect(plainYearAt(...read('في 2000 شخص', '2000'))).toBeNull();
    expect(plainYearAt(...read('بنسبة 2016%', '2016'))).toBeNull();
    expect(plainYearAt(...read('في 2016 انتهى', '2016'))?.year).toBe(2016);
  });
});

describe('relativeYearAt and relativeMonthAt read years and months named from the publication', () => {
  it('reads «العام الماضي» as one year back, «العام قبل الماضي» as two, «هذا العام» as the same year', () => {
    expect(relativeYearAt(...read('في العام الماضي', 'العام'))).toMatchObject({ shift: -1, skip: 0 });
    expect(relativeYearAt(...read('العام قبل الماضي', 'العام'))).toMatchObject({ shift: -2 });
    expect(relativeYearAt(...read('هذا العام', 'هذا'))).toMatchObject({ shift: 0 });
  });
  it('reads «للعام المقبل» as next year with no clitic to cut, and «وفي السنة المقبلة» behind its clitic', () => {
    expect(relativeYearAt(...read('للعام المقبل', 'للعام'))).toMatchObject({ shift: 1, skip: 0 });
    expect(relativeYearAt(...read('والسنة المقبلة', 'والسنة'))).toMatchObject({ shift: 1, skip: 1 });
  });
  it('reads «العام نفسه» and «ذلك العام» as a year the narrative knows and the publication does not', () => {
    expect(relativeYearAt(...read('في العام نفسه', 'العام'))).toMatchObject({ unknown: true });
    expect(relativeYearAt(...read('في ذلك العام', 'ذلك'))).toMatchObject({ unknown: true });
  });
  it('does not read «الأمين العام» or a bare «العام» as a date', () => {
    expect(relativeYearAt(...read('الأمين العام للأمم المتحدة', 'العام'))).toBeNull();
  });
  it('reads «الشهر الماضي» as one month back and «هذا الشهر» as the same month', () => {
    expect(relativeMonthAt(...read('الشهر الماضي', 'الشهر'))).toMatchObject({ shift: -1 });
    expect(relativeMonthAt(...read('هذا الشهر', 'هذا'))).toMatchObject({ shift: 0 });
  });
});

describe('pieceAt reads a date expression and what it says, unresolved', () => {
  it('reads the numeric «5/12/2016» day first', () => {
    expect(pieceAt(...read('بتاريخ 5/12/2016', '5/'))).toMatchObject({ year: 2016, month: 12, day: 5, strong: true });
  });
  it('reads «13 نوفمبر عام 2014» with its year word', () => {
    const [cur, i] = read('في 13 نوفمبر عام 2014 بعد', '13');
    expect(pieceAt(cur, i)).toMatchObject({ first: i, last: i + 3, year: 2014, month: 11, day: 13 });
  });
  it('reads the ordinal day «الحادي عشر من سبتمبر 2001»', () => {
    expect(pieceAt(...read('أحداث الحادي عشر من سبتمبر 2001', 'الحادي'))).toMatchObject({ year: 2001, month: 9, day: 11 });
  });
  it('reads «نيسان/أبريل» as a date by its double name, its year left to the resolver', () => {
    const p = pieceAt(...read('في نيسان/أبريل،', 'نيسان'));
    expect(p).toMatchObject({ month: 4, strong: true });
    expect(p?.year).toBeUndefined();
  });
  it('reads «مايو» alone as a month that needs a context, and «جويلية الماضي» as a date by its shift', () => {
    expect(pieceAt(...read('تيريزا ماي قالت', 'ماي'))).toMatchObject({ month: 5, strong: false });
    expect(pieceAt(...read('في جويلية الماضي', 'جويلية'))).toMatchObject({ month: 7, monthShift: 'past', strong: true });
  });
  it('reads «مارس / آذار من العام الماضي» as March one year back', () => {
    expect(pieceAt(...read('في مارس / آذار من العام الماضي', 'مارس'))).toMatchObject({ month: 3, yearShift: -1 });
  });
  it('gives a bare year or a bare day only when asked', () => {
    expect(pieceAt(...read('في 2011', '2011'))).toBeNull();
    expect(pieceAt(...read('في 2011', '2011'), { bareYear: true })).toMatchObject({ year: 2011, strong: false });
    expect(pieceAt(...read('في 5 و6 ديسمبر', '5'))).toBeNull();
    expect(pieceAt(...read('في 5 و6 ديسمبر', '5'), { bareDay: true })).toMatchObject({ day: 5, strong: false });
  });
  it('gives up the day of «31 نوفمبر 2014», which November does not have', () => {
    expect(pieceAt(...read('في 31 نوفمبر 2014', '31'))).toBeNull();
    expect(pieceAt(...read('في 31 نوفمبر 2014', 'نوفمبر'))).toMatchObject({ year: 2014, month: 11 });
  });
});

describe('introduced sees what makes a word a point in time', () => {
  it('sees «في», «منذ» with a comma between, a weekday before a date, and «ب» glued to a year', () => {
    expect(introduced(...read('في مايو', 'مايو'))).toBe(true);
    expect(introduced(...read('منذ، مايو', 'مايو'))).toBe(true);
    expect(introduced(...read('الاثنين 5 ديسمبر', '5'))).toBe(true);
    expect(introduced(...read('ب2014', '2014'))).toBe(true);
    expect(introduced(...read('تيريزا ماي', 'ماي'))).toBe(false);
  });
  it('lets only some temporal words introduce a bare year: «في 2011» yes, «يوم 2011» no', () => {
    const [cur, i] = read('في 2011', '2011');
    expect(introduced(cur, i, YEAR_INTRO)).toBe(true);
    const [cur2, k] = read('يوم 2011', '2011');
    expect(introduced(cur2, k, YEAR_INTRO)).toBe(false);
  });
});

describe('coordinated pieces lend each other what they lack', () => {
  it('finds the start of «ويونيو» and of «و 2015» after a piece', () => {
    const [cur, i] = read('في مايو ويونيو 2016', 'مايو');
    expect(coordinated(cur, i)).toBe(i + 1);
    const [cur2, k] = read('عامي 2014 و 2015', '2014');
    expect(coordinated(cur2, k)).toBe(k + 2);
  });
  it('gives «مايو» in «مايو ويونيو 2016» the year of June', () => {
    const [cur, i] = read('في مايو ويونيو 2016', 'مايو');
    expect(borrowed(cur, pieceAt(cur, i)!)).toMatchObject({ month: 5, year: 2016 });
  });
  it('gives the bare «5» of «5 و6 ديسمبر 2016» the month and year of the second day', () => {
    const [cur, i] = read('في 5 و6 ديسمبر 2016', '5');
    expect(borrowed(cur, pieceAt(cur, i, { bareDay: true })!)).toMatchObject({ day: 5, month: 12, year: 2016 });
  });
  it('lends nothing backwards in time: «ديسمبر ويناير 2016» leaves December without a year', () => {
    const [cur, i] = read('في ديسمبر ويناير 2016', 'ديسمبر');
    expect(borrowed(cur, pieceAt(cur, i)!).year).toBeUndefined();
  });
});

describe('rangeAt reads the two ends of a range', () => {
  it('reads «بين أيار وكانون الأول 2016»: May without a year, December 2016', () => {
    const r = rangeAt(...read('دارت المعارك بين أيار وكانون الأول 2016 في سرت', 'بين'));
    expect(r?.from).toMatchObject({ month: 5 });
    expect(r?.from.year).toBeUndefined();
    expect(r?.to).toMatchObject({ month: 12, year: 2016 });
  });
  it('gives the bare first day of «من 8 إلى 19 دجنبر 2025» the month of the second', () => {
    expect(rangeAt(...read('من 8 إلى 19 دجنبر 2025', 'من'))?.from).toMatchObject({ day: 8, month: 12 });
  });
  it('reads «منذ عام 2014 وحتى عام 2016» with its year words', () => {
    expect(rangeAt(...read('منذ عام 2014 وحتى عام 2016', 'منذ'))).toMatchObject({ from: { year: 2014 }, to: { year: 2016 } });
  });
  it('finds no range in «من 1900 إلى 2000 مقاتل» nor in «بين 2014 2015»', () => {
    expect(rangeAt(...read('من 1900 إلى 2000 مقاتل', 'من'))).toBeNull();
    expect(rangeAt(...read('بين 2014 2015', 'بين'))).toBeNull();
  });
});

describe('yearSpanAt and qualifierAt', () => {
  it('reads «الفترة 2014-2017» as a span of years, but not a bare «2014-2017» nor a reversed one', () => {
    expect(yearSpanAt(...read('عن الفترة 2014-2017', '2014'))).toEqual({ from: 2014, to: 2017 });
    expect(yearSpanAt(...read('رقم 2014-2017', '2014'))).toBeNull();
    expect(yearSpanAt(...read('في 2017-2014', '2017'))).toBeNull();
  });
  it('reads «منتصف» as a qualifier of the next word, and «الأسبوع الأول من» of the word after «من»', () => {
    const [cur, i] = read('منتصف ايار', 'منتصف');
    expect(qualifierAt(cur, i)).toEqual({ skip: 0, next: i + 1 });
    const [cur2, k] = read('في الأسبوع الأول من كانون الأول', 'الأسبوع');
    expect(qualifierAt(cur2, k)).toEqual({ skip: 0, next: k + 3 });
  });
  it('does not take «الأسبوع الماضي» for a part of a month', () => {
    expect(qualifierAt(...read('الأسبوع الماضي', 'الأسبوع'))).toBeNull();
  });
});

describe('relativeDayAt and weekdayAt read days named from the publication day', () => {
  it('reads «أمس» as a day back, «أول أمس», «أول من أمس» and «أمس الأول» as two', () => {
    expect(relativeDayAt(...read('قال أمس', 'أمس'))).toMatchObject({ offset: -1 });
    expect(relativeDayAt(...read('قال أول أمس', 'أول'))).toMatchObject({ offset: -2 });
    expect(relativeDayAt(...read('قال أول من أمس', 'أول'))).toMatchObject({ offset: -2 });
    expect(relativeDayAt(...read('قال أمس الأول', 'أمس'))).toMatchObject({ offset: -2 });
  });
  it('reads «اليوم السبت» and «غدا الأحد» with the weekday they name', () => {
    expect(relativeDayAt(...read('مرتقبة اليوم السبت', 'اليوم'))).toMatchObject({ offset: 0, weekday: 6 });
    expect(relativeDayAt(...read('مرتقبة غدا الأحد', 'غدا'))).toMatchObject({ offset: 1, weekday: 0 });
  });
  it('reads «اليوم» after a time of the day: «في وقت سابق اليوم», «صباح اليوم», «مساء اليوم»', () => {
    expect(relativeDayAt(...read('وقال في وقت سابق اليوم إن', 'اليوم'))).toMatchObject({ offset: 0 });
    expect(relativeDayAt(...read('سقطت صباح اليوم قذائف', 'اليوم'))).toMatchObject({ offset: 0 });
    expect(relativeDayAt(...read('أعلن مساء اليوم', 'اليوم'))).toMatchObject({ offset: 0 });
  });
  it('does not read a bare «اليوم» (also "nowadays") nor «غدا» the verb', () => {
    expect(relativeDayAt(...read('يتراجع اليوم ويضعف', 'اليوم'))).toBeNull();
    expect(relativeDayAt(...read('غدا التنظيم أضعف', 'غدا'))).toBeNull();
  });
  it('reads «الاثنين الماضي» with its shift and «يوم الاثنين» alone, but not a bare «الاثنين» ("the two")', () => {
    expect(weekdayAt(...read('أعلنت الاثنين الماضي', 'الاثنين'))).toMatchObject({ weekday: 1, shift: 'past' });
    expect(weekdayAt(...read('قالت يوم الاثنين', 'الاثنين'))).toMatchObject({ weekday: 1 });
    expect(weekdayAt(...read('كلا الاثنين مسؤول', 'الاثنين'))).toBeNull();
  });
  it('leaves «الاثنين 5 ديسمبر 2016» to the date that follows, and «الأحد الجاري» unread', () => {
    expect(weekdayAt(...read('أعلن الاثنين 5 ديسمبر 2016', 'الاثنين'))).toBeNull();
    expect(weekdayAt(...read('الأحد الجاري', 'الأحد'))).toBeNull();
    expect(weekdayAt(...read('أدلى بها الأربعاء لقناة', 'الأربعاء'))).toMatchObject({ weekday: 3 });
  });
});
