/**
 * One write: the files of an ingest (raw copy, sidecar, article) reach content/ together or not at all.
 * They are written into a staging folder inside content/ (content/.ingest/, on the same file system, so a
 * move is a rename), then a plan naming every move is written last, and only then are they moved into
 * place. A run killed before its plan leaves a staging folder the next run removes; one killed after it
 * leaves one the next run finishes. All of it happens under a lock on the slug — a file created only if
 * it does not exist, holding its owner's pid — so two ingests never write one slug at once, and a lock
 * whose owner is gone is taken back.
 */
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileSystemRefusal, IngestError, refuse } from './errors.ts';

/** The folder, inside content/, that holds staging folders and locks while an ingest writes. */
export const WORK_DIR = '.ingest';

/** A file to write: its path relative to the content folder («articles/x.mdx») and its bytes. */
export interface Write {
  path: string;
  data: string | Uint8Array;
}

/** The plan of a commit, written last into its staging folder: from then on the commit is finished, by this run or the next. */
interface Plan {
  /** Files staged, by their path relative to the content folder, to move into place. */
  moves: string[];
  /** Files of the content folder to remove (a raw copy of another kind that the new one replaces). */
  removes: string[];
}

const PLAN = 'plan.json';

/** True while a process with this id runs (one owned by another user counts: it cannot be signalled, but it runs). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Writes a file and flushes it to the disk before returning. */
function writeDurably(path: string, data: string | Uint8Array, flag = 'w'): void {
  const fd = openSync(path, flag);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The lock file of a slug. */
const lockPath = (content: string, slug: string) => join(content, WORK_DIR, `${slug}.lock`);

/** The pid a lock file names, or null when it names none (being written, or damaged). */
function lockOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock of `slug`, or returns the pid that holds it. A lock whose process is gone is taken back. */
function tryLock(content: string, slug: string): { ok: true } | { ok: false; owner: number | null } {
  const path = lockPath(content, slug);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeDurably(path, `${process.pid}\n`, 'wx');
      return { ok: true };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
    const owner = lockOwner(path);
    if (owner === null || alive(owner)) return { ok: false, owner };
    // Its owner was killed: take it back by renaming it away (only one process can), then try once more.
    const stale = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, stale);
    } catch {
      continue; // Another run took it back first.
    }
    const taken = lockOwner(stale);
    if (taken !== null && taken !== owner && alive(taken)) {
      // Another run took it back and locked it between our reading and our renaming: its lock goes back.
      try {
        linkSync(stale, path);
      } catch {
        // A third run holds it now.
      }
      rmSync(stale, { force: true });
      return { ok: false, owner: taken };
    }
    rmSync(stale, { force: true });
  }
  return { ok: false, owner: lockOwner(path) };
}

/** Gives the lock back, if it is still this process's. */
function unlock(content: string, slug: string): void {
  const path = lockPath(content, slug);
  if (lockOwner(path) === process.pid) unlinkSync(path);
}

/**
 * Runs `fn` holding the lock of `slug`; refuses with one line when another ingest holds it. `file` is the
 * raw file being ingested, which the refusal names.
 */
export function withSlugLock<T>(content: string, slug: string, file: string, fn: () => T): T {
  let lock: ReturnType<typeof tryLock>;
  try {
    lock = tryLock(content, slug);
  } catch (error) {
    throw fileSystemRefusal(error, `${content}/${WORK_DIR}`, 'write');
  }
  if (!lock.ok) {
    throw refuse(
      file,
      'slug-busy',
      `another ingest${lock.owner ? ` (process ${lock.owner})` : ''} is writing the article «${slug}» now`,
      `wait for it to finish and run again; if no ingest is running, remove ${join(WORK_DIR, `${slug}.lock`)} from the content folder`,
      slug,
    );
  }
  try {
    return fn();
  } finally {
    unlock(content, slug);
  }
}

