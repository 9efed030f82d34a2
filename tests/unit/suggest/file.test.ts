import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { suggestionsFileSchema } from '../../../src/suggest/schema.ts';
import { mergeEntries, toEntry, writeSuggestionsFile, type Entry } from '../../../src/suggest/steps/file.ts';
import type { Proposal } from '../../../src/suggest/types.ts';
import { validateSuggestions } from '../../../src/check/rules/suggestions.ts';

const ARTICLE = 'وقالت مصادر طبية إن أكثر من 650 من عناصر القوات الحكومية قتلوا خلال الحملة. وفرضت القوات حصارا على آخر الأحياء التي يتحصن فيها المسلحون.';

function proposal(quote: string, extra: Partial<Proposal> = {}): Proposal {
  return {
    article: '2016-12-fixture',
    quote,
    date: null,
    places: ['sirte'],
    type: 'casualty-report',
    cues: ['قتلوا'],
    figures: [{ label: 'killed', value: 650, bound: 'more-than', unit: 'people', words: 'أكثر من 650 من عناصر القوات الحكومية قتلوا' }],
    match: { event: '2016-campaign-toll', relation: 'conflict', score: 0.62, why: 'conflicts with 2016-campaign-toll: more than 650 vs 500 killed — shared place sirte' },
    draft: { id: 'undated-sirte-casualty-report', title: 'قالت مصادر طبية إن أكثر من 650', description: quote },
    others: [],
    ...extra,
  };
}

const TOLL = proposal('وقالت مصادر طبية إن أكثر من 650 من عناصر القوات الحكومية قتلوا خلال الحملة.');
const SIEGE = proposal('وفرضت القوات حصارا على آخر الأحياء التي يتحصن فيها المسلحون.', { type: 'siege', cues: ['حصارا'], figures: [], match: null, date: { value: '2016-11' } });
const ctx = { articles: new Map([['2016-12-fixture', ARTICLE]]), placeIds: new Set(['sirte', 'misrata']), eventIds: new Set(['2016-campaign-toll']) };
const FILE = 'content/suggestions/2016-12-fixture.yaml';

describe('the suggestions file', () => {
  it('writes entries in the shape of events.yaml that its own check accepts, numbered and explained', () => {
    const text = writeSuggestionsFile('2016-12-fixture', [TOLL, SIEGE].map(toEntry));
    expect(validateSuggestions(text, FILE, ctx).problems).toEqual([]);
    expect(text).toContain('# 1 — conflicts with 2016-campaign-toll: more than 650 vs 500 killed\n');
    expect(text).toContain('# 2 — a new event\n');
    expect(text).toContain('npm run suggest -- --accept content/suggestions/2016-12-fixture.yaml#N');
    expect(text).toContain('    places: [sirte]\n');
    expect(text).toContain('          - { label: killed, value: 650, bound: more-than }\n');
    const data = suggestionsFileSchema.parse(parse(text));
    expect(data.events[1]).toMatchObject({ status: 'suggested', match: null, date: { value: '2016-11' }, claims: [{ date: { value: '2016-11' } }], draft: ['id', 'title', 'description'] });
  });

  it('keeps what the editor decided and adds only sentences no entry holds', () => {
    const rejected: Entry = { ...toEntry(TOLL), status: 'rejected', why: 'حصيلة مكررة' };
    const { entries, added } = mergeEntries([rejected], [TOLL, SIEGE], false);
    expect(added).toBe(1);
    expect(entries.map((e) => e.status)).toEqual(['rejected', 'suggested']);
  });

  it('replaces only the waiting entries when refreshed, and never proposes a rejected sentence again', () => {
    const waiting: Entry = { ...toEntry(SIEGE), title: 'عنوان قديم' };
    const rejected: Entry = { ...toEntry(TOLL), status: 'rejected', why: 'حصيلة مكررة' };
    const { entries } = mergeEntries([waiting, rejected], [TOLL, SIEGE], true);
    expect(entries.map((e) => [e.status, e.title])).toEqual([
      ['rejected', TOLL.draft.title],
      ['suggested', SIEGE.draft.title],
    ]);
  });
});

describe('the check of a suggestions file', () => {
  const valid = writeSuggestionsFile('2016-12-fixture', [TOLL, SIEGE].map(toEntry));
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.trim().startsWith(start)) + 1;

  it('reports a status edited into something else at its line, with the allowed values', () => {
    const text = valid.replace('status: suggested', 'status: maybe');
    const [p] = validateSuggestions(text, FILE, ctx).problems;
    expect(p).toMatchObject({ file: FILE, line: lineOf(text, 'status: maybe'), path: 'events[0].status', code: 'invalid-value' });
    expect(p?.message).toMatch(/«maybe» is not allowed — use one of: suggested, accepted, rejected/);
  });

  it('reports a quote no longer in the article, a place the gazetteer lacks and an event that does not exist', () => {
    const text = valid.replaceAll('وفرضت القوات حصارا', 'وفرضت القوات طوقا').replace('places: [sirte]', 'places: [sirt]').replace('event: 2016-campaign-toll', 'event: 2016-campaign-tol');
    const problems = validateSuggestions(text, FILE, ctx).problems.map((p) => [p.path, p.code]);
    expect(problems).toEqual([
      ['events[0].places[0]', 'unknown-place'],
      ['events[0].match.event', 'invalid-value'],
      ['events[1].claims[0].quote', 'quote-not-found'],
    ]);
    expect(validateSuggestions(text, FILE, ctx).problems[1]?.message).toMatch(/did you mean «2016-campaign-toll»\?/);
  });

  it('asks a rejected suggestion why, and an accepted one where it went', () => {
    expect(validateSuggestions(valid.replace('status: suggested', 'status: rejected'), FILE, ctx).problems.map((p) => p.path)).toEqual(['events[0].why']);
    expect(validateSuggestions(valid.replace('status: suggested', 'status: accepted'), FILE, ctx).problems.map((p) => p.path)).toEqual(['events[0].accepted']);
  });

  it('no longer asks an entry decided long ago for its quote', () => {
    const text = valid.replace('status: suggested', 'status: rejected\n    why: "ليس حدثا"').replaceAll('وقالت مصادر طبية', 'وقالت مصادر عسكرية');
    expect(validateSuggestions(text, FILE, ctx).problems).toEqual([]);
  });

  it('reports a file named after another article, and a YAML syntax error at its line', () => {
    expect(validateSuggestions(valid, 'content/suggestions/2016-12-other.yaml', ctx).problems.map((p) => p.code)).toEqual(['slug-mismatch']);
    expect(validateSuggestions(`${valid}\n  - id: [unclosed\n`, FILE, ctx).problems[0]?.code).toBe('yaml-syntax');
  });
});
