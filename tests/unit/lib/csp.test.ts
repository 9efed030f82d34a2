import { describe, expect, it } from 'vitest';
import { cspHeaderValue, cspMetaContent } from '../../../src/lib/csp.ts';
import { hostHeaders } from '../../../src/lib/host-headers.ts';

/** The headers each rule of the `_headers` file for `base` sets, by path pattern. */
function headersFile(base = '/'): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of hostHeaders(base).split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      current!.set(name!.toLowerCase(), value!);
    }
  }
  return rules;
}

describe('the Content-Security-Policy', () => {
  it('allows no inline code and no other origin, only WebAssembly compilation for the search', () => {
    for (const policy of [cspMetaContent(), cspHeaderValue()]) {
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
    }
  });

  it('leaves frame-ancestors out of the <meta> tag, where browsers ignore it, and keeps it in the header', () => {
    expect(cspMetaContent()).not.toContain('frame-ancestors');
    expect(cspHeaderValue()).toContain("frame-ancestors 'none'");
  });

  it('is the same in the _headers file as in the pages, with the other security headers for every path', () => {
    const all = headersFile().get('/*')!;
    expect(all.get('content-security-policy')).toBe(cspHeaderValue());
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('no-referrer');
    expect(all.get('permissions-policy')).toBe('geolocation=(), camera=(), microphone=()');
  });

  it('lets browsers keep the hashed bundle files in /_astro/ for a year without asking again', () => {
    expect(headersFile().get('/_astro/*')!.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('writes the _headers paths under the base the site is built for, so a sub-path deploy keeps its headers', () => {
    const rules = headersFile('/libya-archive/');
    expect([...rules.keys()]).toEqual(['/libya-archive/*', '/libya-archive/_astro/*']);
    expect(rules.get('/libya-archive/*')!.get('content-security-policy')).toBe(cspHeaderValue());
  });
});
