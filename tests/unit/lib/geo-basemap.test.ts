import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_BASEMAP,
  extractBasemap,
  INTERACTIVE_BASEMAP,
  mergeBasemaps,
  ringAround,
  STATIC_BASEMAP,
  type Basemap,
  type BasemapOptions,
} from '../../../src/lib/geo/basemap.ts';
import { inBbox, LIBYA_FRAME } from '../../../src/lib/geo/bbox.ts';

// Two countries sharing the edge x = 2, and an island far outside the frame.
const topology = {
  type: 'Topology',
  arcs: [
    [[2, 0], [2, 2]],
    [[2, 2], [0, 2], [0, 0], [2, 0]],
    [[2, 0], [4, 0], [4, 2], [2, 2]],
    [[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '1', arcs: [[1, 0]] },
        { type: 'Polygon', id: '2', arcs: [[2, -1]] },
        { type: 'Polygon', id: '3', arcs: [[3]] },
      ],
    },
  },
} as unknown as Topology;

const options: BasemapOptions = {
  bbox: [1, -1, 5.5, 3],
  tolerance: 0,
  digits: 3,
  focusIso: '2',
  labels: [
    { name: 'ليبيا', kind: 'country', at: [3, 1] },
    { name: 'الموصل', kind: 'country', at: [40, 36] },
  ],
};

const layer = (map: Basemap, name: string) => map.features.filter((f) => f.properties.layer === name);

describe('extractBasemap on a small topology', () => {
  const map = extractBasemap(topology, options);

  it('keeps the countries that show in the frame, clipped to it, and marks the focus country', () => {
    const countries = layer(map, 'country');
    expect(countries.map((f) => f.properties)).toEqual([
      { layer: 'country', iso: '1', focus: false },
      { layer: 'country', iso: '2', focus: true },
    ]);
    const west = countries[0]!.geometry.coordinates as number[][][][];
    expect(Math.min(...west[0]![0]!.map((p) => p[0]!))).toBe(1);
  });

  it('draws the shared edge once, as a border, and the rest of the outlines as coast', () => {
    const [border] = layer(map, 'border');
    expect(border!.geometry.coordinates).toEqual([[[2, 0], [2, 2]]]);
    const [coast] = layer(map, 'coast');
    const points = (coast!.geometry.coordinates as number[][][]).flat();
    expect(points).toContainEqual([4, 0]);
    expect(points.every(([x]) => x! >= 1)).toBe(true);
  });

  it('keeps the Arabic label inside the frame and drops the one outside', () => {
    expect(layer(map, 'label').map((f) => (f.properties as { name: string }).name)).toEqual(['ليبيا']);
  });

  it('states its frame as the GeoJSON bbox', () => {
    expect(map.bbox).toEqual([1, -1, 5.5, 3]);
  });
});

describe('ringAround', () => {
  it('covers the outer frame minus the inner one with four strips that do not overlap it', () => {
    const strips = ringAround([0, 0, 10, 10], [3, 3, 6, 6]);
    expect(strips).toEqual([
      [0, 6, 10, 10],
      [0, 0, 10, 3],
      [0, 3, 3, 6],
      [6, 3, 10, 6],
    ]);
  });

  it('leaves out a strip of no width when the inner frame touches an edge', () => {
    expect(ringAround([0, 0, 10, 10], [0, 3, 6, 10])).toEqual([
      [0, 0, 10, 3],
      [6, 3, 10, 10],
    ]);
  });
});

