import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLES, EVENTS, PLACES, countWords } from '../../../src/lib/count-words.ts';

const BROKEN = 'tests/fixtures/check-broken';
/** Each test starts a Node process: allow for a busy machine. */
const SPAWN_TIMEOUT = 30_000;

/** Runs `npm run check` as editors do (node on the CLI), with the given arguments. */
function check(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const out = spawnSync(process.execPath, ['src/check/cli.ts', ...args], { encoding: 'utf8' });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

/** 1-based number of the `nth` line of a fixture file whose trimmed text starts with `start`. */
function lineOf(file: string, start: string, nth = 1): number {
  let seen = 0;
  const index = readFileSync(`${BROKEN}/${file}`, 'utf8')
    .split('\n')
    .findIndex((l) => l.trim().startsWith(start) && (seen += 1) === nth);
  if (index < 0) throw new Error(`${file} has no line starting «${start}»`);
  return index + 1;
}

/** One reported line split into its parts: «file:line path: عربي / English — fix». */
interface Reported {
  at: string;
  path: string;
  arabic: string;
  english: string;
  fix: string;
}

function parse(line: string): Reported {
  const m = /^(?<at>\S+:\d+) (?<path>[^\s:]+): (?<arabic>.+?) \/ (?<english>.+?) — (?<fix>.+)$/.exec(line);
  if (!m?.groups) throw new Error(`not a «file:line path: عربي / English — fix» line: ${line}`);
  return m.groups as unknown as Reported;
}

describe('npm run check on a content folder with one defect of each kind', () => {
  const { status, stdout, stderr } = check('--content', BROKEN);
  const lines = stderr.trim().split('\n');
  const reported = lines.slice(0, -1).map(parse);
  /** The line reported at a file, line and field whose Arabic says `arabic` (a field may have two problems). */
  const at = (file: string, line: number, path: string, arabic: RegExp): Reported => {
    const found = reported.find((r) => r.at === `${BROKEN}/${file}:${line}` && r.path === path && arabic.test(r.arabic));
    if (!found) throw new Error(`nothing reported at ${file}:${line} ${path} saying ${arabic}; got:\n${lines.join('\n')}`);
    return found;
  };

  it('exits with status 1, prints nothing on stdout and ends with the count of problems in both languages', () => {
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(lines.at(-1)).toBe('تم فحص 6 مقالات و4 أماكن و4 أحداث: 15 خطأً / 15 problems — fix them and run npm run check again');
  });

  it('reports every planted defect, one line each, in Arabic and English with a fix, and nothing else', () => {
    expect(reported).toHaveLength(15);
    for (const r of reported) {
      expect(r.arabic).toMatch(/\p{Script=Arabic}/u);
      expect(r.english).toMatch(/^[\x20-\x7E«»…]/);
      expect(r.fix.length).toBeGreaterThan(5);
    }
  });

  const cases: [string, string, string, number, string, RegExp, RegExp][] = [
    ['a frontmatter field with a value the schema refuses', 'articles/2016-06-misrata-field.mdx', 'titleFrom:', 1, 'titleFrom', /قيمة غير مقبولة في الحقل «titleFrom»/, /«robot» is not allowed/],
    ['a place whose coordinates are swapped', 'places.yaml', 'lat: 22.639', 1, 'places[2].lat', /إحداثيات المكان «derna»/, /lies outside Libya/],
    ['a place id used twice', 'places.yaml', '- id: misrata', 2, 'places[3].id', /المعرّف «misrata» مكرّر/, /duplicate id «misrata», first used by entry 2/],
    ['an event naming a place the gazetteer lacks', 'events.yaml', 'places: [sirt]', 1, 'events[1].places[0]', /المكان «sirt» غير موجود/, /did you mean «sirte»/],
    ['a claim citing an article that does not exist', 'events.yaml', '- article: 2016-12-sirte-goood', 1, 'events[1].claims[0].article', /المقال «2016-12-sirte-goood» غير موجود/, /did you mean «2016-12-sirte-good»/],
    ['a quote that is not in its article', 'events.yaml', 'quote: "وقال مسؤول في المستشفى الميداني إن 43', 1, 'events[2].claims[0].quote', /النص غير موجود في المقال 2016-12-sirte-good/, /departs at «43»/],
    ['an event date that is not on the calendar', 'events.yaml', 'date: { value: "2016-02-30" }', 1, 'events[3].date.value', /تاريخ غير صالح «2016-02-30»/, /not a calendar date/],
    ['a publication date that is not on the calendar', 'articles/2015-02-derna-date.mdx', 'date: "2015-02-29"', 1, 'published.date', /تاريخ غير صالح «2015-02-29»/, /not a calendar date/],
    ['an article naming a place the gazetteer lacks', 'articles/2015-02-derna-date.mdx', '- id: "dernah"', 1, 'places[0].id', /المكان «dernah» غير موجود/, /did you mean «derna»/],
    ['an article without its raw source', 'articles/2015-sabratha-nosource.mdx', 'file:', 1, 'source.file', /المصدر الخام .*2015-sabratha-nosource\.txt غير موجود/, /does not exist/],
    ['a raw source edited after the ingest', 'articles/2016-benghazi-edited.mdx', 'sha256:', 1, 'source.sha256', /بصمة SHA-256/, /has SHA-256 [0-9a-f]{64}, the frontmatter records/],
    ['an article whose slug is not its file name', 'articles/2016-12-sirte-twin.mdx', 'slug:', 1, 'slug', /المعرّف «2016-12-sirte-good» لا يطابق اسم الملف/, /differs from the file name «2016-12-sirte-twin»/],
    ['an article without its metadata sidecar', 'articles/2015-sabratha-nosource.mdx', 'file:', 1, 'source.file', /ملف البيانات الوصفية .*2015-sabratha-nosource\.meta\.yaml غير موجود/, /re-ingest the raw text with its \.meta\.yaml/],
    ['two articles with the same slug', 'articles/2016-12-sirte-twin.mdx', 'slug:', 1, 'slug', /مقالان بالمعرّف نفسه «2016-12-sirte-good»/, /is also the slug of .*2016-12-sirte-good\.mdx/],
    ['two articles made from the same raw text', 'articles/2016-12-sirte-twin.mdx', 'sha256:', 1, 'source.sha256', /المصدر الخام نفسه لمقالين/, /the same raw text \(sha256 [0-9a-f]{12}…\)/],
  ];
  it.each(cases)('reports %s at its file, line and field', (_name, file, start, nth, path, arabic, english) => {
    const r = at(file, lineOf(file, start, nth), path, arabic);
    expect(`${r.english} — ${r.fix}`).toMatch(english);
  });
});

describe('npm run check on the real content', () => {
  it('passes with status 0 and one summary line counting articles, places and events', () => {
    const { status, stdout, stderr } = check();
    const articles = readdirSync('content/articles').filter((n) => n.endsWith('.mdx')).length;
    const places = readFileSync('content/places.yaml', 'utf8').match(/^- id: /gm)?.length ?? 0;
    const events = readFileSync('content/events.yaml', 'utf8').match(/^ {2}- id: /gm)?.length ?? 0;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(`تم فحص ${countWords(articles, ARTICLES)} و${countWords(places, PLACES)} و${countWords(events, EVENTS)}: لا أخطاء\n`);
   }, SPAWN_TIMEOUT);

  it('reads the folder given by --content, and refuses one that does not exist in one line with status 1', () => {
    const { status, stderr } = check('--content', 'tests/fixtures/no-such-folder');
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['tests/fixtures/no-such-folder لا يوجد مجلد محتوى هنا / no content folder here — pass --content <folder> or run from the project\'s root']);
  }, SPAWN_TIMEOUT);
});
