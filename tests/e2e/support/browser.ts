/** Launches Chromium through playwright-core; no browser is ever downloaded at run time. */
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll } from 'vitest';

/** Where a system Chromium usually lives (Debian, Ubuntu, Fedora, and a Chrome installed by its package). */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium the tests drive: `CHROME_PATH` when set (an error if it is not an executable), else a system
 * Chromium, else the build that npm brings with `@sparticuz/chromium` (unpacked once into the temp folder).
 */
export async function chromiumPath(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const wanted = env.CHROME_PATH;
  if (wanted !== undefined && wanted !== '') {
    if (!existsSync(wanted) || !isExecutable(wanted)) {
      throw new Error(`CHROME_PATH=${wanted} is not an executable file — point it at a Chromium or Chrome binary, or unset it to use the one npm ci installs`);
    }
    return wanted;
  }
  const system = SYSTEM_CHROMIUMS.find(isExecutable);
  if (system) return system;
  // Sparticuz's build is a headless shell for Linux (x64 and arm64), shipped inside the npm package.
  if (process.platform !== 'linux') {
    throw new Error(`no Chromium found (looked at ${SYSTEM_CHROMIUMS.join(', ')}) — set CHROME_PATH to a Chromium or Chrome binary`);
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

/** Flags for a headless run on a closed network: nothing in the background tries to reach Google. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS });
}

/** One Chromium for the test file that awaits this at its top: launched as the file is collected, closed after its last test. */
export async function browserForFile(): Promise<Browser> {
  const browser = await launchBrowser();
  afterAll(() => browser.close());
  return browser;
}

/** Records every request a page makes, so tests can assert that none leaves the site's origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Requests that go anywhere but `origin` (data: and blob: URLs stay inside the page). */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}
