import { describe, expect, it } from 'vitest';
import { placeViews, toMapPlace } from '../../../src/data/join/places.ts';
import { MAP_WIDTH, PLACE_MAP_WIDTH } from '../../../src/lib/geo/basemap-svg.ts';
import { LIBYA_FRAME } from '../../../src/lib/geo/bbox.ts';
import type { MapPlace } from '../../../src/lib/geo/places-geojson.ts';
import { frameProjection } from '../../../src/lib/geo/projection.ts';
import { labelBox } from '../../../src/lib/geo/labels.ts';
import { FOCUS_RADIUS, NARROW_LABEL_SIZE, staticDots } from '../../../src/lib/geo/static-dots.ts';
import { articles, eventView, places } from '../data/fixtures.ts';

const views = placeViews(places, articles, eventView.events);
const mapPlace = (id: string): MapPlace => toMapPlace(views.find((v) => v.place.id === id)!)!;
const projection = frameProjection(LIBYA_FRAME, PLACE_MAP_WIDTH);

/** A place of the map at a position, mentioned `mentions` times. */
const at = (id: string, name: string, lon: number, lat: number, mentions: number): MapPlace => ({ id, name, latin: id, lon, lat, href: `/places/${id}/`, mentions, articles: [], events: [] });

describe('the small static map of a place page', () => {
  it('draws its place alone, standing out, labelled and named for a screen reader', () => {
    const dots = staticDots([mapPlace('sirte')], LIBYA_FRAME, projection, { focus: 'sirte' });
    expect(dots).toEqual([
      { id: 'sirte', name: 'سرت', href: '/places/sirte/', title: 'سرت: 5 إشارات في 3 مقالات', xy: expect.any(Array), r: FOCUS_RADIUS, focus: true, faint: false, labelled: true, labelledNarrow: true },
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

  it('writes, for the full map on a phone, the names at NARROW_LABEL_SIZE that still clear each other, the less mentioned giving way', () => {
    const full = frameProjection(LIBYA_FRAME, MAP_WIDTH);
    // Two places 2.5° apart on one parallel: about 75 units, room for both names at 16 units but not at 27.
    const desert = [...many, at('west', 'الغربية', 14, 29, 10), at('east', 'الشرقية', 16.5, 29, 9)];
    const dots = staticDots(desert, LIBYA_FRAME, full, { labels: 6, narrow: true });
    const names = (key: 'labelled' | 'labelledNarrow') => dots.filter((d) => d[key]).map((d) => d.id).sort();
    expect(names('labelled')).toEqual(['derna', 'east', 'sirte', 'tripoli', 'west']);
    expect(names('labelledNarrow')).toEqual(['derna', 'sirte', 'tripoli', 'west']);
    const boxes = dots.filter((d) => d.labelledNarrow).map((d) => labelBox({ ...d, x: d.xy[0], y: d.xy[1], mentions: 0 }, NARROW_LABEL_SIZE));
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false)));
  });

  it('writes no name that the edge of the picture would cut', () => {
    const north = at('north', 'أقصى الشمال', 16, LIBYA_FRAME[3] - 0.05, 50);
    const dots = staticDots([...many, north], LIBYA_FRAME, frameProjection(LIBYA_FRAME, MAP_WIDTH), { labels: 4, narrow: true });
    expect(dots.find((d) => d.id === 'north')).toMatchObject({ labelled: false, labelledNarrow: false });
    expect(dots.find((d) => d.id === 'sirte')).toMatchObject({ labelled: true, labelledNarrow: true });
  });

  it('writes the same names at both sizes when not asked for the narrow ones', () => {
    expect(staticDots(many, LIBYA_FRAME, projection, { labels: 3 }).every((d) => d.labelled === d.labelledNarrow)).toBe(true);
  });
});
