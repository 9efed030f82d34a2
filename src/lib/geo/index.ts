/** Map geometry for the archive: frame, basemap, projection, marker sizes, places as GeoJSON. */
export { LIBYA_FRAME, bboxOf, bboxesIntersect, inBbox, type Bbox, type Position } from './bbox.ts';
export { CONTEXT_BASEMAP, extractBasemap, INTERACTIVE_BASEMAP, LIBYA_ISO, LIBYA_LABELS, mergeBasemaps, ringAround, STATIC_BASEMAP, type Basemap, type BasemapFeature, type BasemapLabel, type BasemapOptions } from './basemap.ts';
export { clipLine, clipRing, dedupe, roundLine, simplifyLine } from './lines.ts';
export { partitionByFrame, placesToGeoJSON, type MapArticle, type MapEvent, type MapPlace, type MapPlaceProps, type PlaceFeature } from './places-geojson.ts';
export { frameProjection, type FramedProjection } from './projection.ts';
export { markerRadius, type RadiusRange } from './scale.ts';
