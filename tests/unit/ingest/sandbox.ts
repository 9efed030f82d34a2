/** A content folder of its own for tests that run the real ingest and check commands on it. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const INGEST = resolve('src/ingest/cli.ts');
const CHECK = resolve('src/check/cli.ts');

/** What a command did: its exit status (null when it had to be killed), its output, its stderr lines. */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

const ran = (status: number | null, stdout: string, stderr: string): Ran => ({ status, stdout, stderr: stderr.trim(), lines: stderr.trim().split('\n').filter(Boolean) });

/** A folder with content/ (articles, sources, the project's gazetteer) and the commands run from it. */
export function sandbox(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  copyFileSync('content/places.yaml', join(content, 'places.yaml'));
  return {
    dir,
    content,
    /** `npm run ingest -- --content content ARGS`, waited for (at most `timeout` ms, then killed). */
    ingest(args: string[], timeout = 60_000): Ran {
      const r = spawnSync(process.execPath, [INGEST, '--content', content, ...args], { encoding: 'utf8', cwd: dir, timeout, maxBuffer: 256 * 1024 * 1024 });
      return ran(r.status, r.stdout, r.stderr);
    },
    /** The same, started now and awaited later: for ingests that run at the same time. */
    ingestAsync(args: string[]): Promise<Ran> {
      return new Promise((done) => {
        const child = spawn(process.execPath, [INGEST, '--content', content, ...args], { cwd: dir });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (status) => done(ran(status, stdout, stderr)));
      });
    },
    /** `npm run check -- --content content`. */
    check(): Ran {
      const r = spawnSync(process.execPath, [CHECK, '--content', content], { encoding: 'utf8', cwd: dir });
      return ran(r.status, r.stdout, r.stderr);
    },
    /** Every file under content/articles and content/sources, and what is left in content/.ingest. */
    written(): string[] {
      const under = (sub: string) => (existsSync(join(content, sub)) ? readdirSync(join(content, sub)).map((n) => `${sub}/${n}`) : []);
      return [...under('articles'), ...under('sources'), ...under('.ingest')].sort();
    },
  };
}

/** A short news article in Arabic with its headline, written for these tests. */
export const ARTICLE = [
  'سرت تتحرر من التنظيم',
  '',
  'أعلنت القوات الموالية لحكومة الوفاق الوطني سيطرتها الكاملة على مدينة سرت بعد ستة أشهر من القتال.',
  '',
  'وقال متحدث باسم القوات في مصراتة إن آخر المقاتلين استسلموا في حي الجيزة البحرية.',
].join('\n');

/** A sidecar giving the publication date. */
export const META = 'published:\n  date: "2016-12"\n  approximate: true\n  basis: أعلن تحرير سرت في ديسمبر 2016\n';

/** A line as the ingest and the check write it: «ingest: », the file, Arabic, « / », English, « — », the fix. */
export const BILINGUAL = /^(ingest: )?\S.* .*\p{Script=Arabic}.* \/ [^\n]*[A-Za-z][^\n]* — [^\n]+$/u;

/** A process id that is not running: one of a process that has exited. */
export function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}
