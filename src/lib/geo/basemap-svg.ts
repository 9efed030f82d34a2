/**
 * The basemap of a build-time SVG map as a file of its own (/map/basemap-<width>.svg): place pages
 * draw it with <use href>, so its shapes are downloaded once and cached instead of repeated in the
 * HTML of every place. The shapes carry no style: fill and stroke are inherited from the page's CSS.
 */
import type { Basemap } from './basemap.ts';
import type { FramedProjection } from './projection.ts';

/** Width of the place pages' small map, the one drawn from the shared file. */
export const PLACE_MAP_WIDTH = 420;

/** Width of the interactive map's static picture (home and map pages), also drawn from a shared file. */
export const MAP_WIDTH = 640;

/** Ids of the layers in the file. */
export const BASEMAP_LAYERS = ['land', 'focus-land', 'coast', 'border'] as const;

/** The SVG document of the basemap drawn with `projection`: one path per layer. */
export function basemapSvg(basemap: Basemap, projection: FramedProjection): string {
  const pathOf = (features: Basemap['features']) => features.map((f) => projection.path(f.geometry)).join('');
  const countries = basemap.features.filter((f) => f.properties.layer === 'country');
  const layers: Record<(typeof BASEMAP_LAYERS)[number], string> = {
    land: pathOf(countries.filter((f) => !(f.properties.layer === 'country' && f.properties.focus))),
    'focus-land': pathOf(countries.filter((f) => f.properties.layer === 'country' && f.properties.focus)),
    coast: pathOf(basemap.features.filter((f) => f.properties.layer === 'coast')),
    border: pathOf(basemap.features.filter((f) => f.properties.layer === 'border')),
  };
  const paths = BASEMAP_LAYERS.map((id) => `<path id="${id}" d="${layers[id]}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${projection.width} ${projection.height}">${paths}</svg>\n`;
}
