/** Writes `dist/_headers` at the end of a build, with the paths under the base the site was built for. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostHeaders } from '../lib/host-headers.ts';

export default function hostHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'libya-archive:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), hostHeaders(base));
      },
    },
  };
}
