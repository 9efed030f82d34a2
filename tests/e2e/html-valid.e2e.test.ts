import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/linkcheck/site.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
/** A page with two known errors: proves the validator ran and its report is read. */
const INVALID = resolve('tests/fixtures/html-invalid/invalid.html');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Errors of the W3C Nu validator for all `files` in one JVM run (it is slow to start), as «file:line: message». */
function validate(files: string[]): string[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw new Error(`Cannot run the Nu validator (java -jar ${vnuJar}): ${run.error.message}. Install Java 11 or later.`);
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return report.messages.map((m) => `${relative('.', fileURLToPath(m.url))}:${m.lastLine ?? '?'}: ${m.message}`);
}

describe('HTML validity of the built site (W3C Nu validator)', () => {
  const pages = htmlFiles('dist').map((f) => resolve(join('dist', f)));
  const errors = validate([...pages, INVALID]);

  it('checks every page of the build', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toContain(resolve('dist/404.html'));
  });

  it('reports the errors of a page known to be invalid, so a silent validator cannot pass', () => {
    const fixture = errors.filter((e) => e.startsWith('tests/fixtures/html-invalid/'));
    expect(fixture.some((e) => e.includes('“p” end tag'))).toBe(true);
    expect(fixture.some((e) => e.includes('“alt” attribute'))).toBe(true);
  });

  it('finds no error in any built page', () => {
    expect(errors.filter((e) => !e.startsWith('tests/fixtures/'))).toEqual([]);
  });
});
