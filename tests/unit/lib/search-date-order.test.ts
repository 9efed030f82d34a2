import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/lib/search/date-order.ts';

const ids = new Map([
  ['/articles/sirte-2016-12-05/', 'zxx_a1'],
  ['/articles/derna-2015/', 'zxx_b2'],
  ['/articles/misrata-2016-05/', 'zxx_c3'],
  ['/places/sirte/', 'zxx_d4'],
  ['/articles/benghazi-2016-05/', 'zxx_e5'],
]);

describe('the date order of search results', () => {
  it('lists dated pages newest first by their ISO dates, a month before its own days and after a later year', () => {
    const order = newestFirst(
      [
        { url: '/articles/derna-2015/', date: '2015' },
        { url: '/articles/sirte-2016-12-05/', date: '2016-12-05' },
        { url: '/articles/misrata-2016-05/', date: '2016-05' },
        { url: '/places/sirte/' },
        { url: '/articles/benghazi-2016-05/', date: '2016-05' },
      ],
      ids,
    );
    expect(order).toEqual(['zxx_a1', 'zxx_e5', 'zxx_c3', 'zxx_b2']);
  });

  it('leaves out undated pages, which the search page lists after the dated ones in either order', () => {
    expect(newestFirst([{ url: '/places/sirte/' }], ids)).toEqual([]);
  });
});
