import { describe, expect, it } from 'vitest';
import { articleSlug, foldLatin, MAX_SLUG, slugify } from '../../../src/lib/slug.ts';

describe('slugs', () => {
  it('makes lowercase ASCII words joined by hyphens: «Ben Guerdane» → «ben-guerdane»', () => {
    expect(slugify('Ben Guerdane')).toBe('ben-guerdane');
    expect(slugify('  Misrata / Misurata ')).toBe('misrata-misurata');
    expect(slugify('Tiguentourine – In Aménas')).toBe('tiguentourine-in-amenas');
  });
  it('never lets Arabic into an id: «سرت» alone gives an empty slug', () => {
    expect(slugify('سرت')).toBe('');
  });
  it('builds an article id from month, main place and publisher', () => {
    expect(articleSlug({ date: '2016-12-05', place: 'sirte', publisher: 'Reuters', sha256: 'ab'.repeat(32) })).toBe('2016-12-sirte-reuters');
  });
  it('falls back on the source hash when the publisher has no Latin name or is unknown', () => {
    expect(articleSlug({ date: '2016', place: 'derna', publisher: 'ارفع صوتك', sha256: '0123456789abcdef'.repeat(4) })).toBe('2016-derna-01234567');
    expect(articleSlug({ date: '2017-08', publisher: null, sha256: 'fedcba98'.repeat(8) })).toBe('2017-08-fedcba98');
  });
});

describe('the longest id', () => {
  it('cuts a long publisher name at a word so that an article id has at most 80 characters', () => {
    const slug = articleSlug({ date: '2016-12', place: 'sirte', publisher: 'The Libya Observer Independent News Agency of the Central Region and the Gulf of Sidra', sha256: 'ab'.repeat(32) });
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(slug).toBe('2016-12-sirte-the-libya-observer-independent-news-agency-of-the-central-region');
  });
});

describe('Latin folding', () => {
  it('drops accents and case the same way for ids and search keys: «Mişrātah» → «misratah»', () => {
    expect(foldLatin('Mişrātah')).toBe('misratah');
    expect(slugify('Mişrātah')).toBe(foldLatin('Mişrātah'));
  });
});
