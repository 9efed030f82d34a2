import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/figures/index.ts';
import { typeOf } from '../../../src/suggest/steps/cues.ts';
import { isEventful } from '../../../src/suggest/steps/select.ts';
import { speechSpans } from '../../../src/suggest/steps/segments.ts';

/** The type of a sentence, with its figures and quoted speech read as suggest reads them. */
const typed = (text: string) => typeOf(text, findFigures(text), speechSpans(text));

describe('the event type a sentence points to', () => {
  it('finds a cue behind its proclitics and before a short suffix: «وسيطرته», «لاستعادتها»', () => {
    expect(typed('وبسط التنظيم سيطرته على المدينة الساحلية منذ أشهر.').type).toBe('control-change');
    expect(typed('بدأت الحملة العسكرية لاستعادة الميناء من المسلحين.').type).toBe('offensive');
  });

  it('prefers the specific word to the reporting verb: «قال … حصار» is a siege', () => {
    const t = typed('وقال المتحدث إن القوات تواصل حصار الحي الأخير في المدينة.');
    expect(t.type).toBe('siege');
    expect(t.cues).toEqual(['حصار']);
  });

  it('calls an attack with its toll an attack, and a toll alone a casualty report', () => {
    expect(typed('وأسفر هجوم انتحاري على سوق المدينة عن مقتل 12 شخصا.').type).toBe('attack');
    expect(typed('وبلغت حصيلة القتلى في صفوف القوات 120 قتيلا.').type).toBe('casualty-report');
  });

  it('reads a count of strikes as air strikes, and a count of fighters with «يقدر» as an estimate', () => {
    expect(typed('ونفذت الطائرات أكثر من 40 غارة على مواقع التنظيم.').type).toBe('air-strike');
    expect(typed('ويقدر عدد مقاتلي التنظيم في المدينة بنحو ألفي مقاتل.').type).toBe('estimate');
  });

  it('weighs words inside quoted speech less: a warning about a battle is a statement', () => {
    expect(typed('وأصدر المجلس بيانا يحذر فيه من أن “تتحول معركة تحرير المدينة إلى حرب بين الفصائل المسلحة”.').type).toBe('statement');
  });

  it('counts one cue per word: «لاستعادة» is one offensive word, not two', () => {
    expect(typed('وشنت القوات هجومها لاستعادة البلدة من التنظيم.').weight).toBe(3);
  });

  it('does not read an adjective or a state as an event: «التكتيك الهجومي», «تحت سيطرة»', () => {
    expect(typed('وتحدث الضابط عن التكتيك الهجومي الذي تتبعه الكتائب.').strong).toBe(false);
    expect(typed('وتقع المنطقة الشاسعة تحت سيطرة جماعات مسلحة متنافسة.').strong).toBe(false);
  });

  it('says «other» when no word tells an event', () => {
    expect(typed('وتعيش المدينة أوضاعا اقتصادية صعبة منذ سنوات طويلة.').type).toBe('other');
  });
});

describe('which sentences are proposed', () => {
  const eventful = (text: string, dated = false) => isEventful({ text, typing: typed(text), dated, figures: findFigures(text).length, heading: false });

  it('proposes an undated sentence when a specific word says something happened', () => {
    expect(eventful('واستولى المسلحون على مستودع للأسلحة في ضواحي المدينة الجنوبية.')).toBe(true);
  });

  it('leaves out a conjecture, an aim or a fear, unless a while-clause holds it', () => {
    expect(eventful('وإذا سيطر التنظيم على الميناء فإن الإمدادات ستتوقف بالكامل.')).toBe(false);
    expect(eventful('ويسعى التنظيم إلى السيطرة على طرق التهريب في الجنوب.')).toBe(false);
    expect(eventful('وفيما تسعى الحكومة إلى التهدئة، استولى المسلحون على مقر البلدية في المدينة.')).toBe(true);
  });

  it('keeps a warning even though what it warns of is a conjecture', () => {
    expect(eventful('وحذر وزير الدفاع من أن المقاتلين قد يتوجهون إلى دول الجوار بعد هزيمتهم.')).toBe(true);
  });

  it('needs a date or a figure for a sentence whose only cue is a general one', () => {
    expect(eventful('وأعلن المتحدث عن نتائج الاجتماع الأخير للقادة.')).toBe(false);
    expect(eventful('وأعلن المتحدث عن نتائج الاجتماع الأخير للقادة.', true)).toBe(true);
  });

  it('never proposes a heading, a question or a clause too short to quote', () => {
    expect(isEventful({ text: 'هل انتهت سيطرة التنظيم على المدينة؟', typing: typed('هل انتهت سيطرة التنظيم على المدينة؟'), dated: true, figures: 0, heading: false })).toBe(false);
    expect(isEventful({ text: 'سيطرة القوات على الميناء الكبير للمدينة', typing: typed('سيطرة القوات على الميناء'), dated: true, figures: 0, heading: true })).toBe(false);
    expect(eventful('سيطرت القوات على الميناء.', true)).toBe(false);
  });
});
