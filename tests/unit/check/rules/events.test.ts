import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateEvents, validateEventsText } from '../../../../src/check/rules/events.ts';
import type { Problem } from '../../../../src/check/problem.ts';

/** Every problem the events check finds in parsed data. */
const checkEvents = (data: unknown, ctx: Parameters<typeof validateEvents>[1]): Problem[] => validateEvents(data, ctx).problems;

const DIR = 'tests/fixtures/events';
const read = (name: string): string => readFileSync(`${DIR}/${name}`, 'utf8');

const articles = new Map(
  ['2016-12-sirte-fixture', '2016-sirte-fixture-2'].map((slug) => [slug, read(`articles/${slug}.txt`)] as const),
);
const placeIds = new Set(['sirte', 'misrata', 'derna', 'tripoli']);
const ctx = { articles, placeIds, file: 'tests/fixtures/events/invalid.yaml' };

/** 1-based number of the `nth` line (1 = first) whose trimmed text is `line`. */
function lineNumber(text: string, line: string, nth = 1): number {
  let seen = 0;
  const index = text.split('\n').findIndex((l) => l.trim() === line && (seen += 1) === nth);
  if (index < 0) throw new Error(`fixture has no line «${line}»`);
  return index + 1;
}

describe('checkEvents on a valid file', () => {
  it('finds no problem in a file whose quotes, articles, places and dates all agree', () => {
    const text = read('valid.yaml');
    expect(validateEventsText(text, { ...ctx, file: 'valid.yaml' }).problems).toEqual([]);
  });

  it('finds a quote written «مسؤول … مقاتلا» in an article that writes «مسئول … مقاتلاً» across a line break', () => {
    const event = (quote: string) => ({
      events: [
        {
          id: '2016-12-surrender',
          title: 'استسلام مقاتلين',
          description: 'استسلم مقاتلون في حي الجيزة البحرية.',
          type: 'control-change',
          date: { value: '2016-12' },
          claims: [{ article: '2016-12-sirte-fixture', quote }],
        },
      ],
    });
    const spelt = 'وقال مسؤول في المستشفى الميداني إن 34 مقاتلا من التنظيم استسلموا في حي الجيزة البحرية، ومن بينهم';
    expect(checkEvents(event(spelt), ctx)).toEqual([]);
    expect(checkEvents(event(spelt.replace('الجيزة', 'الجزيرة')), ctx).map((p) => p.path)).toEqual(['events[0].claims[0].quote']);
  });

  it('returns the parsed events with schema defaults filled in (a figure without `bound` is exact)', () => {
    const { events } = validateEventsText(read('valid.yaml'), { ...ctx, file: 'valid.yaml' });
    expect(events[0]?.claims[0]?.figures).toEqual([{ label: 'surrendered', value: 34, bound: 'exact' }]);
  });
});

