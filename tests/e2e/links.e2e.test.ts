import { describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '../../src/lib/linkcheck/index.ts';
import { htmlFiles } from '../../src/lib/linkcheck/site.ts';
import { siteAddress } from '../../src/lib/site-address.ts';

describe('internal links of the site built at the domain root', () => {
  it('all resolve: every href, src and srcset reaches a built file and every #anchor an element of its page', () => {
    expect(htmlFiles('dist').length).toBeGreaterThan(10);
    // The canonical and Open Graph URLs are absolute to the configured site: checked too.
    const broken = checkLinks({ dist: 'dist', base: '/', site: siteAddress().site });
    expect(formatBroken(broken)).toBe('');
  });
});
