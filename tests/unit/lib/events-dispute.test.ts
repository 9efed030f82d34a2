import { describe, expect, it } from 'vitest';
import { claimDates, figureConflicts, hasDateConflict, isDisputed, timelineDates } from '../../../src/lib/events/dispute.ts';
import type { Figure } from '../../../src/schemas/event.ts';

const fig = (label: string, value: number, bound: Figure['bound'] = 'exact', max?: number): Figure =>
  max === undefined ? { label, value, bound } : { label, value, bound, max };

describe('isDisputed', () => {
  it('sees a dispute when one source says «تشرين الأول/أكتوبر 2014» and another «13 نوفمبر 2014»', () => {
    const derna = {
      date: { from: '2014-10', to: '2014-11-13' },
      claims: [{ date: { value: '2014-10' } }, { date: { value: '2014-11-13' } }],
    };
    expect(hasDateConflict(derna)).toBe(true);
    expect(isDisputed(derna)).toBe(true);
  });

  it('sees agreement when a vague date holds a precise one («كانون الأول» and «الاثنين 5 كانون الأول»)', () => {
    const sirte = { date: { value: '2016-12-05' }, claims: [{ date: { value: '2016-12' } }, { date: { value: '2016-12-05' } }, {}] };
    expect(isDisputed(sirte)).toBe(false);
  });

  it('sees a dispute in the toll: 457 killed, 700 killed and «أكثر من 700» killed', () => {
    const toll = {
      date: { from: '2016-05', to: '2016-12' },
      claims: [
        { figures: [fig('killed', 457), fig('wounded', 2130)] },
        { figures: [fig('killed', 700), fig('wounded', 3000)] },
        { figures: [fig('killed', 700, 'more-than'), fig('wounded', 3200, 'more-than')] },
      ],
    };
    expect(figureConflicts(toll)).toEqual(['killed', 'wounded']);
    expect(isDisputed(toll)).toBe(true);
  });

  it('sees «حوالي 250 كيلومترا» and «250 كلم» as the same number, and different labels as no conflict', () => {
    const coast = {
      date: { value: '2015' },
      claims: [{ figures: [fig('coast-km', 250)] }, { figures: [fig('coast-km', 250, 'about'), fig('fighters', 3000)] }],
    };
    expect(figureConflicts(coast)).toEqual([]);
    expect(isDisputed(coast)).toBe(false);
  });

  it('sees «بين أربعة إلى ستة آلاف» and «بين خمسة آلاف وسبعة آلاف» as different ranges', () => {
    const estimates = {
      date: { value: '2016' },
      claims: [{ figures: [fig('fighters', 4000, 'exact', 6000)] }, { figures: [fig('fighters', 5000, 'exact', 7000)] }],
    };
    expect(figureConflicts(estimates)).toEqual(['fighters']);
  });
});

describe('timelineDates', () => {
  it('draws each claimed date of a disputed event, once each and earliest first', () => {
    const sirte = {
      date: { value: '2015' },
      claims: [{ date: { value: '2015-06' } }, { date: { value: '2015' } }, { date: { value: '2015-05' } }, { date: { value: '2015-06' } }],
    };
    expect(claimDates(sirte).map((d) => ('value' in d ? d.value : d.from))).toEqual(['2015', '2015-05', '2015-06']);
    expect(timelineDates(sirte)).toEqual([{ value: '2015' }, { value: '2015-05' }, { value: '2015-06' }]);
  });

  it('draws the event date alone when the claims agree, even if their numbers differ', () => {
    const toll = {
      date: { from: '2016-05', to: '2016-12' },
      claims: [{ figures: [fig('killed', 457)] }, { figures: [fig('killed', 700)] }],
    };
    expect(timelineDates(toll)).toEqual([{ from: '2016-05', to: '2016-12' }]);
  });
});
