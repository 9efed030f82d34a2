/**
 * Runs `npm run check`'s checks when the site is built, so that nothing broken is published: the check
 * runs beside the content load (src/check/pending.ts), and the build stops before bundling any page and
 * lists every problem, each on the line an editor would fix.
 */
import type { AstroIntegration } from 'astro';
import { reportText, summary } from '../check/format.ts';
import { startCheck, takeCheck } from '../check/pending.ts';
import { contentDir } from '../loaders/content-dir.ts';

/** The content check as an Astro integration: on `astro build` only, so the dev server still starts. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'libya-archive:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') startCheck(contentDir());
      },
      'astro:build:start': async ({ logger }) => {
        // The content is loaded by now: the report is the build's to act on, and no later load's.
        const report = await takeCheck()!;
        if (report.problems.length > 0) throw new Error(reportText(report));
        logger.info(summary(report.counts, 0));
      },
    },
  };
}
