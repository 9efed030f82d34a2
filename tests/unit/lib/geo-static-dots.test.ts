import { describe, expect, it } from 'vitest';
import { placeViews, toMapPlace } from '../../../src/data/join/places.ts';
import { PLACE_MAP_WIDTH } from '../../../src/lib/geo/basemap-svg.ts';
import { LIBYA_FRAME } from '../../../src/lib/geo/bbox.ts';
import type { MapPlace } from '../../../src/lib/geo/places-geojson.ts';
import { frameProjection } from '../../../src/lib/geo/projection.ts';
import { FOCUS_RADIUS, staticDots } from '../../../src/lib/geo/static-dots.ts';
import { articles, eventView, places } from '../data/fixtures.ts';

const views = placeViews(places, articles, eventView.events);
const mapPlace = (id: string): MapPlace => toMapPlace(views.find((v) => v.place.id === id)!)!;
const projection = frameProjection(LIBYA_FRAME, PLACE_MAP_WIDTH);

/** A place of the map at a position, mentioned `mentions` times. */
const at = (id: string, name: string, lon: number, lat: number, mentions: number): MapPlace => ({ id, name, latin: id, lon, lat, href: `/places/${id}/`, mentions, articles: [], spans: [] });

describe('the small static map of a place page', () => {
  it('draws its place alone, standing out, linking to its own page and named for a screen reader', () => {
    const dots = staticDots([mapPlace('sirte')], LIBYA_FRAME, projection, { focus: 'sirte' });
    expect(dots).toEqual([
      { id: 'sirte', name: 'سرت', href: '/places/sirte/', title: 'سرت: 5 إشارات في 3 مقالات', xy: expect.any(Array), r: FOCUS_RADIUS, focus: true, faint: false, labelled: true },
    ]);
    const [x, y] = dots[0]!.xy;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(projection.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(projection.height);
  });

  it('draws nothing for a place beyond the frame of the Libya map (Mosul): the page says so instead', () => {
    expect(staticDots([mapPlace('mosul')], LIBYA_FRAME, projection, { focus: 'mosul' })).toEqual([]);
    expect(views.find((v) => v.place.id === 'mosul')?.onMap).toBe(false);
  });
});

describe('a static map of many places', () => {
  const many = [at('sirte', 'سرت', 16.588, 31.205, 40), at('tripoli', 'طرابلس', 13.19, 32.89, 20), at('derna', 'درنة', 22.639, 32.767, 5)];

  it('draws the largest dots first, so that smaller ones stay clickable on top', () => {
    const dots = staticDots(many, LIBYA_FRAME, projection, { labels: 4 });
    expect(dots.map((d) => d.id)).toEqual(['sirte', 'tripoli', 'derna']);
    expect(dots.map((d) => d.r)).toEqual([...dots.map((d) => d.r)].sort((a, b) => b - a));
  });

  it('writes the names of the most mentioned places, leaving out a name that would cover one already written', () => {
    const port = at('sirte-port', 'ميناء سرت', 16.6, 31.21, 30);
    const dots = staticDots([...many, port], LIBYA_FRAME, projection, { labels: 3 });
    // The port lies on Sirte: its name would sit on Sirte's, so the next most mentioned place is named instead.
    expect(dots.filter((d) => d.labelled).map((d) => d.id).sort()).toEqual(['derna', 'sirte', 'tripoli']);
    expect(staticDots(many, LIBYA_FRAME, projection, { labels: 1 }).filter((d) => d.labelled).map((d) => d.id)).toEqual(['sirte']);
  });

  it('puts the focus place last, drawn on top, and makes the others faint', () => {
    const dots = staticDots(many, LIBYA_FRAME, projection, { focus: 'derna' });
    expect(dots.at(-1)).toMatchObject({ id: 'derna', focus: true, faint: false, r: FOCUS_RADIUS });
    expect(dots.slice(0, -1).every((d) => d.faint && !d.focus)).toBe(true);
  });
});
