/** Step 8 — what the article mentions: gazetteer places (with counts) and explicit dates. */
import { explicitDates, parseDates } from '../../lib/dates/parse.ts';
import { countMentions, createTagger } from '../../lib/places/index.ts';
import type { Place } from '../../schemas/place.ts';
import type { Published } from '../../schemas/article.ts';

export interface PlaceCount {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  count: number;
}

/** Builds the tagging step for a gazetteer: counts per place, most mentioned first. */
export function placeCounter(places: readonly Place[]): (text: string) => PlaceCount[] {
  const tag = createTagger(places);
  const byId = new Map(places.map((p) => [p.id, p]));
  return (text) =>
    countMentions(tag(text)).map(({ id, count }) => {
      const place = byId.get(id)!;
      return { id, name: place.name, lat: place.lat ?? null, lon: place.lon ?? null, count };
    });
}

/** Explicit dates in the text, relative ones resolved against publication only when it is precise enough. */
export function findDates(text: string, published: Published): { text: string; value: string }[] {
  return explicitDates(parseDates(text, { published: { date: published.date, approximate: published.approximate } }));
}
