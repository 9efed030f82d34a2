import { describe, expect, it } from 'vitest';
import { compareEvents, sortEvents } from '../../../src/lib/events/sort.ts';

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
