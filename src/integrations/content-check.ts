/**
 * Runs `npm run check`'s checks wherever the site is built or served, so that nothing broken is
 * published and an editor sees every problem while writing. `astro build`: the check runs beside the
 * content load (src/check/pending.ts), and the build stops before bundling any page, listing every
 * problem, each on the line an editor would fix. `astro dev`: the check runs when the server starts and
 * again after each change to the content, and its report is logged; the server keeps serving.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { reportText, summary } from '../check/format.ts';
import { startCheck, takeCheck } from '../check/pending.ts';
import type { Report } from '../check/run.ts';
import { contentDir } from '../loaders/content-dir.ts';

/** What the dev server offers the check: a file watcher. */
interface Watched {
  watcher: { add(path: string): unknown; on(event: 'all', listener: (event: string, path: string) => void): unknown };
}

/** The report as the dev server logs it: the summary alone when all is well, else every problem. */
function logReport(report: Report, logger: AstroIntegrationLogger): void {
  if (report.problems.length > 0) logger.error(reportText(report));
  else logger.info(summary(report.counts, 0));
}

/** Checks `dir` now and after each change under it, one run at a time (a change during a run runs it once more). */
function checkWhileServing(dir: string, server: Watched, logger: AstroIntegrationLogger): void {
  const root = resolve(dir);
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const settle = (): void => {
      running = false;
      if (again) {
        again = false;
        run();
      }
    };
    startCheck(dir).then(
      (report) => {
        logReport(report, logger);
        settle();
      },
      (error: unknown) => {
        logger.error(error instanceof Error ? error.message : String(error));
        settle();
      },
    );
  };
  server.watcher.add(root);
  server.watcher.on('all', (_event, path) => {
    if (resolve(path).startsWith(root + sep)) run();
  });
  run();
}

/** The content check as an Astro integration. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'libya-archive:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') startCheck(contentDir());
      },
      'astro:server:setup': ({ server, logger }) => {
        checkWhileServing(contentDir(), server, logger);
      },
      'astro:build:start': async ({ logger }) => {
        // The content is loaded by now: the report is the build's to act on, and no later load's.
        const report = await takeCheck()!;
        if (report.problems.length > 0) {
          // Thrown, the report would be wrapped in Astro's «An unhandled error occurred while running the hook»
          // and a stack trace: the check's lines are the whole message, so the build ends with them.
          logger.error(reportText(report));
          process.exit(1);
        }
        logger.info(summary(report.counts, 0));
      },
    },
  };
}
