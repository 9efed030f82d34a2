/**
 * Which places a map names: the most mentioned first, each name set above its dot, skipping any name
 * that would cover one already placed. The build-time map and Leaflet (at each zoom) choose alike.
 */
import { textWidth } from '../timeline/text-width.ts';

/** A dot that may be named: where it is drawn (px), its radius, and how much the archive says of it. */
export interface LabelCandidate {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  mentions: number;
}

/** [x0, y0, x1, y1]. */
type Box = [number, number, number, number];

/** A name's box: the text above the dot (its first `fontSize` px), and the dot under it. */
export function labelBox(c: LabelCandidate, fontSize: number): Box {
  const half = textWidth(c.name, fontSize) / 2;
  return [c.x - half, c.y - c.r - 4 - fontSize, c.x + half, c.y + c.r];
}

/** Side by side, two names nearer than this (in em) read as one: «بن قردان طرابلس». */
const NAME_GAP = 0.6;

/** Ids of at most `max` candidates to name, most mentioned first (ties by id), none covering another's name nor running into it. */
export function chooseLabels(candidates: readonly LabelCandidate[], max: number, fontSize: number): Set<string> {
  const chosen = new Set<string>();
  const taken: Box[] = [];
  const ordered = [...candidates].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  const gap = NAME_GAP * fontSize;
  for (const c of ordered) {
    if (chosen.size >= max) break;
    const box = labelBox(c, fontSize);
    // Covering: the boxes (names and dots) overlap. Running into: the names' lines overlap and are nearer than the gap.
    const covers = (t: Box) => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3];
    const runsInto = (t: Box) => box[0] - gap < t[2] && t[0] < box[2] + gap && box[1] < t[1] + fontSize && t[1] < box[1] + fontSize;
    if (taken.some((t) => covers(t) || runsInto(t))) continue;
    taken.push(box);
    chosen.add(c.id);
  }
  return chosen;
}
