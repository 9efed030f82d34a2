import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateEventsText } from '../../../src/check/rules/events.ts';
import type { SuggestionEntry } from '../../../src/suggest/schema.ts';
import { acceptEntry } from '../../../src/suggest/steps/accept.ts';

const ARTICLES = new Map([
  ['2016-08-first', 'وكانت القوات الحكومية قد بدأت هجومها لاستعادة مدينة سرت من التنظيم في 12 مايو.'],
  ['2016-12-second', 'وبدأت القوات الحكومية في 30 أبريل 2016 هجومها لاستعادة مدينة سرت من التنظيم. وأعلنت القوات في 6 ديسمبر 2016 سيطرتها الكاملة على مدينة سرت.'],
]);
const PLACES = new Set(['sirte', 'misrata']);

/** An events file as editors write it: comments, blank lines, flow lists, its own order. */
const EVENTS = `# Events of the fixture archive.
events:
  - id: 2016-05-offensive   # the launch
    title: "بدء الهجوم على سرت"
    description: "بدأت القوات الحكومية هجومها لاستعادة سرت."
    type: offensive
    places: [sirte]
    date: { value: "2016-05-12" }
    claims:
      - article: 2016-08-first
        quote: "وكانت القوات الحكومية قد بدأت هجومها لاستعادة مدينة سرت من التنظيم في 12 مايو"
        date: { value: "2016-05-12" }

  # Kept last on purpose.
  - id: 2016-misrata-other
    title: "حدث آخر"
    description: "حدث آخر في مصراتة."
    type: other
    places: [misrata]
    date: { value: "2016" }
    claims:
      - article: 2016-08-first
        quote: "وكانت القوات الحكومية قد بدأت هجومها لاستعادة مدينة سرت"
`;

function entry(over: Partial<SuggestionEntry> & { quote?: string; claimDate?: SuggestionEntry['date'] | null } = {}): SuggestionEntry {
  const { quote = 'وبدأت القوات الحكومية في 30 أبريل 2016 هجومها لاستعادة مدينة سرت من التنظيم.', claimDate = { value: '2016-04-30' }, ...rest } = over;
  return {
    id: '2016-04-30-sirte-offensive',
    title: 'بدأت القوات الحكومية في 30 أبريل 2016 هجومها',
    description: quote,
    type: 'offensive',
    places: ['sirte'],
    ...(claimDate ? { date: claimDate } : {}),
    claims: [{ article: '2016-12-second', quote, ...(claimDate ? { date: claimDate } : {}) }],
    status: 'suggested',
    match: { event: '2016-05-offensive', relation: 'conflict', score: 0.7, why: 'conflicts with 2016-05-offensive: 2016-04-30 vs 2016-05-12' },
    others: [],
    draft: ['id', 'title', 'description'],
    ...rest,
  } as SuggestionEntry;
}

const ctx = { where: 'content/suggestions/2016-12-second.yaml#2', eventsFile: 'content/events.yaml', articleText: (s: string) => ARTICLES.get(s), placeIds: PLACES };
const check = (text: string) => validateEventsText(text, { file: 'content/events.yaml', articles: ARTICLES, placeIds: PLACES }).problems;

/** The lines of `after` that are not in `before`, and the lines of `before` that are gone. */
function diff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('accepting a suggestion into events.yaml', () => {
  it('adds the claim to the matched event and widens its date to the span the claims now cover, touching nothing else', () => {
    const { text, event, kind, note } = acceptEntry(EVENTS, entry(), ctx);
    expect([event, kind]).toEqual(['2016-05-offensive', 'claim']);
    expect(note).toBe('its date is now 2016-04-30 → 2016-05-12 (was 2016-05-12): the span its claims cover');
    expect(diff(EVENTS, text)).toEqual({
      added: [
        '    date: { from: "2016-04-30", to: "2016-05-12" }',
        '      - article: 2016-12-second',
        '        quote: "وبدأت القوات الحكومية في 30 أبريل 2016 هجومها لاستعادة مدينة سرت من التنظيم."',
        '        date: { value: "2016-04-30" }',
      ],
      removed: ['    date: { value: "2016-05-12" }'],
    });
    expect(text).toContain('# Kept last on purpose.\n  - id: 2016-misrata-other');
    expect(check(text)).toEqual([]);
  });

  it('appends a new event at the end, with a comment naming the fields still to rewrite, that the check accepts', () => {
    const quote = 'وأعلنت القوات في 6 ديسمبر 2016 سيطرتها الكاملة على مدينة سرت.';
    const e = entry({ id: '2016-12-06-sirte-control-change', type: 'control-change', quote, claimDate: { value: '2016-12-06' }, match: null, draft: ['title', 'description'] });
    const { text, event, kind } = acceptEntry(EVENTS, e, ctx);
    expect([event, kind]).toEqual(['2016-12-06-sirte-control-change', 'event']);
    expect(text.startsWith(EVENTS)).toBe(true);
    expect(text.slice(EVENTS.length)).toBe(
      [
        '',
        '  # Drafted by npm run suggest: rewrite its title, description.',
        '  - id: 2016-12-06-sirte-control-change',
        '    title: "بدأت القوات الحكومية في 30 أبريل 2016 هجومها"',
        `    description: "${quote}"`,
        '    type: control-change',
        '    places: [sirte]',
        '    date: { value: "2016-12-06" }',
        '    claims:',
        '      - article: 2016-12-second',
        `        quote: "${quote}"`,
        '        date: { value: "2016-12-06" }',
        '',
      ].join('\n'),
    );
    expect(check(text)).toEqual([]);
    expect((parse(text) as { events: unknown[] }).events).toHaveLength(3);
  });

  it('starts the list of an archive that has no event yet', () => {
    const { text } = acceptEntry('events: []\n', entry({ match: null }), ctx);
    expect(text).toMatch(/^events:\n {2}- id: 2016-04-30-sirte-offensive\n/);
    expect(check(text)).toEqual([]);
  });

  it('refuses, in one line, a quote the article no longer holds', () => {
    expect(() => acceptEntry(EVENTS, entry({ quote: 'وبدأت القوات الحكومية في 29 أبريل 2016 هجومها لاستعادة مدينة سرت' }), ctx)).toThrow(/the quote is no longer in content\/articles\/2016-12-second\.mdx/);
  });

  it('refuses a new event without a date, an id already taken, a match that is gone, and an entry already decided', () => {
    expect(() => acceptEntry(EVENTS, entry({ match: null, claimDate: null }), ctx)).toThrow(/a new event needs a date/);
    expect(() => acceptEntry(EVENTS, entry({ match: null, id: '2016-05-offensive' }), ctx)).toThrow(/the id «2016-05-offensive» is already an event/);
    expect(() => acceptEntry(EVENTS, entry({ match: { event: '2016-05-gone', relation: 'same', score: 0.6, why: 'x' } }), ctx)).toThrow(/match\.event «2016-05-gone» is not in content\/events\.yaml/);
    expect(() => acceptEntry(EVENTS, entry({ status: 'accepted', accepted: '2016-05-offensive' }), ctx)).toThrow(/already accepted into 2016-05-offensive/);
  });

  it('refuses what would break the events check, saying which rule', () => {
    expect(() => acceptEntry(EVENTS, entry({ match: null, places: ['atlantis'] }), ctx)).toThrow(/events\.yaml would not pass the check: .*place «atlantis» is not in the gazetteer/);
  });
});
