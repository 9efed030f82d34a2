/**
 * The dots of a build-time SVG map: one per place inside the frame, sized by mentions, in drawing order,
 * with the written labels that fit. A focus place (a place page's own) is drawn last, larger, labelled,
 * and the others faint. Pure, so the map a page draws is tested without rendering it.
 */
import { mentionsLabel } from '../count-words.ts';
import type { Bbox } from './bbox.ts';
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
}

/** How the map is drawn. */
export interface DotOptions {
  /** The place to stand out. */
  focus?: string | undefined;
  /** How many of the most mentioned places get a written label (the focus place always does). */
  labels?: number;
}

/** Radius of the focus place's dot. */
export const FOCUS_RADIUS = 7;
/** Font size of the written labels, in picture units (the stylesheet's .place-label). */
export const LABEL_SIZE = 16;

/** The dots of `places` inside `frame`, largest first so the smaller stay clickable on top, the focus place last of all. */
export function staticDots(places: readonly MapPlace[], frame: Bbox, projection: FramedProjection, { focus, labels = 0 }: DotOptions = {}): StaticDot[] {
  const { inside } = partitionByFrame(places, frame);
  const scaled = placesToGeoJSON(inside, focus ? { min: 3, max: 9 } : { min: 4, max: 16 }).features;
  const dots = scaled
    .map((f) => ({ ...f.properties, xy: projection.project(f.geometry.coordinates as [number, number]) }))
    .sort((a, b) => Number(a.id === focus) - Number(b.id === focus) || b.radius - a.radius || a.id.localeCompare(b.id));
  // Labels of the most mentioned places, skipping any that would overlap one already placed.
  const labelled = new Set<string>();
  const taken: [number, number, number, number][] = [];
  const candidates = [...dots].sort((a, b) => Number(b.id === focus) - Number(a.id === focus) || b.mentions - a.mentions || a.id.localeCompare(b.id));
  for (const d of candidates) {
    if (labelled.size >= labels + (focus ? 1 : 0)) break;
    const r = d.id === focus ? FOCUS_RADIUS : d.radius;
    // Arabic letters average about 0.55 em; the box spans the text and the dot under it.
    const half = (d.name.length * LABEL_SIZE * 0.55) / 2;
    const box: [number, number, number, number] = [d.xy[0] - half, d.xy[1] - r - 4 - LABEL_SIZE, d.xy[0] + half, d.xy[1] + r];
    if (taken.some((t) => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3])) continue;
    taken.push(box);
    labelled.add(d.id);
  }
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
  }));
}
