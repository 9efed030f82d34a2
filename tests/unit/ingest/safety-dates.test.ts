/** Impossible dates (issue 15, class 5): refused by the ingest before anything is written, where they were given. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE, BILINGUAL, sandbox } from './sandbox.ts';

describe('npm run ingest refuses a date that is not on the calendar, before anything is written', () => {
  it('29 February 2015 in a sidecar, at its line in the sidecar', () => {
    const box = sandbox('dates-');
    writeFileSync(join(box.dir, 'a.txt'), ARTICLE);
    writeFileSync(join(box.dir, 'a.meta.yaml'), 'slug: 2015-02-sirte-test\npublished:\n  date: 2015-02-29\n  approximate: false\n  basis: تاريخ الصفحة\n');
    const r = box.ingest(['a.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('ingest: a.meta.yaml:3 published.date: تاريخ غير صالح «2015-02-29» / «2015-02-29» is not a calendar date (no such day or month) — check the day against the month');
    expect(box.written()).toEqual([]);
  });

  it('--published 2016-04-31, naming the option', () => {
    const box = sandbox('dates-');
    writeFileSync(join(box.dir, 'a.txt'), ARTICLE);
    const r = box.ingest(['--published', '2016-04-31', 'a.txt']);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.stderr).toMatch(BILINGUAL);
    expect(r.stderr).toMatch(/^ingest: a\.txt --published: تاريخ غير صالح «2016-04-31» \/ «2016-04-31» is not a calendar date/);
    expect(box.written()).toEqual([]);
  });

  it('accepts 29 February of a leap year, and the check accepts what it wrote', () => {
    const box = sandbox('dates-');
    writeFileSync(join(box.dir, 'a.txt'), ARTICLE);
    expect(box.ingest(['--published', '2016-02-29', '--slug', '2016-02-sirte-test', 'a.txt']).status).toBe(0);
    expect(box.check().status).toBe(0);
  });
});
