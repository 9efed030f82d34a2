/**
 * Messages (issue 15, class 11): every line the ingest prints is one line, in Arabic and English as the
 * check writes them, names the right file, and says what to do — for file-system errors, encodings, empty
 * options and unknown keys alike.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSystemRefusal } from '../../../src/ingest/errors.ts';
import { ARTICLE, BILINGUAL, META, sandbox } from './sandbox.ts';

describe('npm run ingest speaks in one bilingual line with a fix', () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    ['a folder given as the raw file', (dir) => (mkdirSync(join(dir, 'inbox')), ['inbox']), /^ingest: inbox المسار ليس ملفًا عاديًا بل مجلد \/ this is a folder, not a file — /],
    ['a file name longer than the file system accepts', () => [`${'س'.repeat(200)}.txt`], /^ingest: س+\.txt المسار أطول مما يقبله نظام الملفات \(204 أحرف\) \/ the path \(204 characters\) or one of its names is longer than the file system accepts — rename the file/],
    ['a file that does not exist', () => ['nowhere.txt'], /^ingest: nowhere\.txt الملف غير موجود \/ the file does not exist — check the path/],
    ['a raw text in UTF-16 with its BOM', (dir) => (writeFileSync(join(dir, 'u.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])), ['u.txt']), /^ingest: u\.txt ترميز الملف ليس UTF-8 \(UTF-16LE\) \/ the file is in UTF-16LE, not UTF-8 — re-save it as UTF-8/],
    ['a raw text in UTF-16 without a BOM, big-endian', (dir) => (writeFileSync(join(dir, 'u.txt'), Buffer.from(ARTICLE, 'utf16le').swap16()), ['u.txt']), /^ingest: u\.txt ترميز الملف ليس UTF-8 \(UTF-16BE\) \/ the file is in UTF-16BE/],
    ['an empty --slug', () => ['--slug', '', 'a.txt'], /^ingest: a\.txt --slug: قيمة غير مقبولة في الحقل «slug» \/ «»: expected lowercase ASCII words/],
    ['an empty --title', () => ['--title', '', 'a.txt'], /^ingest: a\.txt --title: قيمة غير مقبولة في الحقل «title» \/ /],
    ['an unknown option', () => ['--slugg', 'x', 'a.txt'], /^ingest: npm run ingest حقل غير معروف «--slugg» \/ unknown option «--slugg» — usage: npm run ingest -- /],
    ['an option without its value', () => ['a.txt', '--published'], /^ingest: npm run ingest --published: قيمة غير مقبولة في الحقل «--published» \/ Option '--published <value>' argument missing — usage: /],
    ['a sidecar with an unknown key', (dir) => (writeFileSync(join(dir, 'a.meta.yaml'), `${META}publsher: رويترز\n`), ['a.txt']), /^ingest: a\.meta\.yaml:5 publsher: حقل غير معروف «publsher» \/ unknown field «publsher» — check its spelling/],
    ['a sidecar that is a list, not fields', (dir) => (writeFileSync(join(dir, 'a.meta.yaml'), '- 2016-12\n- رويترز\n'), ['a.txt']), /^ingest: a\.meta\.yaml:1 بنية الملف غير صحيحة \/ expected fields, one `name: value` a line, found \["2016-12","رويترز"\] — see src\/schemas\/source-meta\.ts$/],
    ['a content folder that does not exist', () => ['--content', 'nowhere', 'a.txt'], /^ingest: nowhere لا يوجد مجلد محتوى هنا \/ no content folder here — pass --content <folder>/],
  ];

  it.each(cases)('%s', (_, setup, expected) => {
    const box = sandbox('messages-');
    writeFileSync(join(box.dir, 'a.txt'), ARTICLE);
    const r = box.ingest(setup(box.dir));
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.stderr).toMatch(BILINGUAL);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).not.toMatch(/Unrecognized|EISDIR|ENAMETOOLONG|ENOENT|Buffer|\n\s+at /);
    expect(box.written()).toEqual([]);
  });

  it('says what it wrote in both languages', () => {
    const box = sandbox('messages-');
    writeFileSync(join(box.dir, 'a.txt'), ARTICLE);
    writeFileSync(join(box.dir, 'a.meta.yaml'), `slug: 2016-12-sirte-test\n${META}`);
    expect(box.ingest(['a.txt']).stderr).toBe('ingest: a.txt → content/articles/2016-12-sirte-test.mdx — كُتب / written');
  });

  it('the dry run’s preview says how many timeline suggestions the article would give, and the command that makes them', () => {
    const box = sandbox('messages-');
    writeFileSync(join(box.dir, 'a.txt'), ARTICLE);
    writeFileSync(join(box.dir, 'a.meta.yaml'), `slug: 2016-12-sirte-test\n${META}`);
    expect(box.ingest(['--dry-run', 'a.txt']).stdout).toMatch(/\n {2}اقتراحات للخط الزمني \/ timeline suggestions: [1-9]\d* — npm run suggest -- 2016-12-sirte-test\n/);
  });
});

describe('a file-system error, in the editor’s words', () => {
  it.each([
    ['EACCES', 'read', 'inbox/a.txt لا إذن بقراءة الملف / no permission to read the file — check its permissions'],
    ['EACCES', 'write', 'content لا إذن بالكتابة هنا / no permission to write here — check the permissions of the content folder'],
    ['ENOSPC', 'write', 'content خطأ من نظام الملفات (ENOSPC) / the disk is full — free some space and run again: nothing was written'],
    ['EROFS', 'write', 'content خطأ من نظام الملفات (EROFS) / the file system is read-only — run the ingest in a working copy you can write to'],
    ['ELOOP', 'read', 'inbox/a.txt خطأ من نظام الملفات (ELOOP) / the path is a symbolic link that leads back to itself — give the path of the file itself'],
  ] as const)('%s on %s', (code, access, line) => {
    const file = access === 'read' ? 'inbox/a.txt' : 'content';
    expect(fileSystemRefusal(Object.assign(new Error(`${code}: raw text`), { code }), file, access).line()).toMatch(new RegExp(`^ingest: ${line.replace(/[()[\]\\/.*+?]/g, '\\$&')}`));
  });

  it('calls an error that is not the file system’s a fault of the ingest, in one line', () => {
    expect(fileSystemRefusal(new TypeError('x is undefined\n    at run (run.ts:1:1)'), 'a.txt', 'read').line()).toBe(
      'ingest: a.txt خطأ غير متوقع: x is undefined / x is undefined — this is a fault of the ingest, not of the file: report it with the file attached',
    );
  });
});