describe('surroundings and merging', () => {
  const around = extractBasemap(topology, { ...options, bbox: [-1, -1, 7, 7], around: [1, -1, 3, 3] });

  it('keeps nothing inside the frame another basemap draws', () => {
    expect(layer(around, 'country').length).toBe(3);
    for (const f of around.features) {
      if (f.properties.layer === 'label') continue;
      const points = (f.geometry.coordinates as unknown[]).flat(3) as number[];
      for (let i = 0; i < points.length; i += 2) {
        const [x, y] = [points[i]!, points[i + 1]!];
        // Points on the inner frame's edge are where the two basemaps meet.
        expect(x > 1 && x < 3 && y > -1 && y < 3, `${x},${y}`).toBe(false);
      }
    }
  });

  it('merges land first, then lines, then labels, and spans both frames', () => {
    const merged = mergeBasemaps(around, extractBasemap(topology, options));
    const layers = merged.features.map((f) => f.properties.layer);
    expect(layers).toEqual([...layers].sort((a, b) => ['country', 'border', 'coast', 'label'].indexOf(a) - ['country', 'border', 'coast', 'label'].indexOf(b)));
    expect(merged.bbox).toEqual([-1, -1, 7, 7]);
  });
});

describe('the shipped basemaps, cut from world-atlas', () => {
  const load = (name: string) =>
    JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${name}.json`), 'utf8')) as Topology;

  for (const preset of [INTERACTIVE_BASEMAP, STATIC_BASEMAP]) {
    describe(preset.source, () => {
      const map = extractBasemap(load(preset.source), preset);
      const libya = layer(map, 'country').find((f) => f.properties.layer === 'country' && f.properties.iso === '434')!;

      it('has Libya as the focus country, containing بني وليد, سبها and الكفرة', () => {
        expect(libya.properties).toMatchObject({ focus: true });
        for (const town of [[13.99, 31.76], [14.43, 27.04], [23.31, 24.2]]) expect(geoContains(libya as never, town as [number, number])).toBe(true);
      });

      it('has Libya’s neighbours: Tunisia, Algeria, Egypt, Sudan, Chad and Niger', () => {
        const isos = layer(map, 'country').map((f) => (f.properties as { iso: string }).iso);
        for (const iso of ['788', '012', '818', '729', '148', '562']) expect(isos).toContain(iso);
      });

      it('does not put سرت (inland of its shore) in Tunisia or the sea: only Libya contains it', () => {
        const containing = layer(map, 'country').filter((f) => geoContains(f as never, [16.55, 31.15])) as { properties: { iso: string } }[];
        expect(containing.map((f) => f.properties.iso)).toEqual(['434']);
      });

      it('weighs less than 60 KB gzipped', () => {
        expect(gzipSync(JSON.stringify(map)).length).toBeLessThan(60 * 1024);
      });
    });
  }

  describe('the interactive basemap with its surroundings', () => {
    const centre = extractBasemap(load(INTERACTIVE_BASEMAP.source), INTERACTIVE_BASEMAP);
    const context = extractBasemap(load(CONTEXT_BASEMAP.source), CONTEXT_BASEMAP);
    const merged = mergeBasemaps(context, centre);

    it('reaches beyond the frame on every side, so panning never shows a void', () => {
      expect(merged.bbox[0]).toBeLessThan(LIBYA_FRAME[0]);
      expect(merged.bbox[1]).toBeLessThan(LIBYA_FRAME[1]);
      expect(merged.bbox[2]).toBeGreaterThan(LIBYA_FRAME[2]);
      expect(merged.bbox[3]).toBeGreaterThan(LIBYA_FRAME[3]);
    });

    it('draws the surroundings only outside the frame, and labels only from the detailed centre', () => {
      expect(layer(context, 'label')).toEqual([]);
      for (const f of layer(context, 'country')) {
        for (const ring of (f.geometry.coordinates as number[][][][]).flat()) {
          const inside = ring.filter((p) => inBbox(p as [number, number], LIBYA_FRAME) && p[0]! > LIBYA_FRAME[0] && p[0]! < LIBYA_FRAME[2] && p[1]! > LIBYA_FRAME[1] && p[1]! < LIBYA_FRAME[3]);
          expect(inside).toEqual([]);
        }
      }
    });

    it('weighs less than 60 KB gzipped, surroundings included', () => {
      expect(gzipSync(JSON.stringify(merged)).length).toBeLessThan(60 * 1024);
    });
  });
});
