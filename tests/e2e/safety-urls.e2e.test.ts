/**
 * One URL rule for every URL field: an article or sidecar with a javascript:, data:, vbscript: or file:
 * address stops the build and the check, each on its line; an accepted address reaches the article's
 * link, its JSON-LD and the open data in its normalized form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ACCEPTED, BAD_URLS, buildHandSite, REFUSED, runCheck } from './support/safety-sites.ts';

const refused = buildHandSite('refused', REFUSED);
const accepted = buildHandSite('accepted', ACCEPTED);
const check = runCheck(refused.content);
/** The normalized form of the address the formulas article was given as «HTTPS://WWW.Example.ORG/news/سرت». */
const NORMALIZED = 'https://www.example.org/news/%D8%B3%D8%B1%D8%AA';

describe('an address of another scheme in a URL field', () => {
  it.each(BAD_URLS.map((url, i) => [url, i + 1] as const))('%s stops the build and the check, on the line of «url:»', (url, n) => {
    const scheme = new URL(url).protocol;
    const line = readFileSync(join(refused.content, 'articles', `2016-12-url-${n}.mdx`), 'utf8').split('\n').findIndex((l) => l.startsWith('url:')) + 1;
    const expected = `2016-12-url-${n}.mdx:${line} url: قيمة غير مقبولة في الحقل «url» / «${url}»: is a «${scheme}» address: only http: and https: addresses are allowed — give the address of the article's web page`;
    expect(refused.output).toContain(expected);
    expect(check.lines.some((l) => l.endsWith(expected))).toBe(true);
  });

  it('in a sidecar stops the build and the check, on the sidecar’s line', () => {
    const expected = `sources/2016-12-sidecar-url.meta.yaml:3 url: قيمة غير مقبولة في الحقل «url» / «javascript:alert(1)»: is a «javascript:» address`;
    expect(refused.output).toContain(expected);
    expect(check.lines.some((l) => l.includes(expected))).toBe(true);
    expect(refused.status).not.toBe(0);
    expect(check.status).toBe(1);
  });
});

describe('an accepted address, written in capitals and with an Arabic path', () => {
  it('is the article page’s link and its JSON-LD’s url in normalized form', () => {
    expect(accepted.status, accepted.output).toBe(0);
    const html = readFileSync(join(accepted.dist, 'articles', '2016-12-formulas', 'index.html'), 'utf8');
    expect(html).toContain(`<a href="${NORMALIZED}" dir="ltr" class="ltr" rel="noreferrer nofollow">${NORMALIZED}</a>`);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
    expect(ld.isBasedOn.url).toBe(NORMALIZED);
  });

  it('is the url of the open data, CSV and JSON alike; no other scheme is in them', () => {
    const csv = parse(readFileSync(join(accepted.dist, 'data', 'articles.csv'), 'utf8').slice(1), { columns: true }) as Record<string, string>[];
    const json = JSON.parse(readFileSync(join(accepted.dist, 'data', 'articles.json'), 'utf8')) as Record<string, unknown>[];
    expect(csv.find((r) => r.id === '2016-12-formulas')?.url).toBe(NORMALIZED);
    expect(json.find((r) => r.id === '2016-12-formulas')?.url).toBe(NORMALIZED);
    for (const url of [...csv.map((r) => r.url), ...json.map((r) => r.url)]) if (url) expect(url).toMatch(/^https?:\/\//);
  });
});
