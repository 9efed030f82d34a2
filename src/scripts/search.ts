/**
 * <archive-search>: the search page. Reads the search from the URL, asks Pagefind (in the page's web
 * worker, src/lib/search/remote.ts) with the keys the shared analysis gives (src/lib/search), and shows
 * results with excerpts in the original spelling.
 * Pagefind and the lexicon load only here. Every text is set with textContent, never as HTML.
 */
import { countWords, formatNumber, RESULTS } from '../lib/count-words.ts';
import { excerpt } from '../lib/search/excerpt.ts';
import { compileLexicon, type Lexicon } from '../lib/search/lexicon.ts';
import {
  FACETS,
  monthsInRange,
  parseSearchState,
  serializeSearchState,
  type Facet,
  type SearchState,
} from '../lib/search/state.ts';
import { searchQuery } from '../lib/search/query.ts';
import { remoteIndex, type Filters, type PagefindResult, type SearchIndex } from '../lib/search/remote.ts';
import { addCounts, articlesFirst, inclusionExclusion, orderBy, type FilterCounts } from '../lib/search/union.ts';
import { shardFolder } from '../lib/search/shards.ts';
import { chunksOf } from '../lib/search/words.ts';
import type { SearchLexiconFile as LexiconFile } from '../data/search.ts';
import { el } from './dom.ts';

const FACET_LABELS: Record<Facet, string> = {
  type: 'نوع الصفحة',
  place: 'المكان',
  publisher: 'الناشر',
  year: 'سنة النشر',
  eventYear: 'سنة الأحداث التي يرويها',
};
// Results shown at a time: each loads its text (for the excerpt), the biggest part of a first search.
const PAGE = 5;


class ArchiveSearch extends HTMLElement {
  private pagefind!: SearchIndex;
  private lexicon!: Lexicon;
  private labels!: LexiconFile;
  private facetsLoaded: Promise<unknown> | null = null;
  private newest: Promise<string[]> | null = null;
  private groupNames = new Map<string, string>();
  private shown: { best: PagefindResult; all: PagefindResult[] }[] = [];
  private rendered = 0;
  private run = 0;

  private get form() {
    return this.querySelector('form')!;
  }
  private get filtersBox() {
    return this.querySelector<HTMLDetailsElement>('[data-filters]')!;
  }
  private region(name: string) {
    return this.querySelector<HTMLElement>(`[data-${name}]`)!;
  }

