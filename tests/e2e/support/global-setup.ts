/** Serves the production build in dist/ for the end-to-end tests; `npm test` builds it just before. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no build: run `npm run build` first (or `npm test`, which builds).');
  }
  await chromiumPath(); // fail early, before any test starts, when no browser can be found
  const site = await serveStatic('dist');
  project.provide('siteUrl', site.url);
  return async () => {
    await site.close();
  };
}
