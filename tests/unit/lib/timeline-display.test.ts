import { describe, expect, it } from 'vitest';
import { eventType } from '../../../src/schemas/event.ts';
import { EVENT_TYPE_LABELS, figureLabel, figureText } from '../../../src/lib/timeline/display.ts';

describe('a figure keeps the qualifier its source gives', () => {
  it('«أكثر من 700 مقاتل» reads «أكثر من 700»', () => {
    expect(figureText({ label: 'killed', value: 700, bound: 'more-than' })).toBe('أكثر من 700');
  });
  it('«ما بين أربعة إلى ستة آلاف» reads as a range', () => {
    expect(figureText({ label: 'fighters', value: 4000, max: 6000, bound: 'exact' })).toBe('بين 4000 و6000');
  });
  it('«لا يتجاوز الالف» reads «لا يتجاوز 1000», «حوالى 200 كلم» reads «حوالي 200»', () => {
    expect(figureText({ label: 'fighters', value: 1000, bound: 'at-most' })).toBe('لا يتجاوز 1000');
    expect(figureText({ label: 'coast-km', value: 200, bound: 'about' })).toBe('حوالي 200');
  });
  it('«ما لا يقل عن قائدين» reads «2 على الأقل»', () => {
    expect(figureText({ label: 'surrendered', value: 2, bound: 'at-least' })).toBe('2 على الأقل');
  });
  it('writes 3200 without a grouping mark that could read as a decimal point', () => {
    expect(figureText({ label: 'wounded', value: 3200, bound: 'exact' })).toBe('3200');
  });
  it('names what is counted in Arabic, and shows an unknown label as written', () => {
    expect(figureLabel('wounded')).toBe('الجرحى');
    expect(figureLabel('camels')).toBe('camels');
  });
});

describe('every event type has an Arabic name', () => {
  it('covers each type of the schema, with Arabic text', () => {
    for (const type of eventType.options) expect(EVENT_TYPE_LABELS[type]).toMatch(/[\u0621-\u064A]/);
  });
});
