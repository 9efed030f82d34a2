/**
 * The build's content check, run beside the build instead of before it: `astro build` starts it when its
 * configuration is set up, loads and renders the articles meanwhile, and waits for its report before it
 * bundles a page (src/integrations/content-check.ts). At 10,000 articles the check takes 7 s, the content
 * load 15 s. The report is kept on globalThis: Astro loads the configuration and the content loader as
 * separate instances of their modules, and the loader asks for the report when an article will not load.
 */
import { Worker } from 'node:worker_threads';
import type { Report } from './run.ts';

const PENDING = Symbol.for('libya-archive:content-check');
type WithPending = typeof globalThis & { [PENDING]?: Promise<Report> };

/** Starts checking the content folder `dir` in a worker thread; `pendingCheck()` gives its report. */
export function startCheck(dir: string): Promise<Report> {
  const report = new Promise<Report>((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { dir } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit code ${code}) without a report`)));
  });
  // Awaited later, by the build: a failure is not an unhandled rejection meanwhile.
  report.catch(() => {});
  (globalThis as WithPending)[PENDING] = report;
  return report;
}

/** The report of the check this build started; undefined when none was (`astro dev`, or outside a build). */
export function pendingCheck(): Promise<Report> | undefined {
  return (globalThis as WithPending)[PENDING];
}

/** Takes the report of the check this build started and forgets it: a later load in the same process is not this build's. */
export function takeCheck(): Promise<Report> | undefined {
  const report = pendingCheck();
  delete (globalThis as WithPending)[PENDING];
  return report;
}
