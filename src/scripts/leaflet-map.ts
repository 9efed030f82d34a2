/**
 * <archive-map>: enhances the build-time SVG map into a Leaflet map once it scrolls into view.
 * Its data comes as a JSON block (`<script type="application/json" data-map>`); Leaflet, its stylesheet
 * and the clusterer are imported only then; the basemap is the site's own GeoJSON (no tiles), markers
 * and names are HTML (no images), popups are built with DOM nodes (src/scripts/map/popup.ts).
 * It shows the places of the page's view (src/scripts/view-state.ts: period, type, disputes — the URL's
 * `?from=2016-05&to=2016-12&type=attack&disputed=1`), says so above the map with the view's chips, and
 * lists in each popup the events the view keeps there. On a page with a timeline, opening a place's
 * popup filters the timeline to that place, and closing it lets go. One finger scrolls the page, two move
 * the map (src/scripts/map/gestures.ts).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type * as Leaflet from 'leaflet';
import type Supercluster from 'supercluster';
import type { Bbox } from '../lib/geo/bbox.ts';
import type { Basemap, LabelProps } from '../lib/geo/basemap.ts';
import { chooseLabels, labelBox } from '../lib/geo/labels.ts';
import type { MapPlaceProps } from '../lib/geo/places-geojson.ts';
import { mapStatus, placesInView, showsEveryPlace } from '../lib/geo/period-filter.ts';
import { markerRadius } from '../lib/geo/scale.ts';
import { countWords, formatNumber, mentionsLabel, MENTIONS, PLACES } from '../lib/count-words.ts';
import { EVENT_TYPE_LABELS } from '../lib/timeline/display.ts';
import type { TimelineState } from '../lib/timeline/state.ts';
import { el } from './dom.ts';
import { renderChips } from './filter-chips.ts';
import { cooperativeGestures } from './map/gestures.ts';
import { popupContent } from './map/popup.ts';
import { currentView, onView, registerNames, setView } from './view-state.ts';
import { whenNear } from './when-near.ts';
// Linked by the script, not the page: in the page it would block the first paint for a map not yet drawn.
import leafletCss from 'leaflet/dist/leaflet.css?url';

/** What the page puts in its `data-map` JSON block. */
export interface ArchiveMapData {
  /** URL of the basemap GeoJSON (same origin). */
  basemap: string;
  /** The frame the map opens on. */
  frame: Bbox;
  /** Width / height of the frame, so the map keeps the static map's shape. */
  ratio: number;
  /** URL of the places' GeoJSON (same origin): each with its marker radius, articles and events. */
  places: string;
  /** How many places are named on the map, the most mentioned first (as on the static map). */
  labels: number;
  /** Accessible name of the map. */
  label: string;
}

type L = typeof Leaflet;
type ClusterProps = { mentions: number };
type Index = Supercluster<MapPlaceProps, ClusterProps>;
type Cluster = Feature<Point, ClusterProps & { cluster: true; cluster_id: number; point_count: number }>;

/** The marker's focus and click area never shrinks below 24 px (WCAG 2.5.8), whatever the dot. */
const MIN_TARGET = 24;
/** Size of the places' names on the map, px. */
const LABEL_SIZE = 14;
/** Room kept between a popup and the map's edges; more on the left, where the zoom buttons are. */
const POPUP_PADDING = 12;


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

/**
 * A place's or a cluster's marker: one visual language — the disc's area and the number in it are the
 * mentions; a ring around the disc says it holds several places.
 */
function markerIcon(L: L, radius: number, mentions: number, cluster: boolean): Leaflet.DivIcon {
  const box = Math.max(MIN_TARGET, Math.ceil(radius * 2) + (cluster ? 8 : 0));
  // The number is written when the disc has room for it, and from 3 on, when the marker's name spells it in digits too.
  const dot = el('span', { className: cluster ? 'map-dot map-dot--cluster' : 'map-dot', text: radius >= 9 && mentions >= 3 ? formatNumber(mentions) : undefined });
  dot.style.width = dot.style.height = `${Math.round(radius * 2)}px`;
  dot.setAttribute('aria-hidden', 'true');
  return L.divIcon({ className: 'map-marker', html: dot, iconSize: [box, box], iconAnchor: [box / 2, box / 2], popupAnchor: [0, -radius] });
}

/** The part of the view the map filters by: a change of place alone leaves the markers as they are. */
const mapKey = (view: TimelineState) => `${view.from ?? ''}/${view.to ?? ''}/${view.type ?? ''}/${view.disputed}`;

class ArchiveMap extends HTMLElement {
  #started = false;
  #data: ArchiveMapData | null = null;
  #places: Feature<Point, MapPlaceProps>[] = [];
  #view: TimelineState | null = null;
  /** Reclusters and redraws the markers for the current view; set once Leaflet has drawn the map. */
  #redraw: (() => void) | null = null;
  #stopListening: (() => void) | null = null;

