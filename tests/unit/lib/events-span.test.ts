import { describe, expect, it } from 'vitest';
import { compareEvents, sortEvents } from '../../../src/lib/events/sort.ts';
import {
  boundsOf,
  contains,
  coveringDate,
  eventSpan,
  isOrderedInterval,
  nested,
  toTimelineDate,
} from '../../../src/lib/events/span.ts';

describe('isOrderedInterval', () => {
  it('accepts «من 12 ماي إلى كانون الأول 2016» (a day to a month)', () => {
    expect(isOrderedInterval({ from: '2016-05-12', to: '2016-12' })).toBe(true);
  });

  it('refuses an interval that ends before it starts', () => {
    expect(isOrderedInterval({ from: '2016-12', to: '2016-05' })).toBe(false);
  });

  it('refuses an end that holds its start or a start that holds its end (write 2016-05 → 2016-12), and a one-date interval', () => {
    expect(isOrderedInterval({ from: '2016-05', to: '2016' })).toBe(false);
    expect(isOrderedInterval({ from: '2016', to: '2016-05' })).toBe(false);
    expect(isOrderedInterval({ from: '2016-05', to: '2016-05' })).toBe(false);
  });
});

describe('eventSpan', () => {
  it('gives «كانون الأول/ديسمبر 2016» its first and last day', () => {
    expect(eventSpan({ date: { value: '2016-12' } })).toEqual({ from: '2016-12-01', to: '2016-12-31' });
  });

  it('ends a leap February on the 29th and a year on 31 December', () => {
    expect(eventSpan({ date: { value: '2016-02' } })).toEqual({ from: '2016-02-01', to: '2016-02-29' });
    expect(eventSpan({ date: { value: '2015' } })).toEqual({ from: '2015-01-01', to: '2015-12-31' });
  });

  it('gives a day itself at both ends, and an interval from the start of `from` to the end of `to`', () => {
    expect(eventSpan({ date: { value: '2014-11-13' } })).toEqual({ from: '2014-11-13', to: '2014-11-13' });
    expect(eventSpan({ date: { from: '2014-10', to: '2014-11-13' } })).toEqual({ from: '2014-10-01', to: '2014-11-13' });
  });
});

describe('nesting and covering', () => {
  it('sees «2016-12-05» inside «كانون الأول 2016», and May and June 2015 as neither inside the other', () => {
    expect(contains(boundsOf({ value: '2016-12' }), boundsOf({ value: '2016-12-05' }))).toBe(true);
    expect(nested(boundsOf({ value: '2016-12-05' }), boundsOf({ value: '2016-12' }))).toBe(true);
    expect(nested(boundsOf({ value: '2015-05' }), boundsOf({ value: '2015-06' }))).toBe(false);
  });

  it('covers «تشرين الأول 2014» and «13 نوفمبر 2014» with October to 13 November', () => {
    expect(coveringDate([{ value: '2014-11-13' }, { value: '2014-10' }])).toEqual({ from: '2014-10', to: '2014-11-13' });
  });

  it('takes a date that already covers the others as it is written: «أوائل عام 2015» holds May and June', () => {
    expect(coveringDate([{ value: '2015-05' }, { value: '2015' }, { value: '2015-06' }])).toEqual({ value: '2015' });
  });

  it('hands the timeline a plain ISO string or a { from, to } pair', () => {
    expect(toTimelineDate({ value: '2016-05-12' })).toBe('2016-05-12');
    expect(toTimelineDate({ from: '2016-08-01', to: '2016-12-05' })).toEqual({ from: '2016-08-01', to: '2016-12-05' });
  });
});

describe('sortEvents', () => {
  it('orders by start, a shorter span first at equal starts, then by id', () => {
    const events = [
      { id: 'sirte-liberated', date: { value: '2016-12' } },
      { id: 'bunyan-marsous', date: { value: '2016-05-12' } },
      { id: 'toll', date: { from: '2016-05', to: '2016-12' } },
      { id: 'launch-month', date: { value: '2016-05' } },
      { id: 'b-same', date: { value: '2016-12' } },
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['launch-month', 'toll', 'bunyan-marsous', 'b-same', 'sirte-liberated']);
    expect(events[0]?.id).toBe('sirte-liberated');
    expect(compareEvents(events[0]!, events[0]!)).toBe(0);
  });
});
