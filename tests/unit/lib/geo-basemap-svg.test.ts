import { describe, expect, it } from 'vitest';
import { basemapSvg, BASEMAP_LAYERS, LABEL_LAYERS, PLACE_MAP_WIDTH } from '../../../src/lib/geo/basemap-svg.ts';
import { LIBYA_FRAME } from '../../../src/lib/geo/bbox.ts';
import { frameProjection } from '../../../src/lib/geo/projection.ts';
import type { Basemap } from '../../../src/lib/geo/basemap.ts';

const square = (x: number): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[x, 25], [x + 2, 25], [x + 2, 27], [x, 27], [x, 25]]] });
const basemap = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { layer: 'country', iso: 'LY', focus: true }, geometry: square(15) },
    { type: 'Feature', properties: { layer: 'country', iso: 'EG', focus: false }, geometry: square(26) },
    { type: 'Feature', properties: { layer: 'coast' }, geometry: { type: 'MultiLineString', coordinates: [[[15, 31], [20, 32]]] } },
    { type: 'Feature', properties: { layer: 'border' }, geometry: { type: 'MultiLineString', coordinates: [[[25, 25], [25, 31]]] } },
    { type: 'Feature', properties: { layer: 'label', name: 'ليبيا', kind: 'country' }, geometry: { type: 'Point', coordinates: [17, 27] } },
    { type: 'Feature', properties: { layer: 'label', name: 'مصر', kind: 'country' }, geometry: { type: 'Point', coordinates: [28, 26] } },
    { type: 'Feature', properties: { layer: 'label', name: 'البحر المتوسط', kind: 'sea' }, geometry: { type: 'Point', coordinates: [18, 33.5] } },
  ],
} as unknown as Basemap;

describe('the shared basemap file of the place pages', () => {
  const projection = frameProjection(LIBYA_FRAME, PLACE_MAP_WIDTH);
  const svg = basemapSvg(basemap, projection);

  it('has one path per layer, Libya apart from its neighbours, drawn with the page map’s projection', () => {
    for (const id of BASEMAP_LAYERS) expect(svg).toMatch(new RegExp(`<path id="${id}" d="M[^"]+"/>`));
    expect(svg).toContain(`viewBox="0 0 ${projection.width} ${projection.height}"`);
    expect(svg).toContain(`id="focus-land" d="${projection.path(square(15))}"`);
  });

  it('holds the country and sea labels, centred on their projected points, in one group per kind', () => {
    const group = (id: string) => new RegExp(`<g id="${id}" text-anchor="middle">(.*?)</g>`).exec(svg)?.[1];
    const [x, y] = projection.project([17, 27]);
    expect(group(LABEL_LAYERS.country)).toBe(`<text x="${x}" y="${y}">ليبيا</text><text x="${projection.project([28, 26]).join('" y="')}">مصر</text>`);
    expect(group(LABEL_LAYERS.sea)).toBe(`<text x="${projection.project([18, 33.5]).join('" y="')}">البحر المتوسط</text>`);
  });

  it('carries no style of its own, so the page’s light or dark colours are inherited through <use>', () => {
    expect(svg).not.toMatch(/style|fill=|stroke=/);
  });
});
