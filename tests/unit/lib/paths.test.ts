import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/lib/paths.ts';

describe('withBase', () => {
  it('leaves root-relative paths alone when the site is served at the domain root', () => {
    expect(withBase('/', '/articles/2016-12-sirte-reuters/')).toBe('/articles/2016-12-sirte-reuters/');
  });
  it('prefixes the sub-path once, with or without a trailing slash on the base', () => {
    expect(withBase('/archive', '/about/')).toBe('/archive/about/');
    expect(withBase('/archive/', 'about/')).toBe('/archive/about/');
  });
});
