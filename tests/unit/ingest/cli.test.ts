import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const CLI = resolve('src/ingest/cli.ts');
const ARTICLE = [
  'الرئيسية / دولي / سرت تتحرر من التنظيم',
  'alyoum',
  '',
  'سرت تتحرر من التنظيم',
  '',
  'أعلنت القوات الموالية لحكومة الوفاق الوطني سيطرتها الكاملة على مدينة سرت في كانون الأول/ديسمبر 2016.',
  '',
  'وقال متحدث باسم القوات في مصراتة إن المعركة في سرت انتهت بعد ستة أشهر من القتال، وإن آخر المقاتلين استسلموا.',
  '',
  'تابعونا على تويتر',
].join('\n');
const META = 'published:\n  date: 2016-12\n  approximate: true\n  basis: أعلن تحرير سرت في ديسمبر 2016\n';

let dir: string;
let content: string;

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--content', content, ...args], { encoding: 'utf8', cwd: dir });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  content = join(dir, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(content, 'places.yaml'));
  writeFileSync(join(dir, 'sirte.txt'), ARTICLE);
  writeFileSync(join(dir, 'sirte.meta.yaml'), META);
});

const written = () => [...readdirSync(join(content, 'articles')), ...readdirSync(join(content, 'sources'))].sort();

