/**
 * <archive-map>: enhances the build-time SVG map into a Leaflet map once it scrolls into view.
 * Its data comes as a JSON block (`<script type="application/json" data-map>`); Leaflet, its stylesheet and the clusterer are imported only then; the basemap
 * is the site's own GeoJSON (no tiles), markers are HTML (no images), popups are built with DOM nodes.
 * It shows only the places of a period: the one in the URL (`?from=2016-05&to=2016-12`) on load, then
 * each one a `timeline-period` event ({ from, to }) announces; opening a place's popup announces
 * `timeline-place` ({ place: id }), closing it `{ place: null }`, for a timeline on the same page.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type * as Leaflet from 'leaflet';
import type Supercluster from 'supercluster';
import type { Bbox } from '../lib/geo/bbox.ts';
import type { Basemap, LabelProps } from '../lib/geo/basemap.ts';
import type { MapPlaceProps } from '../lib/geo/places-geojson.ts';
import { markerRadius } from '../lib/geo/scale.ts';
import { countWords, formatNumber, mentionsLabel, MENTIONS } from '../lib/count-words.ts';
import { whenNear } from './when-near.ts';
import { OPEN_PERIOD, periodFromQuery, periodStatus, placesInPeriod, type Period } from '../lib/geo/period-filter.ts';
// Linked by the script, not the page: in the page it would block the first paint for a map not yet drawn.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { el } from './dom.ts';

/** What the page puts in its `data-map` JSON block. */
export interface ArchiveMapData {
  /** URL of the basemap GeoJSON (same origin). */
  basemap: string;
  /** The frame the map opens on and may not leave. */
  frame: Bbox;
  /** Width / height of the frame, so the map keeps the static map's shape. */
  ratio: number;
  /** The places, with their marker radius. */
  places: FeatureCollection<Point, MapPlaceProps>;
  /** Accessible name of the map. */
  label: string;
}

type L = typeof Leaflet;
type ClusterProps = { mentions: number };
type Index = Supercluster<MapPlaceProps, ClusterProps>;
type Cluster = Feature<Point, ClusterProps & { cluster: true; cluster_id: number; point_count: number }>;

const mentionsText = (m: number) => countWords(m, MENTIONS);
/** The marker's focus and click area never shrinks below 24 px (WCAG 2.5.8), whatever the dot. */
const MIN_TARGET = 24;


/** Links a same-origin stylesheet once and resolves when it applies. */
function stylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = el('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`stylesheet ${href} did not load`));
    document.head.append(link);
  });
}

/** Popup of one place: its name linking to its page, its counts, its articles — text nodes only. */
function popupContent(p: MapPlaceProps): HTMLElement {
  const root = el('div', { className: 'map-popup' });
  root.dir = 'rtl';
  root.lang = 'ar';
  const title = el('p', { className: 'map-popup__title' });
  const link = el('a', { text: p.name });
  link.href = p.href;
  title.append(link);
  if (p.latin) {
    const latin = el('bdi', { className: 'map-popup__latin', text: p.latin });
    latin.dir = 'ltr';
    title.append(' ', latin);
  }
  const counts = el('p', { className: 'map-popup__counts', text: mentionsLabel(p.mentions, p.articles.length) });
  const list = el('ul', { className: 'map-popup__articles' });
  for (const a of p.articles) {
    const item = el('li');
    const alink = el('a', { text: a.title });
    alink.href = a.href;
    item.append(alink, ' ', el('span', { className: 'map-popup__count', text: `(${mentionsText(a.count)})` }));
    list.append(item);
  }
  root.append(title, counts, list);
  return root;
}

function markerIcon(L: L, radius: number, text: string | null, cluster: boolean): Leaflet.DivIcon {
  const box = Math.max(MIN_TARGET, Math.ceil(radius * 2));
  const dot = el('span', { className: cluster ? 'map-dot map-dot--cluster' : 'map-dot', text: text ?? undefined });
  dot.style.width = dot.style.height = `${Math.round(radius * 2)}px`;
  dot.setAttribute('aria-hidden', 'true');
  return L.divIcon({ className: 'map-marker', html: dot, iconSize: [box, box], iconAnchor: [box / 2, box / 2], popupAnchor: [0, -radius] });
}

