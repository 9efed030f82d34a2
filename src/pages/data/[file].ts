// Every file of /data/ (CSV, JSON, GeoJSON and datapackage.json), one route: the texts come from src/data/exports.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportFiles } from '../../data/exports.ts';
import { MEDIA_TYPES } from '../../lib/export/datapackage.ts';

export const getStaticPaths = (async () => {
  const { files, datapackage } = await exportFiles();
  return [
    ...files.map((f) => ({ params: { file: f.path }, props: { body: f.body, type: MEDIA_TYPES[f.format] } })),
    { params: { file: 'datapackage.json' }, props: { body: datapackage, type: MEDIA_TYPES.json } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': `${props.type as string}; charset=utf-8` } });
