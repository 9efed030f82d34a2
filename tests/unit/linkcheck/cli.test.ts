import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'linkcheck-'));
afterAll(() => rmSync(root, { recursive: true }));

/** A built site of two pages; the home page links to `link` and, when given, names its canonical URL. */
function site(name: string, link: string, canonical?: string): string {
  const dist = join(root, name);
  mkdirSync(join(dist, 'places', 'sirte'), { recursive: true });
  const head = canonical ? `<head><link rel="canonical" href="${canonical}"></head>` : '';
  writeFileSync(join(dist, 'index.html'), `<!doctype html><html lang="ar">${head}<body><a href="${link}">سرت</a></body></html>`);
  writeFileSync(join(dist, 'places', 'sirte', 'index.html'), '<!doctype html><html lang="ar"><body><h1 id="mentions">سرت</h1></body></html>');
  return dist;
}

const linkcheck = (dist: string, base?: string) => {
  const env = { ...process.env, ARCHIVE_BASE: base };
  if (base === undefined) delete env.ARCHIVE_BASE;
  return spawnSync(process.execPath, ['src/linkcheck/cli.ts', '--dist', dist], { encoding: 'utf8', env });
};

describe('npm run linkcheck', () => {
  it('passes a site built for /archive/ whose links and anchors resolve there', () => {
    const run = linkcheck(site('good', '/archive/places/sirte/#mentions'), '/archive/');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('linkcheck: 2 pages under /archive/, every internal link and anchor resolves');
  });

  it('fails on a link that leaves the base path, naming the page, the link and why', () => {
    const run = linkcheck(site('root-link', '/places/sirte/'), '/archive/');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/archive/ → /places/sirte/: outside the base path /archive/');
  });

  it('fails on an anchor the target page lacks', () => {
    const run = linkcheck(site('anchor', '/archive/places/sirte/#events'), '/archive/');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no element with id «events» in /archive/places/sirte/');
  });

  it('reads the base a site was built for from its home page, with no ARCHIVE_BASE set', () => {
    const run = linkcheck(site('built-base', '/archive/places/sirte/#mentions', 'https://example.org/archive/'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 pages under /archive/');
  });

  it('refuses an ARCHIVE_BASE that is not the base the site was built for, saying both', () => {
    const run = linkcheck(site('other-base', '/archive/places/sirte/', 'https://example.org/archive/'), '/');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('was built for the base /archive/, but ARCHIVE_BASE is /');
  });
});
