import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/timeline/layout.ts';
import { toPayload } from '../../../src/lib/timeline/payload.ts';

const layout = layoutTimeline([
  { id: 'sirte-liberated', dates: [{ value: '2016-12-05' }] },
  { id: 'derna-pledge', dates: [{ value: '2014-10' }, { value: '2014-11-13' }] },
]);
const facts = new Map([
  ['sirte-liberated', { places: ['sirte', 'giza-bahriya'], type: 'control-change' }],
  ['derna-pledge', { places: ['derna'], type: 'pledge' }],
]);

describe('what the browser receives to enhance the drawing', () => {
  it('lists events in the drawing’s chronological order, with their places and type', () => {
    const payload = toPayload(layout, facts);
    expect(payload.events.map((e) => e.id)).toEqual(['derna-pledge', 'sirte-liberated']);
    expect(payload.events[1]).toMatchObject({ places: ['sirte', 'giza-bahriya'], type: 'control-change' });
  });
  it('keeps each mark’s kind and span, so zooming redraws October 2014 as a band and 13 November as a point', () => {
    const [derna] = toPayload(layout, facts).events;
    expect(derna!.marks).toEqual([
      ['band', Date.UTC(2014, 9, 1), Date.UTC(2014, 10, 1)],
      ['point', Date.UTC(2014, 10, 13), Date.UTC(2014, 10, 14)],
    ]);
  });
  it('offers as filters only the places and types that some event has, sorted', () => {
    const payload = toPayload(layout, facts);
    expect(payload.places).toEqual(['derna', 'giza-bahriya', 'sirte']);
    expect(payload.types).toEqual(['control-change', 'pledge']);
  });
  it('carries no text: titles and labels stay in the HTML', () => {
    const json = JSON.stringify(toPayload(layout, facts));
    expect(json).not.toMatch(/[\u0621-\u064A]/);
  });
  it('refuses an event whose places and type are unknown, naming it', () => {
    expect(() => toPayload(layout, new Map())).toThrow(/derna-pledge/);
  });
});