  async connectedCallback() {
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.navigate(this.stateFromForm());
    });
    this.form.addEventListener('change', (e) => {
      // Facets and options apply at once; typing in the query waits for the button or Enter.
      if ((e.target as HTMLElement).id !== 'search-q') this.navigate(this.stateFromForm());
    });
    this.region('more').addEventListener('click', () => void this.renderMore(true).catch(() => this.unavailable()));
    // Filter counts need every filter chunk: they load when the filters are first opened, not with every search.
    this.filtersBox.addEventListener('toggle', () => {
      if (this.filtersBox.open && !this.facetsLoaded) void this.show(parseSearchState(location.search));
    });
    window.addEventListener('popstate', () => void this.show(parseSearchState(location.search)));
    // The box keeps the query it was given while the index loads, and if it never does.
    this.fillForm(parseSearchState(location.search));
    this.status('جارٍ تحميل البحث…');
    try {
      const index = remoteIndex(new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }));
      const code = new URL(this.dataset.pagefind!, location.href);
      const [labels] = await Promise.all([
        fetch(this.dataset.lexicon!).then((r) => r.json() as Promise<LexiconFile>),
        index.open(code.href, '/'),
      ]);
      // The index's other shards (src/lib/search/shards.ts): Pagefind searches them all and merges the results.
      await Promise.all(Array.from({ length: labels.shards - 1 }, (_, i) => index.merge(new URL(shardFolder(i + 1), code).pathname)));
      this.pagefind = index;
      this.labels = labels;
      this.lexicon = compileLexicon(labels.groups);
      this.groupNames = new Map(labels.groups.map((g) => [g.id, g.names[0]!]));
    } catch {
      this.unavailable();
      return;
    }
    await this.show(parseSearchState(location.search));
  }

  /** Says search cannot run (no index in `npm run dev`, a worker that failed or stopped) instead of waiting. */
  private unavailable() {
    this.status('تعذّر تحميل فهرس البحث. يعمل البحث في الموقع المبني (npm run build)، ويمكن التصفح بالأماكن من القائمة أعلاه.');
    this.dataset.state = 'unavailable';
  }

  private status(text: string) {
    this.region('status').textContent = text;
  }

  private stateFromForm(): SearchState {
    return parseSearchState(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  private navigate(state: SearchState) {
    const query = serializeSearchState(state);
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    void this.show(state);
  }

  private filtersOf(state: SearchState): Filters | null {
    const filters: Filters = {};
    for (const facet of FACETS) if (state.facets[facet].length) filters[facet] = { any: state.facets[facet] };
    if (state.from || state.to) {
      const months = monthsInRange(this.labels.months, state.from, state.to);
      if (months.length === 0) return null; // nothing was published in the range
      filters.month = { any: months };
    }
    return filters;
  }

  private fillForm(state: SearchState) {
    (this.form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    (this.form.elements.namedItem('from') as HTMLInputElement).value = state.from ?? '';
    (this.form.elements.namedItem('to') as HTMLInputElement).value = state.to ?? '';
    (this.form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
    if (state.from || state.to || state.sort !== 'relevance') this.querySelector<HTMLDetailsElement>('[data-options]')!.open = true;
  }

  /** Shows the search `state` describes; if the index stops answering, says so. */
  private show(state: SearchState): Promise<void> {
    return this.runSearch(state).catch(() => this.unavailable());
  }

  private async runSearch(state: SearchState) {
    const run = ++this.run;
    this.fillForm(state);
    const filters = this.filtersOf(state);
    const hasFacet = FACETS.some((f) => state.facets[f].length) || state.from || state.to;
    if (!state.q && !hasFacet) {
      this.renderFacets(state, {});
      this.renderResults([]);
      this.status('اكتب كلمة أو اسمًا للبحث، أو اختر مكانًا أو فترة.');
      return;
    }
    this.status('جارٍ البحث…');
    this.dataset.state = 'searching';
    // Filters chosen in the URL are shown open, so a shared search shows what narrows it.
    if (FACETS.some((f) => state.facets[f].length)) this.filtersBox.open = true;
    if (this.filtersBox.open) await (this.facetsLoaded ??= this.pagefind.filters());
    let merged: { best: PagefindResult; all: PagefindResult[] }[] = [];
    let counts: FilterCounts = {};
    if (filters) {
      const { searches, responses, merged: found } = await searchQuery(this.pagefind, state.q, this.lexicon, filters);
      merged = found;
      if (responses.length === 1) counts = responses[0]!.filters;
      else {
        for (const { search, sign } of inclusionExclusion(searches)) {
          addCounts(counts, (await this.pagefind.search(search, { filters })).filters, sign);
        }
      }
      if (state.sort === 'relevance') {
        // Articles first, then place and event pages: short pages would otherwise outscore the sources.
        const articleFilters = { ...filters, type: { any: ['article'] } };
        const articles = await Promise.all(searches.map((s) => this.pagefind.search(s, { filters: articleFilters })));
        merged = articlesFirst(merged, new Set(articles.flatMap((a) => a.results.map((r) => r.id))));
      } else {
        // The date order is a file of its own, fetched the first time a reader orders by date.
        const newest = await (this.newest ??= fetch(this.dataset.order!).then((r) => r.json() as Promise<string[]>));
        merged = orderBy(merged, state.sort === 'newest' ? newest : [...newest].reverse());
      }
    }
    if (run !== this.run) return; // a newer search has started
    if (this.facetsLoaded) this.renderFacets(state, counts);
    this.renderResults(merged);
    await this.renderMore(false);
    const words = state.q ? ` عن «${state.q}»` : '';
    this.status(merged.length ? `${countWords(merged.length, RESULTS)}${words}.` : `لا نتائج${words}. جرّب كلمة أخرى أو أزل بعض المرشحات.`);
    this.dataset.state = 'ready';
  }

  private typeLabel(type: string): string | undefined {
    return (this.labels.types as Record<string, string>)[type];
  }

  private facetLabel(facet: Facet, value: string): string {
    if (facet === 'place') return this.groupNames.get(value) ?? value;
    if (facet === 'type') return this.typeLabel(value) ?? value;
    return value;
  }

  private renderFacets(state: SearchState, counts: FilterCounts) {
    const box = this.region('facets');
    const groups: HTMLElement[] = [];
    for (const facet of FACETS) {
      const values = new Map(Object.entries(counts[facet] ?? {}).filter(([, n]) => n > 0));
      for (const v of state.facets[facet]) if (!values.has(v)) values.set(v, 0);
      if (values.size === 0) continue;
      const fieldset = el('fieldset');
      fieldset.append(el('legend', { text: FACET_LABELS[facet] }));
      const list = el('ul', { className: 'inline-list' });
      const sorted = [...values].sort((a, b) => b[1] - a[1] || this.facetLabel(facet, a[0]).localeCompare(this.facetLabel(facet, b[0]), 'ar'));
      for (const [value, n] of sorted) {
        const id = `facet-${facet}-${groups.length}-${list.childElementCount}`;
        const input = el('input');
        Object.assign(input, { type: 'checkbox', name: facet, value, id, checked: state.facets[facet].includes(value) });
        const label = el('label');
        label.htmlFor = id;
        label.append(this.facetLabel(facet, value), ' ', el('span', { className: 'count', text: `(${formatNumber(n)})` }));
        const item = el('li');
        item.append(input, label);
        list.append(item);
      }
      fieldset.append(list);
      groups.push(fieldset);
    }
    box.replaceChildren(...groups);
    if (groups.length === 0) box.append(el('p', { className: 'hint', text: 'لا مرشحات لهذا البحث.' }));
  }

  private renderResults(results: { best: PagefindResult; all: PagefindResult[] }[]) {
    this.shown = results;
    this.rendered = 0;
    this.region('results').replaceChildren();
  }

  private async renderMore(focus: boolean) {
    const next = this.shown.slice(this.rendered, this.rendered + PAGE);
    const items = await Promise.all(next.map((r) => this.item(r)));
    this.region('results').append(...items);
    this.rendered += next.length;
    this.region('more').hidden = this.rendered >= this.shown.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  private async item(result: { best: PagefindResult; all: PagefindResult[] }): Promise<HTMLLIElement> {
    // One text per page; the positions are those every reading of the query matched in it.
    const data = await result.best.data();
    const li = el('li', { className: 'search-result' });
    const heading = el('h2');
    const link = el('a', { text: data.meta.title });
    link.href = data.url;
    heading.append(link);
    const detail = el('p', { className: 'search-detail', text: [this.typeLabel(data.meta.type ?? ''), data.meta.detail].filter(Boolean).join(' · ') });
    li.append(heading, detail);
    // Excerpts come from the body: positions in the title are counted out.
    const titleChunks = chunksOf(data.meta.title ?? '').length;
    const body = chunksOf(data.content).slice(titleChunks).join(' ');
    const positions = [...new Set(result.all.flatMap((r) => r.words))].map((p) => p - titleChunks).filter((p) => p >= 0);
    if (body) {
      const { parts, cutStart, cutEnd } = excerpt(body, positions);
      const p = el('p', { className: 'search-excerpt' });
      if (cutStart) p.append('… ');
      for (const part of parts) p.append(part.mark ? el('mark', { text: part.text }) : part.text);
      if (cutEnd) p.append(' …');
      li.append(p);
    }
    return li;
  }
}

customElements.define('archive-search', ArchiveSearch);
