import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteAddress } from '../../../src/lib/site-address.ts';

describe('where the site is served', () => {
  it('is the example origin at its root when nothing is set, or blank', () => {
    expect(siteAddress({})).toEqual({ site: DEFAULT_SITE, base: '/' });
    expect(siteAddress({ ARCHIVE_SITE: ' ', ARCHIVE_BASE: '' })).toEqual({ site: DEFAULT_SITE, base: '/' });
  });

  it('is what ARCHIVE_SITE and ARCHIVE_BASE say: a GitHub Pages project site under /libya-archive/', () => {
    expect(siteAddress({ ARCHIVE_SITE: 'https://example.github.io', ARCHIVE_BASE: '/libya-archive/' })).toEqual({ site: 'https://example.github.io', base: '/libya-archive/' });
  });
});
