/**
 * One write (issue 15, class 4): an ingest's three files reach content/ together or not at all, under a
 * lock on the slug; what a killed run leaves is found and cleaned by the next; a slug has a maximum length.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE, BILINGUAL, deadPid, META, sandbox } from './sandbox.ts';

const SLUG = '2016-12-sirte-test';
/** Another article, on another subject, for the same slug. */
const OTHER = ['درنة تستقبل النازحين', '', 'بدأت عشرات الأسر النازحة العودة إلى مدينة درنة بعد انتهاء المعارك في أحيائها الشرقية.', '', 'وقال مسؤول في المجلس المحلي إن فرق الهندسة أزالت الألغام من الطرق الرئيسية.'].join('\n');

function twoTexts() {
  const box = sandbox('one-write-');
  writeFileSync(join(box.dir, 'a.txt'), ARTICLE);
  writeFileSync(join(box.dir, 'a.meta.yaml'), META);
  writeFileSync(join(box.dir, 'b.txt'), OTHER);
  writeFileSync(join(box.dir, 'b.meta.yaml'), META);
  return box;
}

const FILES = [`articles/${SLUG}.mdx`, `sources/${SLUG}.meta.yaml`, `sources/${SLUG}.txt`];

describe('npm run ingest writes an article’s files together, under a lock on its slug', () => {
  it('two ingests of different texts to one slug at the same time: exactly one writes, the other is refused in one line, without --force', async () => {
    for (let round = 0; round < 3; round++) {
      const box = twoTexts();
      const [a, b] = await Promise.all([box.ingestAsync(['--slug', SLUG, 'a.txt']), box.ingestAsync(['--slug', SLUG, 'b.txt'])]);
      expect([a.status, b.status].sort()).toEqual([0, 1]);
      const [winner, loser] = a.status === 0 ? [ARTICLE, b] : [OTHER, a];
      expect(loser.lines).toHaveLength(1);
      expect(loser.stderr).toMatch(BILINGUAL);
      expect(loser.stderr).toMatch(/is writing the article «2016-12-sirte-test» now|already exists|already holds another raw file/);
      expect(readFileSync(join(box.content, 'sources', `${SLUG}.txt`), 'utf8')).toBe(winner);
      expect(box.written()).toEqual(FILES);
    }
  });

  it('refuses a slug another running ingest holds, naming the lock to remove if none runs', () => {
    const box = twoTexts();
    mkdirSync(join(box.content, '.ingest'));
    writeFileSync(join(box.content, '.ingest', `${SLUG}.lock`), `${process.pid}\n`);
    const r = box.ingest(['--slug', SLUG, 'a.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `ingest: a.txt إدخال آخر يكتب المقال «${SLUG}» الآن / another ingest (process ${process.pid}) is writing the article «${SLUG}» now — wait for it to finish and run again; if no ingest is running, remove .ingest/${SLUG}.lock from the content folder`,
    );
    expect(box.written()).toEqual([`.ingest/${SLUG}.lock`]);
  });

  it('takes back a lock whose ingest was killed, and leaves no lock behind', () => {
    const box = twoTexts();
    mkdirSync(join(box.content, '.ingest'));
    writeFileSync(join(box.content, '.ingest', `${SLUG}.lock`), `${deadPid()}\n`);
    expect(box.ingest(['--slug', SLUG, 'a.txt']).status).toBe(0);
    expect(box.written()).toEqual(FILES);
  });

  it('finishes in the next run a write that stopped half-way, so the three files agree and the check passes', () => {
    const box = twoTexts();
    expect(box.ingest(['--slug', SLUG, 'a.txt']).status).toBe(0);
    // A folder where the new article goes makes the last move fail after the raw copy and sidecar have moved.
    renameSync(join(box.content, 'articles', `${SLUG}.mdx`), join(box.dir, 'old.mdx'));
    mkdirSync(join(box.content, 'articles', `${SLUG}.mdx`, 'x'), { recursive: true });
    const failed = box.ingest(['--force', '--slug', SLUG, 'b.txt']);
    expect(failed.status).toBe(1);
    expect(failed.lines).toHaveLength(1);
    expect(failed.stderr).toMatch(BILINGUAL);
    expect(failed.stderr).toMatch(new RegExp(`^ingest: .*articles/${SLUG}\\.mdx .* — .*next run`));
    rmSync(join(box.content, 'articles', `${SLUG}.mdx`), { recursive: true });
    writeFileSync(join(box.dir, 'c.txt'), ARTICLE.replace('سرت تتحرر', 'مصراتة تحتفل'));
    writeFileSync(join(box.dir, 'c.meta.yaml'), META);
    const next = box.ingest(['--slug', '2016-12-misrata-test', 'c.txt']);
    expect(next.lines[0]).toMatch(new RegExp(`^ingest: أُكملت كتابة المقال «${SLUG}» .* / finished writing «${SLUG}», left half-done by an earlier ingest`));
    expect(next.status).toBe(0);
    expect(readFileSync(join(box.content, 'sources', `${SLUG}.txt`), 'utf8')).toBe(OTHER);
    expect(readFileSync(join(box.content, 'articles', `${SLUG}.mdx`), 'utf8')).toContain('درنة');
    expect(box.written().filter((f) => f.startsWith('.ingest/'))).toEqual([]);
    expect(box.check().status).toBe(0);
  });

  it('removes in the next run what a run killed before it had staged every file left, and nothing reaches content/', () => {
    const box = twoTexts();
    const staging = join(box.content, '.ingest', `${SLUG}.${deadPid()}`);
    mkdirSync(join(staging, 'sources'), { recursive: true });
    writeFileSync(join(staging, 'sources', `${SLUG}.txt`), ARTICLE);
    const r = box.ingest(['--slug', '2016-12-derna-test', 'b.txt']);
    expect(r.status).toBe(0);
    expect(r.lines[0]).toMatch(new RegExp(`^ingest: حُذفت كتابة غير مكتملة للمقال «${SLUG}» / removed the unfinished files of «${SLUG}»`));
    expect(box.written()).toEqual(['articles/2016-12-derna-test.mdx', 'sources/2016-12-derna-test.meta.yaml', 'sources/2016-12-derna-test.txt']);
  });

  it('an ingest killed while it writes leaves content/ whole: the next run finishes or removes its files, and the check passes', async () => {
    const box = twoTexts();
    // A long article, so that its files take a while to write: the kill comes as soon as its staging folder appears.
    const long = `${ARTICLE}\n\n${Array.from({ length: 6000 }, () => 'وقال متحدث باسم القوات إن المعارك مستمرة في الأحياء الشرقية من المدينة.').join(' ')}`;
    writeFileSync(join(box.dir, 'long.txt'), long);
    writeFileSync(join(box.dir, 'long.meta.yaml'), META);
    const child = spawn(process.execPath, [resolve('src/ingest/cli.ts'), '--content', box.content, '--slug', SLUG, 'long.txt'], { cwd: box.dir, stdio: 'ignore' });
    const work = join(box.content, '.ingest');
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (existsSync(work) && readdirSync(work).some((n) => n.startsWith(`${SLUG}.`) && !n.endsWith('.lock'))) child.kill('SIGKILL');
      }, 1);
      child.on('exit', () => (clearInterval(poll), done()));
    });
    const next = box.ingest(['--slug', '2016-12-derna-test', 'b.txt']);
    expect(next.status).toBe(0);
    const ours = box.written().filter((f) => f.includes(SLUG));
    // Whichever moment the kill came at: all three files, or none, and nothing left over.
    expect([[], FILES]).toContainEqual(ours);
    expect(box.written().filter((f) => f.startsWith('.ingest/'))).toEqual([]);
    expect(box.check().status).toBe(0);
  });

  it('refuses a slug longer than 80 characters before anything is written', () => {
    const box = twoTexts();
    const long = `2016-12-${'sirte-'.repeat(38)}x`;
    expect(long.length).toBe(237);
    const r = box.ingest(['--slug', long, 'a.txt']);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.stderr).toMatch(/^ingest: a\.txt --slug: قيمة غير مقبولة في الحقل «slug» \/ .*longer than 80 characters — shorten it/);
    expect(box.written()).toEqual([]);
  });
});

describe('npm run check reports a raw source or sidecar that no article uses', () => {
  it('names each left-over file with how to use it or remove it, in one bilingual line', () => {
    const box = twoTexts();
    expect(box.ingest(['--slug', SLUG, 'a.txt']).status).toBe(0);
    writeFileSync(join(box.content, 'sources', '2016-01-left-over.txt'), OTHER);
    writeFileSync(join(box.content, 'sources', '2016-01-left-over.meta.yaml'), META);
    const r = box.check();
    expect(r.status).toBe(1);
    const lines = r.lines.filter((l) => l.includes('left-over'));
    expect(lines).toEqual([
      `content/sources/2016-01-left-over.meta.yaml لا يستعمل أي مقال هذا الملف / no article uses this metadata file — remove it (git rm content/sources/2016-01-left-over.meta.yaml), or ingest its raw text with it (npm run ingest -- content/sources/2016-01-left-over.txt)`,
      `content/sources/2016-01-left-over.txt لا يستعمل أي مقال هذا الملف / no article uses this raw file — ingest it (npm run ingest -- content/sources/2016-01-left-over.txt), or remove it and its .meta.yaml (git rm content/sources/2016-01-left-over.txt)`,
    ]);
  });
});
