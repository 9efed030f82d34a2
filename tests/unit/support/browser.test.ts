import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../e2e/support/browser.ts';

describe('the Chromium the end-to-end tests drive', () => {
  it('refuses a CHROME_PATH that does not exist, naming it, instead of falling back to another browser', async () => {
    await expect(chromiumPath({ CHROME_PATH: '/nonexistent/chromium' })).rejects.toThrow(
      'CHROME_PATH=/nonexistent/chromium is not an executable file',
    );
  });

  it('refuses a CHROME_PATH that is a file but not an executable', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chrome-path-')), 'chromium');
    writeFileSync(file, '', { mode: 0o644 });
    await expect(chromiumPath({ CHROME_PATH: file })).rejects.toThrow('is not an executable file');
  });

  it('takes an executable CHROME_PATH as it is', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chrome-path-')), 'chromium');
    writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
    await expect(chromiumPath({ CHROME_PATH: file })).resolves.toBe(file);
  });

  it('finds a browser with no CHROME_PATH: a system Chromium or the one npm ci brought', async () => {
    const path = await chromiumPath({});
    expect(path).toMatch(/chrom/i);
  });
});
