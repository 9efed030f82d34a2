/**
 * The dots of a build-time SVG map: one per place inside the frame, sized by mentions, in drawing order,
 * with the written labels that fit. A focus place (a place page's own) is drawn last, larger, labelled,
 * and the others faint. Pure, so the map a page draws is tested without rendering it.
 */
import { mentionsLabel } from '../count-words.ts';
import type { Bbox } from './bbox.ts';
import { chooseLabels, labelBox } from './labels.ts';
import { partitionByFrame, placesToGeoJSON, type MapPlace } from './places-geojson.ts';
import type { FramedProjection } from './projection.ts';

/** One dot as the SVG draws it. */
export interface StaticDot {
  id: string;
  name: string;
  /** The place's page, which the dot links. */
  href: string;
  /** The dot's accessible name and tooltip: «سرت: 12 إشارة في 3 مقالات». */
  title: string;
  /** Centre in picture coordinates. */
  xy: [number, number];
  r: number;
  focus: boolean;
  /** Drawn muted beside a focus place. */
  faint: boolean;
  /** Whether its name is written above it. */
  labelled: boolean;
  /** Whether its name is written above it when the map is shown narrow, in larger letters (`narrow` option). */
  labelledNarrow: boolean;
}

/** How the map is drawn. */
export interface DotOptions {
  /** The place to stand out. */
  focus?: string | undefined;
  /** How many of the most mentioned places get a written label (the focus place always does). */
  labels?: number;
  /** Also choose the names to write, at NARROW_LABEL_SIZE, when the full map is shown in a phone's box. */
  narrow?: boolean;
}

/** Radius of the focus place's dot. */
export const FOCUS_RADIUS = 7;
/** Font size of the written labels, in picture units (the stylesheet's .place-label). */
export const LABEL_SIZE = 16;
/**
 * Font size of the labels, in picture units, when the full map (640 units wide) is shown narrower than 480 px,
 * where 16 units would be less than 12 px: 27 units are 12 px still in a 288 px box (a 320 px phone's).
 */
export const NARROW_LABEL_SIZE = 27;

/** The dots of `places` inside `frame`, largest first so the smaller stay clickable on top, the focus place last of all. */
export function staticDots(places: readonly MapPlace[], frame: Bbox, projection: FramedProjection, { focus, labels = 0, narrow = false }: DotOptions = {}): StaticDot[] {
  const { inside } = partitionByFrame(places, frame);
  const scaled = placesToGeoJSON(inside, focus ? { min: 3, max: 9 } : { min: 4, max: 16 }).features;
  const dots = scaled
    .map((f) => ({ ...f.properties, xy: projection.project(f.geometry.coordinates as [number, number]) }))
    .sort((a, b) => Number(a.id === focus) - Number(b.id === focus) || b.radius - a.radius || a.id.localeCompare(b.id));
  // Names of the most mentioned places, none covering another (the focus place first): Leaflet chooses alike.
  const candidates = dots.map((d) => ({ id: d.id, name: d.name, x: d.xy[0], y: d.xy[1], r: d.id === focus ? FOCUS_RADIUS : d.radius, mentions: d.id === focus ? Infinity : d.mentions }));
  // A name the picture's edge would cut is not written (the focus place's always is).
  const choose = (size: number) =>
    chooseLabels(
      candidates.filter((c) => {
        const [x0, y0, x1] = labelBox(c, size);
        return c.id === focus || (x0 >= 0 && y0 >= 0 && x1 <= projection.width);
      }),
      labels + (focus ? 1 : 0),
      size,
    );
  const labelled = choose(LABEL_SIZE);
  const labelledNarrow = narrow ? choose(NARROW_LABEL_SIZE) : labelled;
  return dots.map((d) => ({
    id: d.id,
    name: d.name,
    href: d.href,
    title: `${d.name}: ${mentionsLabel(d.mentions, d.articles.length)}`,
    xy: d.xy,
    r: d.id === focus ? FOCUS_RADIUS : d.radius,
    focus: d.id === focus,
    faint: Boolean(focus) && d.id !== focus,
    labelled: labelled.has(d.id),
    labelledNarrow: labelledNarrow.has(d.id),
  }));
}