  connectedCallback(): void {
    this.#stopListening ??= onView((view) => this.#setView(view));
    if (this.#started) return;
    this.#data ??= JSON.parse(this.querySelector(':scope > script[data-map]')?.textContent ?? '{}') as ArchiveMapData;
    whenNear(this, async () => {
      if (this.#started) return;
      this.#started = true;
      try {
        const places = await fetch(this.#data!.places).then((r) => {
          if (!r.ok) throw new Error(`map places: HTTP ${r.status}`);
          return r.json() as Promise<FeatureCollection<Point, MapPlaceProps>>;
        });
        this.#places = places.features;
        registerNames(
          this.#places.map((f) => ({ id: f.properties.id, name: f.properties.name })),
          Object.entries(EVENT_TYPE_LABELS).map(([id, label]) => ({ id, label })),
        );
        // The timeline may have announced its view before: the URL says it too.
        this.#view = null;
        this.#setView(currentView());
        for (const hint of this.querySelectorAll<HTMLElement>('[data-js-only]')) hint.hidden = false;
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
    this.#stopListening?.();
    this.#stopListening = null;
  }

  /** Ids of the places the view shows; null when it filters nothing the map shows (every place). */
  #shown(): Set<string> | null {
    if (this.#places.length === 0 || !this.#view || showsEveryPlace(this.#view)) return null;
    return new Set(placesInView(this.#places.map((f) => f.properties), this.#view));
  }

  /** Shows the places of a view: static dots, Leaflet markers, the status line and the chips. */
  #setView(view: TimelineState): void {
    const changed = !this.#view || mapKey(view) !== mapKey(this.#view);
    this.#view = view;
    const chips = this.querySelector<HTMLElement>('[data-chips]');
    if (chips) renderChips(chips, view);
    if (!changed && this.dataset.period !== undefined) return;
    const shown = this.#shown();
    this.dataset.period = shown ? `${view.from ?? ''}/${view.to ?? ''}` : '';
    for (const dot of this.querySelectorAll<SVGElement>('.static-map a[data-place]')) {
      dot.style.display = shown && !shown.has(dot.dataset.place ?? '') ? 'none' : '';
    }
    const status = this.querySelector<HTMLElement>('.archive-map__period');
    if (status) {
      if (!shown) status.replaceChildren();
      else {
        const all = el('a', { text: 'عرض كل الأماكن' });
        all.href = '#';
        all.addEventListener('click', (e) => {
          e.preventDefault();
          setView({ ...currentView(), from: null, to: null, type: null, disputed: false });
        });
        const total = this.#places.length;
        status.replaceChildren(el('span', { text: mapStatus(shown.size, total, view, { place: () => undefined, type: (t) => EVENT_TYPE_LABELS[t as keyof typeof EVENT_TYPE_LABELS] }) }), ' ', all);
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
    const hint = el('p', { className: 'archive-map__hint' });
    hint.hidden = true;
    hint.dir = 'rtl';
    hint.setAttribute('aria-hidden', 'true');
    this.querySelector('.static-map')?.before(canvas);

    const box = ([west, south, east, north]: Bbox) => L.latLngBounds([south, west], [north, east]);
    const bounds = box(data.frame);
    const [west, south, east, north] = basemap.bbox;
    const map = L.map(canvas, {
      zoomControl: false,
      attributionControl: false,
      // As far as the basemap goes, and further north over the sea, so a popup near the coast can pan into view.
      maxBounds: box([west, south, east, north + 12]),
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
    canvas.append(hint);
    cooperativeGestures(map, hint);

    // Leaflet closes popups on Escape only while the map box itself has focus; focus may be in a popup.
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') map.closePopup();
    });
    this.#drawBasemap(L, map, basemap);
    this.#drawPlaces(L, map, SuperclusterClass, this.#places);

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
    // Sizes stay those of the whole archive, so a filter never makes a place look more mentioned.
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
    const names = L.layerGroup().addTo(map);
    // Ids of the places in a cluster the reader just opened: after zooming, focus goes to one of them.
    let pendingFocus: Set<string> | null = null;
    let candidates: { id: string; name: string; r: number; mentions: number; at: Leaflet.LatLng }[] = [];
    // The main places named, as on the static map: the most mentioned, none covering another, all inside the map.
    const nameLabels = () => {
      names.clearLayers();
      const size = map.getSize();
      const placed = candidates
        .map((c) => ({ ...c, ...map.latLngToContainerPoint(c.at) }))
        .filter((c) => {
          const [x0, y0, x1] = labelBox(c, LABEL_SIZE);
          return x0 >= 0 && y0 >= 0 && x1 <= size.x && c.y <= size.y;
        });
      const chosen = chooseLabels(placed, this.#data!.labels, LABEL_SIZE);
      for (const c of placed.filter((k) => chosen.has(k.id))) {
        const text = el('span', { text: c.name });
        L.marker(c.at, {
          icon: L.divIcon({ className: 'map-place-label', html: text, iconSize: [0, 0], iconAnchor: [0, c.r + 2] }),
          interactive: false,
          keyboard: false,
        }).addTo(names);
      }
    };

    const render = () => {
      group.clearLayers();
      const clusters = index.getClusters([-180, -85, 180, 85], Math.floor(map.getZoom()));
      // Most mentioned first: the order in which Tab visits the markers.
      clusters.sort((a, b) => b.properties.mentions - a.properties.mentions);
      let toFocus: HTMLElement | null = null;
      candidates = [];
      for (const c of clusters) {
        const [lon, lat] = c.geometry.coordinates as [number, number];
        const isCluster = 'cluster' in c.properties && c.properties.cluster;
        const leaves = isCluster ? index.getLeaves((c as Cluster).properties.cluster_id, Infinity).sort((a, b) => b.properties.mentions - a.properties.mentions) : [c as Feature<Point, MapPlaceProps>];
        const radius = isCluster ? Math.max(markerRadius(c.properties.mentions, maxMentions), 11) : (c as Feature<Point, MapPlaceProps>).properties.radius;
        const marker = isCluster
          ? this.#clusterMarker(L, map, index, c as Cluster, leaves, radius, (ids) => (pendingFocus = ids))
          : this.#placeMarker(L, c as Feature<Point, MapPlaceProps>);
        marker.setLatLng([lat, lon]).addTo(group);
        const node = marker.getElement()!;
        const ids = node.dataset.places!.split(' ');
        node.setAttribute('aria-label', node.title);
        if (pendingFocus && !toFocus && ids.some((id) => pendingFocus!.has(id))) toFocus = node;
        candidates.push({ id: ids[0]!, name: leaves[0]!.properties.name, r: radius + (isCluster ? 4 : 0), mentions: c.properties.mentions, at: L.latLng(lat, lon) });
      }
      nameLabels();
      pendingFocus = null;
      toFocus?.focus();
    };
    map.on('zoomend', render);
    map.on('moveend', nameLabels);
    render();
    this.#redraw = () => {
      index = cluster(this.#shown());
      render();
    };
  }

  #placeMarker(L: L, f: Feature<Point, MapPlaceProps>): Leaflet.Marker {
    const p = f.properties;
    const label = `${p.name}: ${mentionsLabel(p.mentions, p.articles.length)}`;
    const marker = L.marker([0, 0], { icon: markerIcon(L, p.radius, p.mentions, false), keyboard: true, title: label, riseOnHover: true });
    marker.on('add', () => {
      marker.getElement()!.dataset.places = p.id;
    });
    // The popup's size follows the map's: it always fits inside, and scrolls when its lists are long.
    marker.bindPopup(() => popupContent(p, this.#view ?? currentView()), this.#popupOptions());
    marker.on('popupopen', (e) => {
      const popup = (e as Leaflet.PopupEvent).popup;
      const element = popup.getElement();
      element?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', 'إغلاق');
      // Opened from the keyboard (the marker has focus): carry focus into the popup.
      if (document.activeElement === marker.getElement()) element?.querySelector<HTMLElement>('.map-popup a')?.focus();
      this.#announcePlace(p.id);
    });
    marker.on('popupclose', (e) => {
      const popup = (e as Leaflet.PopupEvent).popup.getElement();
      const node = marker.getElement();
      const active = document.activeElement;
      if (node?.isConnected && (active === document.body || (active && popup?.contains(active)))) node.focus();
      this.#announcePlace(null);
    });
    return marker;
  }

  /** Popup options sized to the map as it is now: never wider or taller than it, padded from its edges. */
  #popupOptions(): Leaflet.PopupOptions {
    const canvas = this.querySelector<HTMLElement>('.archive-map__canvas');
    const width = canvas?.clientWidth ?? 320;
    const height = canvas?.clientHeight ?? 320;
    const pad = POPUP_PADDING;
    // The popup is its content's width plus about 50 px of margins and border; the zoom buttons take 40 px on the left.
    const room = width - 2 * pad - 40 - 50;
    return {
      maxWidth: Math.max(150, Math.min(320, room)),
      minWidth: Math.min(200, Math.max(150, room)),
      // The content scrolls within what the map leaves once its padding, the popup's own margins and its tip are counted.
      maxHeight: Math.max(100, height - 2 * pad - 80),
      autoPanPaddingTopLeft: [pad + 40, pad],
      autoPanPaddingBottomRight: [pad, pad],
    };
  }

  /** On a page with a timeline, the place whose popup is open filters it (null: none). */
  #announcePlace(place: string | null): void {
    if (!document.querySelector('archive-timeline')) return;
    const view = currentView();
    if (view.place !== place) setView({ ...view, place });
  }

  #clusterMarker(
    L: L,
    map: Leaflet.Map,
    index: Index,
    c: Cluster,
    leaves: Feature<Point, MapPlaceProps>[],
    radius: number,
    onExpand: (ids: Set<string>) => void,
  ): Leaflet.Marker {
    const names = leaves.map((l) => l.properties.name).join('، ');
    const label = `مجموعة من ${countWords(leaves.length, PLACES, 'oblique')} (${names}) فيها ${countWords(c.properties.mentions, MENTIONS)}. اضغط للتقريب`;
    const marker = L.marker([0, 0], { icon: markerIcon(L, radius, c.properties.mentions, true), keyboard: true, title: label });
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
