/**
 * «تنزيل ما يظهر: CSV · GeoJSON»: the events the timeline shows, each with its sources' exact quotes,
 * cut from the site's own open-data files and saved as a Blob. Nothing leaves the site's origin.
 */
import type { ClaimRow } from '../../lib/export/fields.ts';
import { dataHref } from '../../lib/paths.ts';
import { el } from '../dom.ts';
import type { EventsCollection } from '../../lib/export/view.ts';
import { filterable, type PayloadEvent } from '../../lib/timeline/payload.ts';
import type { TimelineState } from '../../lib/timeline/state.ts';

/** Wires the download links drawn at build time (data-export="csv" | "geojson") to build the files of the view current when pressed. */
export function wireExport(root: HTMLElement, events: readonly PayloadEvent[], view: () => TimelineState): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-export]')) {
    const i = a.dataset.export === 'geojson' ? 1 : 0;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      void save(events, view(), i);
    });
  }
}

/** Builds file `i` of the view (0: CSV, 1: GeoJSON) and saves it. */
async function save(events: readonly PayloadEvent[], view: TimelineState, i: number): Promise<void> {
  const json = <T>(file: string) => fetch(dataHref(file)).then((r) => r.json() as Promise<T>);
  const [{ eventsInView, viewFiles }, collection, claims] = await Promise.all([
    import('../../lib/export/view.ts'),
    json<EventsCollection>('events.geojson'),
    json<ClaimRow[]>('claims.json'),
  ]);
  const file = viewFiles(eventsInView(collection, claims, events.map(filterable), view), view)[i]!;
  const link = el('a');
  link.href = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