/** Moves a staged commit into place and removes its staging folder: the end of a commit, also when the next run finishes it. */
function finish(content: string, staging: string, plan: Plan, moving: (rel: string) => void = () => {}): void {
  for (const rel of plan.moves) {
    moving(rel);
    const staged = join(staging, rel);
    // A move done before a kill is not there to move again.
    if (existsSync(staged)) renameSync(staged, join(content, rel));
  }
  for (const rel of plan.removes) rmSync(join(content, rel), { force: true });
  // The moves are entries of their folders: flushed too, so that a power cut does not undo them.
  for (const dir of new Set([...plan.moves, ...plan.removes].map((rel) => dirname(join(content, rel))))) flushFolder(dir);
  rmSync(staging, { recursive: true, force: true });
}

/** Flushes a folder's entries to the disk. */
function flushFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `writes` into the content folder together, holding the slug's lock (withSlugLock): every file
 * staged and flushed, then the plan, then the moves. `removes` are files of the content folder the new
 * ones replace. An error before the plan leaves nothing in content/ but the staging folder, removed here.
 */
export function commit(content: string, slug: string, writes: readonly Write[], removes: readonly string[] = []): void {
  const staging = join(content, WORK_DIR, `${slug}.${process.pid}`);
  const plan: Plan = { moves: writes.map((w) => w.path), removes: [...removes] };
  try {
    rmSync(staging, { recursive: true, force: true });
    for (const w of writes) {
      mkdirSync(dirname(join(staging, w.path)), { recursive: true });
      mkdirSync(dirname(join(content, w.path)), { recursive: true });
      writeDurably(join(staging, w.path), w.data);
    }
    writeDurably(join(staging, `${PLAN}.tmp`), JSON.stringify(plan));
    renameSync(join(staging, `${PLAN}.tmp`), join(staging, PLAN));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw fileSystemRefusal(error, content, 'write');
  }
  let moving = '';
  try {
    finish(content, staging, plan, (rel) => (moving = rel));
  } catch (error) {
    // The plan is written: the next run finishes the moves, once the cause is fixed.
    const refusal = fileSystemRefusal(error, join(content, moving), 'write');
    const [p] = refusal.problems;
    throw new IngestError([{ ...p!, message: `${p!.message}; the other files wait in ${WORK_DIR}/, and the next run finishes the write` }]);
  }
}

/** What cleaning up after a killed run did to one staging folder. */
export interface Recovered {
  slug: string;
  /** The process that was killed. */
  pid: number;
  /** «finished» when its plan was written and its moves are now done; «discarded» when it had not got that far. */
  outcome: 'finished' | 'discarded';
}

/**
 * Finds what killed runs left in content/.ingest/ — staging folders and locks whose process is gone — and
 * cleans it: a staging folder with its plan is finished (its files moved into place), one without is
 * removed, each under its slug's lock; a stale lock with no staging folder is removed.
 */
export function recover(content: string): Recovered[] {
  const work = join(content, WORK_DIR);
  if (!existsSync(work)) return [];
  const done: Recovered[] = [];
  for (const name of readdirSync(work).sort()) {
    const staged = /^([a-z0-9-]+)\.(\d+)$/.exec(name);
    const lock = /^([a-z0-9-]+)\.lock$/.exec(name);
    if (staged) {
      const [, slug, id] = staged as unknown as [string, string, string];
      const pid = Number(id);
      if (pid === process.pid || alive(pid) || !tryLock(content, slug).ok) continue;
      try {
        const dir = join(work, name);
        if (!existsSync(join(dir, PLAN))) {
          rmSync(dir, { recursive: true, force: true });
          done.push({ slug, pid, outcome: 'discarded' });
        } else {
          finish(content, dir, JSON.parse(readFileSync(join(dir, PLAN), 'utf8')) as Plan);
          done.push({ slug, pid, outcome: 'finished' });
        }
      } finally {
        unlock(content, slug);
      }
    } else if (lock) {
      // Taking a lock takes back a stale one; giving it back leaves none.
      const owner = lockOwner(join(work, name));
      if (owner !== null && owner !== process.pid && !alive(owner) && tryLock(content, lock[1]!).ok) unlock(content, lock[1]!);
    } else if (/\.stale$/.test(name)) {
      rmSync(join(work, name), { force: true });
    }
  }
  return done;
}