/** Tells a timeline on the page which place the reader chose (null: none). */
function announcePlace(place: string | null): void {
  document.dispatchEvent(new CustomEvent('timeline-place', { detail: { place } }));
}

/** The current address without its period: where the status line's link goes to show every place again. */
function withoutPeriod(anchor: string): string {
  const url = new URL(location.href);
  url.searchParams.delete('from');
  url.searchParams.delete('to');
  url.hash = anchor;
  return url.href;
}

class ArchiveMap extends HTMLElement {
  #started = false;
  #data: ArchiveMapData | null = null;
  #period: Period = OPEN_PERIOD;
  /** Reclusters and redraws the markers for the current period; set once Leaflet has drawn the map. */
  #redraw: (() => void) | null = null;
  #onPeriod = (e: Event): void => {
    const detail = (e as CustomEvent<Partial<Period> | null>).detail;
    // Read through the URL parser, so an event can hold nothing the address could not.
    this.#setPeriod(periodFromQuery(new URLSearchParams({ from: detail?.from ?? '', to: detail?.to ?? '' })));
  };

  connectedCallback(): void {
    document.addEventListener('timeline-period', this.#onPeriod);
    if (this.#started) return;
    this.#data ??= JSON.parse(this.querySelector(':scope > script[data-map]')?.textContent ?? '{}') as ArchiveMapData;
    // The timeline may announce its period before this element exists: the URL says it too.
    this.#setPeriod(periodFromQuery(location.search));
    whenNear(this, async () => {
      if (this.#started) return;
      this.#started = true;
      try {
        await this.#load();
      } catch (error) {
        // The static map stays: the page keeps working without the enhancement.
        this.dataset.state = 'failed';
        this.querySelector('.archive-map__canvas')?.remove();
        throw error;
      }
    });
  }

  disconnectedCallback(): void {
    document.removeEventListener('timeline-period', this.#onPeriod);
  }

  /** Ids of the places the period shows; null when no period is chosen (every place). */
  #shown(): Set<string> | null {
    if (!this.#data || (!this.#period.from && !this.#period.to)) return null;
    return new Set(placesInPeriod(this.#data.places.features.map((f) => f.properties), this.#period));
  }

  /** Shows only the places of a period: static dots, Leaflet markers and the status line. */
  #setPeriod(period: Period): void {
    if (period.from === this.#period.from && period.to === this.#period.to && this.dataset.period !== undefined) return;
    this.#period = period;
    const shown = this.#shown();
    this.dataset.period = shown ? `${period.from ?? ''}/${period.to ?? ''}` : '';
    for (const dot of this.querySelectorAll<SVGElement>('.static-map a[data-place]')) {
      dot.style.display = shown && !shown.has(dot.dataset.place ?? '') ? 'none' : '';
    }
    const status = this.querySelector<HTMLElement>('.archive-map__period');
    if (status) {
      if (!shown) status.replaceChildren();
      else {
        const link = el('a', { text: 'عرض كل الأماكن' });
        link.href = withoutPeriod(this.id);
        // The timeline rewrites the address as the reader filters: the link follows it at the last moment.
        link.addEventListener('click', () => (link.href = withoutPeriod(this.id)));
        status.replaceChildren(el('span', { text: periodStatus(shown.size, period) }), ' ', link);
      }
    }
    this.#redraw?.();
  }

  async #load(): Promise<void> {
    this.dataset.state = 'loading';
    const data = this.#data!;
    const [L, , { default: SuperclusterClass }, basemap] = await Promise.all([
      import('leaflet'),
      stylesheet(leafletCss),
      import('supercluster'),
      fetch(data.basemap).then((r) => {
        if (!r.ok) throw new Error(`basemap: HTTP ${r.status}`);
        return r.json() as Promise<Basemap>;
      }),
    ]);

    const canvas = el('div', { className: 'archive-map__canvas' });
    canvas.dir = 'ltr';
    canvas.setAttribute('role', 'region');
    canvas.setAttribute('aria-label', data.label);
    canvas.style.aspectRatio = String(data.ratio);
    this.prepend(canvas);

    const box = ([west, south, east, north]: Bbox) => L.latLngBounds([south, west], [north, east]);
    const bounds = box(data.frame);
    const map = L.map(canvas, {
      zoomControl: false,
      attributionControl: false,
      // The reader may pan as far as the basemap goes, not into blank space.
      maxBounds: box(basemap.bbox),
      maxBoundsViscosity: 1,
      maxZoom: 10,
      // Fractional zoom lets the frame fill the box exactly; the buttons still step by one.
      zoomSnap: 0,
      zoomDelta: 1,
    });
    map.fitBounds(bounds);
    map.setMinZoom(Math.floor(map.getZoom()));
    L.control.zoom({ position: 'topleft', zoomInTitle: 'تكبير', zoomOutTitle: 'تصغير' }).addTo(map);
    L.control.attribution({ prefix: false }).addAttribution('الحدود: Natural Earth').addTo(map);

    // Leaflet closes popups on Escape only while the map box itself has focus; focus may be in a popup.
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') map.closePopup();
    });
    this.#drawBasemap(L, map, basemap);
    this.#drawPlaces(L, map, SuperclusterClass, data.places.features);

    this.querySelector<HTMLElement>('.static-map')?.setAttribute('hidden', '');
    this.dataset.state = 'ready';
  }

  #drawBasemap(L: L, map: Leaflet.Map, basemap: Basemap): void {
    const shapes = basemap.features.filter((f) => f.properties.layer !== 'label');
    L.geoJSON(shapes as never, {
      interactive: false,
      style: (feature) => {
        const props = feature?.properties as { layer: string; focus?: boolean };
        const isLand = props.layer === 'country';
        return {
          className: `map-${props.layer}${props.focus ? ' map-focus' : ''}`,
          stroke: !isLand,
          fill: isLand,
          weight: 1,
          fillOpacity: 1,
        };
      },
    }).addTo(map);
    for (const f of basemap.features) {
      if (f.properties.layer !== 'label' || f.geometry.type !== 'Point') continue;
      const props = f.properties as LabelProps;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const text = el('span', { text: props.name });
      L.marker([lat, lon], {
        icon: L.divIcon({ className: `map-label map-label--${props.kind}`, html: text, iconSize: undefined }),
        interactive: false,
        keyboard: false,
      }).addTo(map);
    }
  }

  #drawPlaces(L: L, map: Leaflet.Map, SuperclusterClass: typeof Supercluster, features: Feature<Point, MapPlaceProps>[]): void {
    // Sizes stay those of the whole archive, so a period never makes a place look more mentioned.
    const maxMentions = Math.max(1, ...features.map((f) => f.properties.mentions));
    const cluster = (shown: Set<string> | null): Index =>
      new SuperclusterClass<MapPlaceProps, ClusterProps>({
        radius: 44,
        maxZoom: 9,
        map: (p) => ({ mentions: p.mentions }),
        reduce: (acc, p) => {
          acc.mentions += p.mentions;
        },
      }).load(shown ? features.filter((f) => shown.has(f.properties.id)) : features);
    let index = cluster(this.#shown());
    const group = L.layerGroup().addTo(map);
    // Ids of the places in a cluster the reader just opened: after zooming, focus goes to one of them.
    let pendingFocus: Set<string> | null = null;

    const render = () => {
      group.clearLayers();
      const clusters = index.getClusters([-180, -85, 180, 85], Math.floor(map.getZoom()));
      // Most mentioned first: the order in which Tab visits the markers.
      clusters.sort((a, b) => b.properties.mentions - a.properties.mentions);
      let toFocus: HTMLElement | null = null;
      for (const c of clusters) {
        const [lon, lat] = c.geometry.coordinates as [number, number];
        const marker =
          'cluster' in c.properties && c.properties.cluster
            ? this.#clusterMarker(L, map, index, c as Cluster, maxMentions, (ids) => (pendingFocus = ids))
            : this.#placeMarker(L, c as Feature<Point, MapPlaceProps>);
        marker.setLatLng([lat, lon]).addTo(group);
        const node = marker.getElement()!;
        const ids = node.dataset.places!.split(' ');
        node.setAttribute('aria-label', node.title);
        if (pendingFocus && !toFocus && ids.some((id) => pendingFocus!.has(id))) toFocus = node;
      }
      pendingFocus = null;
      toFocus?.focus();
    };
    map.on('zoomend', render);
    render();
    this.#redraw = () => {
      index = cluster(this.#shown());
      render();
    };
  }

  #placeMarker(L: L, f: Feature<Point, MapPlaceProps>): Leaflet.Marker {
    const p = f.properties;
    const label = `${p.name}: ${mentionsLabel(p.mentions, p.articles.length)}`;
    const marker = L.marker([0, 0], {
      // The count is written in the dot only when the label spells it in digits too (3 and more).
      icon: markerIcon(L, p.radius, p.radius >= 9 && p.mentions >= 3 ? formatNumber(p.mentions) : null, false),
      keyboard: true,
      title: label,
      riseOnHover: true,
    });
    marker.on('add', () => {
      marker.getElement()!.dataset.places = p.id;
    });
    marker.bindPopup(() => popupContent(p), { maxWidth: 300, minWidth: 180, autoPanPadding: [24, 24] });
    marker.on('popupopen', (e) => {
      const popup = (e as Leaflet.PopupEvent).popup.getElement();
      popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', 'إغلاق');
      // Opened from the keyboard (the marker has focus): carry focus into the popup.
      if (document.activeElement === marker.getElement()) popup?.querySelector<HTMLElement>('.map-popup a')?.focus();
      announcePlace(p.id);
    });
    marker.on('popupclose', (e) => {
      const popup = (e as Leaflet.PopupEvent).popup.getElement();
      const node = marker.getElement();
      const active = document.activeElement;
      if (node?.isConnected && (active === document.body || (active && popup?.contains(active)))) node.focus();
      announcePlace(null);
    });
    return marker;
  }

  #clusterMarker(
    L: L,
    map: Leaflet.Map,
    index: Index,
    c: Cluster,
    maxMentions: number,
    onExpand: (ids: Set<string>) => void,
  ): Leaflet.Marker {
    const leaves = index.getLeaves(c.properties.cluster_id, Infinity).sort((a, b) => b.properties.mentions - a.properties.mentions);
    const names = leaves.map((l) => l.properties.name).join('، ');
    // Starts with the digits the cluster shows, so its visible text is part of its name.
    const label = `${formatNumber(leaves.length)} من الأماكن المتقاربة (${names}): ${mentionsText(c.properties.mentions)}. اضغط للتقريب`;
    const radius = Math.max(markerRadius(c.properties.mentions, maxMentions), 11);
    const marker = L.marker([0, 0], { icon: markerIcon(L, radius, formatNumber(leaves.length), true), keyboard: true, title: label });
    const expand = () => {
      onExpand(new Set(leaves.map((l) => l.properties.id)));
      const [lon, lat] = c.geometry.coordinates as [number, number];
      map.setView([lat, lon], Math.min(index.getClusterExpansionZoom(c.properties.cluster_id), map.getMaxZoom()));
    };
    marker.on('add', () => {
      marker.getElement()!.dataset.places = leaves.map((l) => l.properties.id).join(' ');
    });
    marker.on('click', expand);
    marker.on('keypress', (e) => {
      if ((e as Leaflet.LeafletKeyboardEvent).originalEvent.key === 'Enter') expand();
    });
    return marker;
  }
}

if (!customElements.get('archive-map')) customElements.define('archive-map', ArchiveMap);
