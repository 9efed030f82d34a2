/**
 * schema.org metadata of an article page, as JSON-LD. The page is the archive's normalized copy, so
 * the top node is that copy, published by the archive, and `isBasedOn` (CreativeWork | URL, allowed on
 * every CreativeWork) is the original NewsArticle with its own headline, publisher, author, date and URL.
 * `sourceOrganization` was not used: it names the creator's employer, not a republisher.
 */

/** What is known of the original article; null where the text does not say. */
export interface OriginalArticle {
  headline: string;
  publisher: string | null;
  author: string | null;
  /** ISO 8601 at the precision known: «2016», «2016-12» or «2016-12-05» (reduced precision is valid ISO 8601). */
  datePublished: string;
  url: string | null;
}

/** The archive's copy: its absolute URL and the archive's name and home page. */
export interface ArchiveCopy {
  url: string;
  archiveName: string;
  archiveUrl: string;
}

/** The NewsArticle JSON-LD object of an article page; unknown values are left out, never invented. */
export function newsArticle(original: OriginalArticle, copy: ArchiveCopy): Record<string, unknown> {
  const author = original.author ? { '@type': 'Person', name: original.author } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': copy.url,
    url: copy.url,
    headline: original.headline,
    inLanguage: 'ar',
    ...(author ? { author } : {}),
    publisher: { '@type': 'Organization', name: copy.archiveName, url: copy.archiveUrl },
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: original.headline,
      inLanguage: 'ar',
      ...(author ? { author } : {}),
      ...(original.publisher ? { publisher: { '@type': 'Organization', name: original.publisher } } : {}),
      datePublished: original.datePublished,
      ...(original.url ? { url: original.url } : {}),
    },
  };
}

/** JSON for a <script type="application/ld+json"> block: every «<» escaped, so no text can close the script. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
