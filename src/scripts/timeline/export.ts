/**
 * «تنزيل ما يظهر: CSV · GeoJSON»: the events the timeline shows, each with its sources' exact quotes,
 * cut from the site's own open-data files and saved as a Blob. Nothing leaves the site's origin.
 */
import type { ClaimRow } from '../../lib/export/fields.ts';
import type { EventsCollection } from '../../lib/export/view.ts';
import type { PayloadEvent } from '../../lib/timeline/payload.ts';
import type { TimelineState } from '../../lib/timeline/state.ts';

/** The download line: two links that build the files of the view current when they are pressed. */
export function exportLinks(events: readonly PayloadEvent[], view: () => TimelineState): HTMLElement {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const line = document.createElement('p');
  line.className = 'timeline-export';
  const links = (['CSV', 'GeoJSON'] as const).map((label, i) => {
    const a = document.createElement('a');
    a.href = `${base}data/`;
    a.textContent = label;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      void save(base, events, view(), i);
    });
    return a;
  });
  line.append('تنزيل ما يظهر مع اقتباسات المصادر: ', links[0]!, ' · ', links[1]!);
  return line;
}

/** Builds file `i` of the view (0: CSV, 1: GeoJSON) and saves it. */
async function save(base: string, events: readonly PayloadEvent[], view: TimelineState, i: number): Promise<void> {
  const json = <T>(path: string) => fetch(`${base}data/${path}`).then((r) => r.json() as Promise<T>);
  const [{ eventsInView, viewFiles }, collection, claims] = await Promise.all([
    import('../../lib/export/view.ts'),
    json<EventsCollection>('events.geojson'),
    json<ClaimRow[]>('claims.json'),
  ]);
  const file = viewFiles(eventsInView(collection, claims, events, view), view)[i]!;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
