/**
 * Runs `npm run check`'s checks when the site is built, so that nothing broken is published: the build
 * stops before rendering and lists every problem, each on the line an editor would fix.
 */
import type { AstroIntegration } from 'astro';
import { formatLine, summary } from '../check/messages.ts';
import { run } from '../check/run.ts';
import { contentDir } from '../lib/content-dir.ts';

/** The content check as an Astro integration: on `astro build` only, so the dev server still starts. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'libya-archive:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { counts, problems } = run(contentDir());
        if (problems.length > 0) throw new Error(`${summary(counts, problems.length)}\n${problems.map(formatLine).join('\n')}`);
        logger.info(summary(counts, 0));
      },
    },
  };
}
