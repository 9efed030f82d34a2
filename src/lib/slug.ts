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
 * An article id from what is known about it: «2016-12» + «sirte» + «reuters» → «2016-12-sirte-reuters».
 * The publisher is used when it has a Latin form; otherwise the start of the source hash keeps ids unique.
 */
export function articleSlug(parts: { date: string; place?: string | null; publisher?: string | null; sha256: string }): string {
  const month = parts.date.slice(0, 7);
  const publisher = parts.publisher ? slugify(parts.publisher) : '';
  return [month, parts.place ? slugify(parts.place) : '', publisher || parts.sha256.slice(0, 8)]
    .filter(Boolean)
    .join('-');
}
