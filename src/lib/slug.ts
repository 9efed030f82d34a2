/** ASCII ids for URLs and cross-references: one function for every id in the archive. */

/** Latin text without accents, lowercased: «Mişrātah» → «misratah». Ids and search keys fold alike. */
export function foldLatin(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** «Ben Guerdane» → «ben-guerdane»; accents dropped, anything but a–z and 0–9 becomes a hyphen. */
export function slugify(text: string): string {
  return foldLatin(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The longest id: every id is a file name and a URL path segment, and file systems refuse names of more
 * than 255 bytes (a 236-character slug once failed half-way through an ingest).
 */
export const MAX_SLUG = 80;

/** `slug` cut at a hyphen to at most `max` characters. */
function clip(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return slug.slice(0, cut > 0 ? cut : max).replace(/-+$/, '');
}

/**
 * An article id from what is known about it: «2016-12» + «sirte» + «reuters» → «2016-12-sirte-reuters».
 * The publisher is used when it has a Latin form; otherwise the start of the source hash keeps ids unique.
 * Never longer than MAX_SLUG.
 */
export function articleSlug(parts: { date: string; place?: string | null; publisher?: string | null; sha256: string }): string {
  const month = parts.date.slice(0, 7);
  const head = [month, parts.place ? clip(slugify(parts.place), 32) : ''].filter(Boolean).join('-');
  // A long publisher name is cut to what the id has room for.
  const publisher = parts.publisher ? clip(slugify(parts.publisher), MAX_SLUG - head.length - 1) : '';
  return [head, publisher || parts.sha256.slice(0, 8)].join('-');
}
