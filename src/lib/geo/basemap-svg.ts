/**
 * The basemap of a build-time SVG map as a file of its own (/map/basemap-<width>.svg): place pages
 * draw it with <use href>, so its shapes are downloaded once and cached instead of repeated in the
 * HTML of every place. The shapes and labels carry no style: fill, stroke and font are inherited
 * from the page's CSS through the <use> element.
 */
import type { Basemap } from './basemap.ts';
import type { FramedProjection } from './projection.ts';

/** Width of the place pages' small map, the one drawn from the shared file. */
export const PLACE_MAP_WIDTH = 420;

/** Width of the interactive map's static picture (home and map pages), also drawn from a shared file. */
export const MAP_WIDTH = 640;

/** Ids of the shape layers in the file. */
export const BASEMAP_LAYERS = ['land', 'focus-land', 'coast', 'border'] as const;

/** Ids of the label groups in the file: countries and seas, styled apart by the page. */
export const LABEL_LAYERS = { country: 'country-labels', sea: 'sea-labels' } as const;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The SVG document of the basemap drawn with `projection`: one path per layer, one group of centred labels per kind. */
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
  const labels = (Object.keys(LABEL_LAYERS) as (keyof typeof LABEL_LAYERS)[]).map((kind) => {
    const texts = basemap.features.flatMap((f) => {
      if (f.properties.layer !== 'label' || f.properties.kind !== kind || f.geometry.type !== 'Point') return [];
      const [x, y] = projection.project(f.geometry.coordinates as [number, number]);
      return [`<text x="${x}" y="${y}">${escapeXml(f.properties.name)}</text>`];
    });
    return `<g id="${LABEL_LAYERS[kind]}" text-anchor="middle">${texts.join('')}</g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${projection.width} ${projection.height}">${paths}${labels.join('')}</svg>\n`;
}
