/** Where the CLI finds metadata besides the sidecar: the archive's own record of the same raw text, and the page's timestamp. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const CLI = resolve('src/ingest/cli.ts');
const BODY = [
  'أعلنت القوات الموالية لحكومة الوفاق الوطني سيطرتها الكاملة على مدينة سرت بعد ستة أشهر من القتال.',
  '',
  'وقال متحدث باسم القوات في مصراتة إن آخر المقاتلين استسلموا في حي الجيزة البحرية.',
];

let dir: string;
let content: string;

function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, '--content', content, ...args], { encoding: 'utf8', cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-meta-'));
  content = join(dir, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(content, 'places.yaml'));
});

describe('npm run ingest: metadata without a sidecar beside the file', () => {
  it('re-reads a raw text already in the archive with the metadata recorded for it (e.g. the original download)', () => {
    writeFileSync(join(dir, 'a.txt'), BODY.join('\n'));
    writeFileSync(join(dir, 'a.meta.yaml'), 'slug: 2016-12-sirte-test\ntitle: تحرير سرت\npublished:\n  date: "2016-12"\n  approximate: true\n  basis: أعلن تحرير سرت في ديسمبر 2016\n');
    expect(ingest('a.txt').status).toBe(0);
    rmSync(join(dir, 'a.meta.yaml'));
    mkdirSync(join(dir, 'download'));
    copyFileSync(join(dir, 'a.txt'), join(dir, 'download', 'copy.txt'));
    const r = ingest('--dry-run', '--json', 'download/copy.txt');
    expect(r.stderr).toBe('');
    const [out] = JSON.parse(r.stdout);
    expect([out.slug, out.title, out.published.date]).toEqual(['2016-12-sirte-test', 'تحرير سرت', '2016-12']);
  });

  it('does not lend an archived record to a different text', () => {
    writeFileSync(join(dir, 'a.txt'), BODY.join('\n'));
    writeFileSync(join(dir, 'a.meta.yaml'), 'slug: 2016-12-sirte-test\ntitle: تحرير سرت\npublished:\n  date: "2016-12"\n  approximate: true\n  basis: أعلن تحرير سرت في ديسمبر 2016\n');
    expect(ingest('a.txt').status).toBe(0);
    writeFileSync(join(dir, 'b.txt'), `${BODY.join('\n')}\nوانتهت المعركة.`);
    const [out] = JSON.parse(ingest('--dry-run', '--json', 'b.txt').stdout);
    expect([out.slug, out.title, out.missing]).toEqual([null, null, ['title', 'published']]);
    const r = ingest('b.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ingest: b\.txt [^/]+ \/ the page has no headline .*—/);
  });

  it('dates an article by the page’s «نشر في:» line when no editor gave a date', () => {
    writeFileSync(join(dir, 'p.txt'), ['سرت تتحرر من التنظيم', 'نشر في: 06/12/2016 - 14:05', '', ...BODY].join('\n'));
    const r = ingest('--dry-run', '--json', 'p.txt');
    expect(r.status).toBe(0);
    const [out] = JSON.parse(r.stdout);
    expect(out.published).toEqual({ date: '2016-12-06', approximate: false, basis: 'الصفحة تذكر «نشر في: 06/12/2016 - 14:05» (السطر 2).' });
    expect(out.text).not.toContain('نشر في');
  });
});
