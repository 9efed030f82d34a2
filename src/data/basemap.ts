/**
 * The basemaps the site ships, cut once per build from the world-atlas package (Natural Earth):
 * one for Leaflet (served as JSON from /map/basemap.json), one lighter for the build-time SVGs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { CONTEXT_BASEMAP, extractBasemap, INTERACTIVE_BASEMAP, mergeBasemaps, STATIC_BASEMAP, type Basemap, type BasemapOptions } from '../lib/geo/basemap.ts';

const require = createRequire(import.meta.url);
const cache = new Map<BasemapOptions, Basemap>();

function cut(preset: BasemapOptions & { source: string }): Basemap {
  let map = cache.get(preset);
  if (!map) {
    const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/${preset.source}.json`), 'utf8')) as Topology;
    map = extractBasemap(topology, preset);
    cache.set(preset, map);
  }
  return map;
}

/** The basemap Leaflet draws: Libya and its neighbours from 1:10m shapes, coarse 1:50m surroundings around them. */
export const interactiveBasemap = (): Basemap => mergeBasemaps(cut(CONTEXT_BASEMAP), cut(INTERACTIVE_BASEMAP));

/** The light basemap of the build-time SVG maps (1:50m shapes). */
export const staticBasemap = (): Basemap => cut(STATIC_BASEMAP);
