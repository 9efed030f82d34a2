import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/suggest';
const FIRST = '2016-08-sirte-fixture-advance';
const SECOND = '2016-12-sirte-fixture-review';
const root = mkdtempSync(join(tmpdir(), 'suggest-cli-'));
/** A content folder made the editors' way: the gazetteer, the fixture events, two raw texts through the real ingest. */
const base = join(root, 'base');

function node(script: string, ...args: string[]) {
  const out = spawnSync(process.execPath, [resolve(script), ...args], { encoding: 'utf8' });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}
const suggest = (content: string, ...args: string[]) => node('src/suggest/cli.ts', '--content', content, ...args);
const check = (content: string) => node('src/check/cli.ts', '--content', content);

/** A fresh copy of the base content folder for one test. */
function content(name: string): string {
  const dir = join(root, name);
  cpSync(base, dir, { recursive: true });
  return dir;
}

/** The entries of a suggestions file. */
function entries(dir: string, slug: string): { status: string; match: { event: string; relation: string } | null; claims: { quote: string }[]; why?: string; accepted?: string }[] {
  return (parse(readFileSync(join(dir, 'suggestions', `${slug}.yaml`), 'utf8')) as { events: never[] }).events;
}

beforeAll(() => {
  mkdirSync(join(base, 'articles'), { recursive: true });
  mkdirSync(join(base, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(base, 'places.yaml'));
  copyFileSync(join(FIXTURES, 'events.yaml'), join(base, 'events.yaml'));
  const ingest = node('src/ingest/cli.ts', '--content', base, join(FIXTURES, 'raw/2016-08-sirte-advance.txt'), join(FIXTURES, 'raw/2016-12-sirte-review.txt'));
  expect(ingest.status, ingest.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run suggest', () => {
  it('writes one suggestions file per article, which npm run check accepts, and lists what it proposes', () => {
    const dir = content('all');
    const run = suggest(dir, '--all');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/2016-12-sirte-fixture-review\.yaml: 3 suggestions \(0 another source, 1 conflicting, 2 new events\)/);
    expect(run.stdout).toMatch(/#2 2016-04-30 offensive «وبدأت القوات الحكومية في 30 أبريل 2016 .*» → conflicts with 2016-05-sirte-offensive-fixture: 2016-04-30 vs 2016-05-12/);
    expect(entries(dir, FIRST).length).toBeGreaterThan(0);
    const checked = check(dir);
    expect(checked.status, checked.stderr).toBe(0);
  });

  it('prints the stable contract with --json: one object per suggestion, with exactly its eight keys', () => {
    const run = suggest(content('json'), '--json', SECOND);
    expect(run.status, run.stderr).toBe(0);
    const list = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(3);
    for (const s of list) expect(Object.keys(s)).toEqual(['article', 'quote', 'date', 'places', 'type', 'cues', 'figures', 'match']);
    expect(list[1]).toMatchObject({ date: { value: '2016-04-30' }, places: ['sirte', 'misrata'], type: 'offensive', match: { event: '2016-05-sirte-offensive-fixture', relation: 'conflict' } });
    expect(list[2]).toMatchObject({ date: null, figures: [{ label: 'killed', value: 650, bound: 'more-than', unit: 'people', words: 'أكثر من 650 من عناصر القوات الحكومية قتلوا' }], match: null });
  });

  it('writes nothing with --dry-run', () => {
    const dir = content('dry');
    expect(suggest(dir, '--dry-run', '--all').status).toBe(0);
    expect(existsSync(join(dir, 'suggestions'))).toBe(false);
  });

  it('reads an article given by the path of its MDX file, and refuses one outside the content folder in one line', () => {
    const dir = content('paths');
    expect(suggest(dir, '--dry-run', join(dir, 'articles', `${SECOND}.mdx`)).status).toBe(0);
    const outside = join(root, `${SECOND}.mdx`);
    copyFileSync(join(dir, 'articles', `${SECOND}.mdx`), outside);
    const run = suggest(dir, outside);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not an article of .*articles\/ — ingest the raw text first/);
  });

  it('names an unknown slug in one line, with the nearest one', () => {
    const run = suggest(content('unknown'), '2016-12-sirte-fixture-reveiw');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^suggest: 2016-12-sirte-fixture-reveiw: no article with this slug in .*articles\/ — did you mean «2016-12-sirte-fixture-review»\? give the slug of a file there, or --all$/);
  });

  it('refuses a suggestions file edited into something invalid in one line naming the file, the line and the field — and so does the check', () => {
    const dir = content('invalid');
    suggest(dir, SECOND);
    const file = join(dir, 'suggestions', `${SECOND}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: suggested', 'status: perhaps'));
    const run = suggest(dir, SECOND);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^suggest: .*suggestions\/2016-12-sirte-fixture-review\.yaml:\d+: events\[0\]\.status: «perhaps» is not allowed — use one of: suggested, accepted, rejected/);
    const checked = check(dir);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toMatch(/suggestions\/2016-12-sirte-fixture-review\.yaml:\d+ events\[0\]\.status: قيمة غير مقبولة في الحقل «status»/);
  });

  it('refuses to accept a suggestion whose quote no longer matches its article, in one line, writing nothing', () => {
    const dir = content('moved');
    suggest(dir, SECOND);
    const file = join(dir, 'suggestions', `${SECOND}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('في 30 أبريل 2016', 'في 29 أبريل 2016'));
    const events = readFileSync(join(dir, 'events.yaml'), 'utf8');
    const run = suggest(dir, '--accept', `${file}#2`);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^suggest: .*2016-12-sirte-fixture-review\.yaml#2: the quote is no longer in content\/articles\/2016-12-sirte-fixture-review\.mdx — copy the sentence again/);
    expect(readFileSync(join(dir, 'events.yaml'), 'utf8')).toBe(events);
  });

  it('moves an accepted suggestion into events.yaml, records it, and does not propose a decided sentence again', () => {
    const dir = content('decide');
    suggest(dir, SECOND);
    const file = join(dir, 'suggestions', `${SECOND}.yaml`);
    const accepted = suggest(dir, '--accept', `${file}#2`);
    expect(accepted.status, accepted.stderr).toBe(0);
    expect(accepted.stderr).toMatch(/#2 → .*events\.yaml: a new claim of 2016-05-sirte-offensive-fixture; its date is now 2016-04-30 → 2016-05-12/);
    const rejected = suggest(dir, '--reject', `${file}#3`, '--why', 'حصيلة بلا تاريخ، تنتظر مصدرا آخر');
    expect(rejected.status, rejected.stderr).toBe(0);
    expect(entries(dir, SECOND).map((e) => [e.status, e.accepted ?? e.why ?? null])).toEqual([
      ['suggested', null],
      ['accepted', '2016-05-sirte-offensive-fixture'],
      ['rejected', 'حصيلة بلا تاريخ، تنتظر مصدرا آخر'],
    ]);
    expect(check(dir).status).toBe(0);
    const again = suggest(dir, '--json', '--force', SECOND);
    expect((JSON.parse(again.stdout) as { quote: string }[]).map((s) => s.quote.slice(0, 12))).toEqual(['أعلنت القوات']);
    expect(entries(dir, SECOND).map((e) => e.status)).toEqual(['accepted', 'rejected', 'suggested']);
  });

  it('asks a rejection for its reason', () => {
    const dir = content('why');
    suggest(dir, SECOND);
    const run = suggest(dir, '--reject', join(dir, 'suggestions', `${SECOND}.yaml#1`));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/a rejection says why — add --why "…"/);
  });
});
