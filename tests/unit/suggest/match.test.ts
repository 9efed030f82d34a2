import { describe, expect, it } from 'vitest';
import type { ArchiveEvent, EventDate, EventType, Figure } from '../../../src/schemas/event.ts';
import { indexEvents, matchEvents } from '../../../src/suggest/steps/match.ts';

/** An event of an invented archive. */
function event(id: string, type: EventType, date: EventDate, places: string[], title: string, quote: string, figures?: Figure[]): ArchiveEvent {
  return { id, title, description: title, type, places, date, claims: [{ article: 'other-article', quote, ...(figures ? { figures } : {}), date }] };
}

const ARCHIVE = indexEvents([
  event('2015-03-port-taken', 'control-change', { value: '2015-03' }, ['misrata'], 'سيطرة المسلحين على ميناء المدينة', 'وسيطر المسلحون على ميناء المدينة التجاري بعد معارك قصيرة مع خفر السواحل'),
  event('2016-06-market-bombing', 'attack', { value: '2016-06-14' }, ['derna'], 'تفجير السوق الشعبي', 'وانفجرت سيارة مفخخة في السوق الشعبي وسط المدينة ما أسفر عن مقتل 22 شخصا', [{ label: 'killed', value: 22, bound: 'exact' }]),
  event('2016-campaign-toll', 'casualty-report', { from: '2016-05', to: '2016-12' }, ['sirte'], 'حصيلة قتلى الحملة العسكرية على سرت', 'وبلغت حصيلة قتلى القوات الحكومية في حملة سرت 500 قتيل', [{ label: 'killed', value: 500, bound: 'exact' }]),
  event('2016-09-oil-ports-handover', 'agreement', { value: '2016-09' }, ['ras-lanuf'], 'تسليم موانئ النفط', 'ووقع الطرفان اتفاقا لتسليم موانئ النفط إلى المؤسسة الوطنية'),
]);

const probe = (quote: string, type: EventType, date: EventDate | null, places: string[], figures: Figure[] = []) => matchEvents({ quote, type, date, places, figures }, ARCHIVE);

describe('matching a suggestion to the events of the archive', () => {
  it('finds another source for an event: same day, same place, same words', () => {
    const { match } = probe('وقتل 22 شخصا في انفجار سيارة مفخخة في السوق الشعبي بمدينة درنة', 'attack', { value: '2016-06-14' }, ['derna'], [{ label: 'killed', value: 22, bound: 'exact' }]);
    expect(match?.event).toBe('2016-06-market-bombing');
    expect(match?.relation).toBe('same');
    expect(match?.why).toMatch(/^another source for 2016-06-market-bombing: dates overlap \(2016-06-14\), shared place derna, same type attack/);
  });

  it('flags a conflict when the same event is dated otherwise: «2015-04 vs 2015-03»', () => {
    const { match } = probe('وسيطر المسلحون على ميناء المدينة التجاري في أبريل 2015', 'control-change', { value: '2015-04' }, ['misrata']);
    expect(match?.event).toBe('2015-03-port-taken');
    expect(match?.relation).toBe('conflict');
    expect(match?.why).toMatch(/^conflicts with 2015-03-port-taken: 2015-04 vs 2015-03 — /);
  });

  it('flags a conflict when the same count is given otherwise: «more than 650 vs 500 killed»', () => {
    const { match } = probe('وقالت مصادر طبية إن أكثر من 650 من عناصر القوات الحكومية قتلوا في حملة سرت', 'casualty-report', null, ['sirte'], [{ label: 'killed', value: 650, bound: 'more-than' }]);
    expect(match?.event).toBe('2016-campaign-toll');
    expect(match?.relation).toBe('conflict');
    expect(match?.why).toMatch(/more than 650 vs 500 killed/);
  });

  it('does not take a day\'s toll for a campaign\'s: counts on another scale are another count', () => {
    const { match, others } = probe('وقالت مصادر طبية إن ثلاثة من عناصر القوات الحكومية قتلوا اليوم في سرت', 'casualty-report', { value: '2016-10-02' }, ['sirte'], [{ label: 'killed', value: 3, bound: 'exact' }]);
    expect(match).toBeNull();
    expect(others[0]?.why ?? '').toMatch(/another scale/);
  });

  it('proposes a new event when no event shares its rarer words, even in the same place and year', () => {
    const { match } = probe('واختطف مسلحون أربعة عمال أجانب من حقل نفطي جنوب سرت', 'attack', { value: '2016-07' }, ['sirte']);
    expect(match).toBeNull();
  });

  it('ranks the other candidates after the match, best first', () => {
    const { match, others } = probe('وبلغت حصيلة قتلى القوات الحكومية في حملة سرت 520 قتيلا', 'casualty-report', { value: '2016-11' }, ['sirte'], [{ label: 'killed', value: 520, bound: 'exact' }]);
    expect(match?.event).toBe('2016-campaign-toll');
    const scores = others.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(others.every((o) => o.score <= match!.score)).toBe(true);
  });
});