describe('npm run ingest', () => {
  it('--dry-run --json prints the contract and writes nothing', () => {
    const r = ingest('--dry-run', '--json', 'sirte.txt');
    expect(r.status).toBe(0);
    const [out] = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'slug', 'title', 'titleFrom', 'author', 'publisher', 'url', 'published', 'text', 'body', 'headings', 'paragraphs', 'places', 'dates', 'removed', 'hygiene', 'missing', 'titleBasis']);
    expect(out.missing).toEqual([]);
    expect(out.title).toBe('سرت تتحرر من التنظيم');
    expect(out.publisher).toBe('alyoum');
    expect(out.slug).toBe('2016-12-sirte-alyoum');
    expect(out.text.startsWith('أعلنت القوات')).toBe(true);
    expect(out.text).not.toContain('تابعونا');
    expect(out.places[0]).toEqual({ id: 'sirte', name: 'سرت', lat: expect.any(Number), lon: expect.any(Number), count: 2 });
    expect(out.dates).toEqual([{ text: 'كانون الأول/ديسمبر 2016', value: '2016-12' }]);
    expect(out.removed.map((x: { reason: string }) => x.reason)).toEqual(['breadcrumb', 'site-name', 'title', 'promo']);
    expect(written()).toEqual([]);
  });

  it('writes the raw copy byte for byte, its metadata, and the MDX; the same input gives the same bytes again', () => {
    expect(ingest('sirte.txt').status).toBe(0);
    expect(written()).toEqual(['2016-12-sirte-alyoum.mdx', '2016-12-sirte-alyoum.meta.yaml', '2016-12-sirte-alyoum.txt']);
    expect(readFileSync(join(content, 'sources/2016-12-sirte-alyoum.txt'), 'utf8')).toBe(ARTICLE);
    const first = readFileSync(join(content, 'articles/2016-12-sirte-alyoum.mdx'), 'utf8');
    expect(ingest('--force', 'sirte.txt').status).toBe(0);
    expect(readFileSync(join(content, 'articles/2016-12-sirte-alyoum.mdx'), 'utf8')).toBe(first);
  });

  it('never replaces an existing article without --force', () => {
    ingest('sirte.txt');
    const path = join(content, 'articles/2016-12-sirte-alyoum.mdx');
    writeFileSync(path, 'edited by hand');
    const r = ingest('sirte.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ingest: sirte\.txt .+ \/ content\/articles\/2016-12-sirte-alyoum\.mdx already exists — pass --force/);
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a binary file', Buffer.from([0x00, 0x01, 0x02, 0x03]), /binary/],
    ['a non-UTF-8 file', Buffer.from([0xd3, 0xd1, 0xca, 0x20, 0xe1, 0xc8]), /not valid UTF-8/],
    ['a text with no Arabic', 'Sirte has fallen, say the forces of the unity government, after six months.', /no Arabic/],
    ['a text with nothing left after cleaning', 'الرئيسية / دولي / ليبيا\nhttps://example.org/a\nتابعونا على تويتر وفيسبوك\nشكرا على الإبلاغ!\nانقر هنا لقراءة الخبر من مصدره', /nothing is left/],
  ])('refuses %s with one line on stderr, exit 1 and nothing written', (_, data, reason) => {
    writeFileSync(join(dir, 'bad.txt'), data);
    const r = ingest('bad.txt');
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ingest: bad\.txt [^/]+ \/ /);
    expect(r.stderr).toMatch(reason);
    expect(written()).toEqual([]);
  });

  it('refuses a file over 5 MB before reading it', () => {
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x41));
    const r = ingest('huge.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ingest: huge\.txt [^/]+ \/ the file is 5\.0 MB, over the 5 MB limit/);
  });

  it('refuses a path it cannot read, and still ingests the other files given', () => {
    const r = ingest('missing.txt', 'sirte.txt');
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^ingest: missing\.txt الملف غير موجود \/ the file does not exist — check the path/);
    expect(written()).toContain('2016-12-sirte-alyoum.mdx');
  });

  it('refuses a folder given in place of a file, naming it', () => {
    mkdirSync(join(dir, 'inbox'));
    const r = ingest('inbox');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('ingest: inbox المسار ليس ملفًا عاديًا بل مجلد / this is a folder, not a file — give the path of a regular file instead');
    expect(written()).toEqual([]);
  });

  it('asks for a publication date and a title when neither the text nor the metadata gives them', () => {
    writeFileSync(join(dir, 'sirte.meta.yaml'), 'publisher: null\n');
    expect(ingest('sirte.txt').stderr).toMatch(/no publication date — add `published: \{ date, approximate, basis \}`/);
    writeFileSync(join(dir, 'untitled.txt'), ARTICLE.split('\n').slice(5).join('\n'));
    expect(ingest('--published', '2016-12', 'untitled.txt').stderr).toMatch(/no headline the ingest can find — add `title:`/);
  });

  it('reports a metadata file with a wrong field at its line, in the words of npm run check', () => {
    writeFileSync(join(dir, 'sirte.meta.yaml'), 'published:\n  date: 12/2016\n  approximate: true\n  basis: x\n');
    const r = ingest('sirte.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('ingest: sirte.meta.yaml:2 published.date: تاريخ غير صالح «12/2016» / «12/2016»: expected YYYY, YYYY-MM or YYYY-MM-DD — see src/schemas/source-meta.ts');
    expect(existsSync(join(content, 'articles/2016-12-sirte-alyoum.mdx'))).toBe(false);
  });

  it('reports a bad option value after the option’s name, in the words of npm run check', () => {
    const r = ingest('--published', '2016-13', 'sirte.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('ingest: sirte.txt --published: تاريخ غير صالح «2016-13» / «2016-13»: expected YYYY, YYYY-MM or YYYY-MM-DD — check the command line (npm run ingest -- --help)');
  });

  it('leaves no temporary file behind', () => {
    ingest('sirte.txt');
    expect(readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('npm run ingest: saved pages, previews and the same article twice', () => {
  const SAVED = readFileSync(resolve('tests/fixtures/ingest/pages/saved-page.html'));

  it('--dry-run without --json prints a readable preview: title and its source, author, date and basis, paragraphs, removed lines by reason', () => {
    writeFileSync(join(dir, 'page.html'), SAVED);
    const r = ingest('--dry-run', 'page.html');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('العنوان / title: عودة النازحين إلى درنة بعد انتهاء المعارك  (heading: <h1>)');
    expect(r.stdout).toContain('الكاتب / author: محمد الهادي');
    expect(r.stdout).toContain('التاريخ / published: 2016-06-20 — بيانات الصفحة: JSON-LD datePublished');
    expect(r.stdout).toMatch(/الأولى \/ first: بدأت عشرات الأسر/);
    expect(r.stdout).toMatch(/\n {4}menu \(\d+\): /);
    expect(written()).toEqual([]);
  });

  it('--dry-run lists what is missing instead of refusing; the real ingest refuses', () => {
    writeFileSync(join(dir, 'bare.txt'), ARTICLE.split('\n').slice(5).join('\n'));
    const [out] = JSON.parse(ingest('--dry-run', '--json', 'bare.txt').stdout);
    expect(out.missing).toEqual(['title', 'published']);
    expect(ingest('bare.txt').stderr).toMatch(/^ingest: bare\.txt [^/]+ \/ the page has no headline the ingest can find — add `title:`/);
  });

  it('keeps a saved page byte for byte as content/sources/<slug>.html with its SHA-256, and the content check accepts it', () => {
    writeFileSync(join(dir, 'page.html'), SAVED);
    expect(ingest('page.html').status).toBe(0);
    const [source] = readdirSync(join(content, 'sources')).filter((f) => f.endsWith('.html'));
    expect(Buffer.compare(readFileSync(join(content, 'sources', source!)), SAVED)).toBe(0);
    const mdx = readFileSync(join(content, 'articles', source!.replace('.html', '.mdx')), 'utf8');
    expect(mdx).toContain(`file: "sources/${source}"`);
    expect(mdx).toContain(`sha256: "${createHash('sha256').update(SAVED).digest('hex')}"`);
    expect(mdx).toContain('titleFrom: "heading"');
    const check = spawnSync(process.execPath, [resolve('src/check/cli.ts'), '--content', content], { encoding: 'utf8' });
    expect(check.stderr + check.stdout).not.toMatch(/sources\//);
  });

  it.each([
    ['the same bytes', (b: Buffer) => b],
    ['the same text saved with CRLF line ends and a BOM', (b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'))])],
  ])('refuses %s as the article already in the archive, naming it', (_, change) => {
    expect(ingest('sirte.txt').status).toBe(0);
    writeFileSync(join(dir, 'again.txt'), change(readFileSync(join(dir, 'sirte.txt'))));
    writeFileSync(join(dir, 'again.meta.yaml'), META.replace('2016-12', '2016-12-05'));
    const r = ingest('again.txt');
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ingest: again\.txt .+ \/ (the same article is already in the archive: content\/articles\/2016-12-sirte-alyoum\.mdx|content\/articles\/2016-12-sirte-alyoum\.mdx already exists) — /);
  });

  it('refuses a saved page saved again with other markup, by its text', () => {
    writeFileSync(join(dir, 'page.html'), SAVED);
    expect(ingest('page.html').status).toBe(0);
    writeFileSync(join(dir, 'resaved.html'), SAVED.toString('utf8').replace(/\n/g, '\r\n').replace('<main>', '<main class="x"><!-- saved again -->'));
    const r = ingest('resaved.html');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ingest: resaved\.html .+ \/ the same article is already in the archive: content\/articles\/2016-06-derna-[0-9a-f]{8}\.mdx — /);
  });
});