describe('checkEvents reports each kind of failure with file, line and path', () => {
  const text = read('invalid.yaml');
  const { problems } = validateEventsText(text, ctx);
  const at = (path: string): Problem => {
    const found = problems.find((p) => p.path === path);
    if (!found) throw new Error(`no problem at ${path}; got ${problems.map((p) => p.path).join(', ')}`);
    return found;
  };

  it('reports exactly the planted failures and nothing else', () => {
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        'events[0].claims[0].quote',
        'events[1].claims[0].article',
        'events[2].places[1]',
        'events[3].date.value',
        'events[4].claims[0].date.value',
        'events[5].date.to',
        'events[7].id',
        'events[8].title',
        'events[9].claims[0].qoute',
        'events[9].claims[0].quote',
        'events[10].type',
        'events[11].claims',
        'events[12].claims[0].quote',
        'events[13].claims[0].date',
        'events[14].date',
        'events[15].claims[0].figures[0].max',
      ].sort(),
    );
    expect(problems.every((p) => p.file === ctx.file)).toBe(true);
  });

  it('a quote with «43» where the article says «34» is not found, and the message shows where it departs', () => {
    const p = at('events[0].claims[0].quote');
    expect(p.line).toBe(lineNumber(text, 'quote: "وقال مسؤول في المستشفى الميداني إن 43 مقاتلا من التنظيم استسلموا"'));
    expect(p.message).toMatch(/^quote not found in article 2016-12-sirte-fixture \(its first 6 of 11 words are there, then it departs at «43»\)/);
    expect(p.message).toContain('copy the sentence exactly from content/articles/2016-12-sirte-fixture.mdx');
  });

  it('an article slug that does not exist is reported, with the nearest slug suggested', () => {
    const p = at('events[1].claims[0].article');
    expect(p.line).toBe(lineNumber(text, '- article: 2016-12-sirte-fixtur'));
    expect(p.message).toContain('article «2016-12-sirte-fixtur» does not exist — did you mean «2016-12-sirte-fixture»?');
  });

  it('a place id missing from the gazetteer («sirt») is reported, with «sirte» suggested', () => {
    const p = at('events[2].places[1]');
    expect(p.line).toBe(lineNumber(text, 'places: [misrata, sirt]'));
    expect(p.message).toContain('place «sirt» is not in the gazetteer — did you mean «sirte»?');
  });

  it('29 February 2015 is not a calendar date', () => {
    const p = at('events[3].date.value');
    expect(p.line).toBe(lineNumber(text, 'date: { value: "2015-02-29" }'));
    expect(p.message).toContain('«2015-02-29»: not a calendar date');
  });

  it('a thirteenth month is not an ISO date', () => {
    const p = at('events[4].claims[0].date.value');
    expect(p.line).toBe(lineNumber(text, 'date: { value: "2016-13" }'));
    expect(p.message).toContain('«2016-13»: expected YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('an interval from December back to May is reported on its `to`', () => {
    const p = at('events[5].date.to');
    expect(p.line).toBe(lineNumber(text, 'date: { from: "2016-12", to: "2016-05" }'));
    expect(p.message).toContain('the interval ends before it starts');
  });

  it('a duplicate id is reported on the second event, naming the line of the first', () => {
    const p = at('events[7].id');
    expect(p.line).toBe(lineNumber(text, '- id: 2016-05-twice', 2));
    expect(p.message).toContain(`duplicate id «2016-05-twice» (also events[6], line ${lineNumber(text, '- id: 2016-05-twice', 1)})`);
  });

  it('a missing title is reported at the start of its event', () => {
    const p = at('events[8].title');
    expect(p.line).toBe(lineNumber(text, '- id: 2016-missing-title'));
    expect(p.message).toBe('`title` is missing — add it');
  });

  it('a misspelt field («qoute») is reported on its own line, and the quote as missing', () => {
    const typo = lineNumber(text, 'qoute: "أعلنت القوات الموالية لحكومة الوفاق الوطني يوم الاثنين"');
    expect(at('events[9].claims[0].qoute')).toMatchObject({ line: typo, message: expect.stringContaining('unknown field «qoute»') });
    expect(at('events[9].claims[0].quote')).toMatchObject({ line: typo - 1, message: '`quote` is missing — add it' });
  });

  it('an event type outside the list is reported with the allowed types', () => {
    const p = at('events[10].type');
    expect(p.line).toBe(lineNumber(text, 'type: battle'));
    expect(p.message).toMatch(/^«battle» is not allowed — use one of: control-change, attack, air-strike, /);
  });

  it('an event without claims is reported: every event needs a source', () => {
    const p = at('events[11].claims');
    expect(p.line).toBe(lineNumber(text, 'claims: []'));
    expect(p.message).toContain('the list is empty');
  });

  it('a two-word quote («مدينة سرت») is too short to identify a sentence', () => {
    const p = at('events[12].claims[0].quote');
    expect(p.line).toBe(lineNumber(text, 'quote: "مدينة سرت"'));
    expect(p.message).toContain('quote too short');
  });

  it('a claim dated November under an event dated December is reported on the claim', () => {
    const p = at('events[13].claims[0].date');
    expect(p.line).toBe(lineNumber(text, 'date: { value: "2016-11" }'));
    expect(p.message).toContain('claim date 2016-11 does not agree with the event date 2016-12');
  });

  it('a dispute (May / June 2015) resolved by picking May asks for the span that covers both', () => {
    const p = at('events[14].date');
    expect(p.line).toBe(lineNumber(text, 'date: { value: "2015-05" }', 1));
    expect(p.message).toContain('the claims disagree on the date (2015-05 / 2015-06)');
    expect(p.message).toContain('write { from: 2015-05, to: 2015-06 }');
  });

  it('a range whose upper end is below its lower end is reported on `max`', () => {
    const p = at('events[15].claims[0].figures[0].max');
    expect(p.line).toBe(lineNumber(text, '- { label: fighters, value: 6000, max: 4000 }'));
    expect(p.message).toContain('greater than `value`');
  });
});

describe('checkEvents on files it cannot read as events', () => {
  it('reports a YAML syntax error with its line', () => {
    const text = 'events:\n  - id: x\n    title: "لم يغلق\n';
    const { problems } = validateEventsText(text, ctx);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: ctx.file, path: '', message: expect.stringMatching(/^YAML syntax: /) });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a file that is a bare list instead of an `events:` mapping', () => {
    expect(checkEvents([{ id: 'x' }], ctx)).toEqual([
      { file: ctx.file, path: '', code: 'file-shape', message: 'expected a mapping with an `events:` list at the top of the file' },
    ]);
  });

  it('gives no line when it is not given the source text, but still the path', () => {
    const data: unknown = parse(read('invalid.yaml'));
    const problems = checkEvents(data, ctx);
    expect(problems.find((p) => p.path === 'events[2].places[1]')).toEqual({
      file: ctx.file,
      path: 'events[2].places[1]',
      code: 'unknown-place',
      arg: 'sirt',
      message: expect.stringContaining('place «sirt»'),
    });
    expect(problems.some((p) => p.line !== undefined)).toBe(false);
  });
});
