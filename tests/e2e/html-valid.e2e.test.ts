import { join, relative, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/linkcheck/site.ts';

/** A page with known errors: proves the validator ran and its report is read. */
const INVALID = resolve('tests/fixtures/html-invalid/invalid.html');

/** html-validate's recommended rules, with each exception to them justified by the HTML standard or by WCAG. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The DOCTYPE is case-insensitive in the HTML standard; Astro writes it upper-case, hand-made pages need not.
    'doctype-style': 'off',
    // A style preference, not a rule of HTML: an article's page title is its headline, as long as its publisher wrote it.
    'long-title': 'off',
    // A scrolling table's wrapper is labelled role="region" so keyboards can reach it (WCAG 2.1.1); it is not a section of the page.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
});

/** Errors of html-validate for `files`, as «file:line:column rule: message». */
async function validate(files: string[]): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${relative('.', file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return errors;
}

describe('HTML validity of the built site (html-validate, recommended rules)', async () => {
  const pages = htmlFiles('dist').map((f) => resolve(join('dist', f)));
  const errors = await validate([...pages, INVALID]);

  it('checks every page of the build', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toContain(resolve('dist/404.html'));
  });

  it('reports the errors of a page known to be invalid, so a silent validator cannot pass', () => {
    const fixture = errors.filter((e) => e.startsWith('tests/fixtures/html-invalid/'));
    expect(fixture.some((e) => e.includes('no-implicit-close'))).toBe(true);
    expect(fixture.some((e) => e.includes('"alt"'))).toBe(true);
  });

  it('finds no error in any built page', () => {
    expect(errors.filter((e) => !e.startsWith('tests/fixtures/'))).toEqual([]);
  });
});
