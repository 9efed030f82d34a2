/** Launches the system Chromium through playwright-core; no browser is ever downloaded. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** CHROME_PATH first, then Debian's /usr/bin/chromium; a clear message when neither exists. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at: ${candidates.join(', ')}). Install one with \`apt-get install -y chromium\` ` +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
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
