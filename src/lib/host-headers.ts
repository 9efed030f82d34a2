/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages): the security headers of every page and
 * a year-long cache for hashed bundles, under the path the site is served from.
 */
import { cspHeaderValue } from './csp.ts';
import { withBase } from './paths.ts';

/** Headers every response carries, beside the Content-Security-Policy of src/lib/csp.ts. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'geolocation=(), camera=(), microphone=()'],
];

/** Cache rule of the bundled files, whose names change with their content. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** The `_headers` file for a site served under `base` (`/` or `/sub/path/`). */
export function hostHeaders(base: string): string {
  const rule = (path: string, headers: ReadonlyArray<readonly [string, string]>) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Security headers for static hosts that read this file (Netlify, Cloudflare Pages); written by the build',
    '# from src/lib/host-headers.ts and src/lib/csp.ts, under the base path the site was built for.',
    rule(withBase(base, '*'), [['Content-Security-Policy', cspHeaderValue()], ...SECURITY_HEADERS]),
    '',
    '# Bundled files carry a content hash in their name: they never change once published.',
    rule(withBase(base, '_astro/*'), [['Cache-Control', IMMUTABLE_CACHE]]),
    '',
  ].join('\n');
}
