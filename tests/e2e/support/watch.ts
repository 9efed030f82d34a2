/** Watches a page for what a hardened deploy forbids: CSP violations, failed requests, requests to other origins. */
import type { Page } from 'playwright-core';
import { foreignRequests, recordRequests } from './browser.ts';

declare global {
  interface Window {
    /** CSP violations seen by the page, recorded from its first script on. */
    __cspViolations?: string[];
  }
}

export interface PageWatch {
  /** Each CSP violation, from the page's securitypolicyviolation events and the console's CSP errors. */
  violations: () => Promise<string[]>;
  /** Every request the page made, in order. */
  requests: string[];
  /** Requests that went anywhere but `origin`. */
  foreign: () => string[];
  /** Responses with an error status (a 404 asset under a wrong base path), as «status url». */
  failures: string[];
}

/** Starts watching `page`; call before its first navigation. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  // Init scripts run through the debugger protocol, so the policy being tested does not block the recorder.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleErrors.push(`console: ${message.text()}`);
  });
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  const requests = recordRequests(page);
  return {
    violations: async () => [...(await page.evaluate(() => window.__cspViolations ?? [])), ...consoleErrors],
    requests,
    foreign: () => foreignRequests(requests, origin),
    failures,
  };
}
