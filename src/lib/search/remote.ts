/**
 * Pagefind in the site's own web worker. The search page talks to the worker through this protocol; the
 * worker runs Pagefind's module (pagefind.js), which outside a window searches on the thread it is in.
 * Pagefind's ready-made worker would add a second copy of its code (pagefind-worker.js, 12 KB gzipped)
 * to the 13 KB of pagefind.js that loads anyway; off the page's thread, WebAssembly and index chunks
 * never hold up the page (on it, Lighthouse's mobile LCP of a search was 3.3 s, not 2.2 s).
 */
import type { FilterCounts } from './union.ts';

/** What a result's text holds once loaded (the build puts the original text in place of the key words it was indexed as). */
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  /** The positions of the words the search matched, counted in `content`'s white-space chunks. */
  locations: number[];
}

/** One page found by a search. */
export interface PagefindResult {
  id: string;
  score: number;
  /** The positions of the matched words (Pagefind's `words`, the same as its text's `locations`). */
  words: number[];
  data: () => Promise<PagefindData>;
}

/** A search's answer. */
export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** Filters as Pagefind takes them. */
export type Filters = Record<string, { any: string[] }>;

/** What the search page asks of the index. */
export interface SearchIndex {
  search: (term: string, o: { filters?: Filters }) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
}

/** The part of Pagefind's module API the worker uses. */
export interface Pagefind extends SearchIndex {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
}

/** One end of a message channel: a worker, the worker's global scope, or a MessagePort. */
export interface Port {
  postMessage: (message: unknown) => void;
  addEventListener: (type: 'message' | 'error' | 'messageerror', listener: (event: MessageEvent) => void) => void;
}

interface Calls {
  open: [string, string];
  merge: [string];
  search: [string, { filters?: Filters }];
  filters: [];
  data: [string];
}
type Method = keyof Calls;
interface Request {
  id: number;
  method: Method;
  args: unknown[];
}
interface Reply {
  id: number;
  value?: unknown;
  error?: string;
}
/** A result as it crosses to the page: its text stays in the worker until asked for, by the page's id. */
type RemoteResult = Omit<PagefindResult, 'data'>;

/**
 * Answers the page's calls on `port` with the Pagefind module `load` imports. The last result found for
 * each page is kept, to load that page's text when asked: at most one per page of the index.
 */
export function servePagefind(port: Port, load: (code: string) => Promise<Pagefind>): void {
  let pagefind: Promise<Pagefind> | null = null;
  let baseUrl = '/';
  const lastResult = new Map<string, PagefindResult>();
  const ready = () => pagefind ?? Promise.reject(new Error('the index was not opened'));
  const methods: { [M in Method]: (...args: Calls[M]) => Promise<unknown> } = {
    async open(code, base) {
      baseUrl = base;
      pagefind = load(code).then(async (pf) => {
        await pf.options({ baseUrl });
        // Starts loading the index's metadata and WebAssembly now, not at the first search.
        await pf.init();
        return pf;
      });
      await pagefind;
    },
    async merge(path) {
      await (await ready()).mergeIndex(path, { baseUrl });
    },
    async search(term, options) {
      const response = await (await ready()).search(term, options);
      const results: RemoteResult[] = response.results.map((r) => {
        lastResult.set(r.id, r);
        return { id: r.id, score: r.score, words: r.words };
      });
      return { results, filters: response.filters };
    },
    async filters() {
      return (await ready()).filters();
    },
    async data(id) {
      const result = lastResult.get(id);
      if (!result) throw new Error(`no search has found page ${id}`);
      // Only what the page shows: Pagefind's fragment also carries an escaped copy of the text and more.
      const { url, content, meta, locations } = await result.data();
      return { url, content, meta, locations } satisfies PagefindData;
    },
  };
  port.addEventListener('message', (event: MessageEvent<Request>) => {
    const { id, method, args } = event.data;
    const call = methods[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
    const answer = call ? call(...args) : Promise.reject(new Error(`no method «${String(method)}»`));
    answer.then(
      (value) => port.postMessage({ id, value } satisfies Reply),
      (e: unknown) => port.postMessage({ id, error: `${method}: ${e instanceof Error ? e.message : String(e)}` } satisfies Reply),
    );
  });
}

/** What the page calls to load the index: Pagefind's module and the base its result URLs join, then each other shard's folder. */
export interface IndexLoading {
  open: (code: string, baseUrl: string) => Promise<void>;
  merge: (path: string) => Promise<void>;
}

/**
 * The index as the page sees it, searched behind `port`. A worker that fails to start or stops rejects
 * every call, pending or later, so that the page can say search is unavailable instead of waiting.
 */
export function remoteIndex(port: Port): SearchIndex & IndexLoading {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let stopped: Error | null = null;
  port.addEventListener('message', (event: MessageEvent<Reply>) => {
    const { id, value, error } = event.data;
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    if (error !== undefined) call.reject(new Error(error));
    else call.resolve(value);
  });
  const stop = (event: Event) => {
    stopped = new Error(`the search worker stopped: ${(event as ErrorEvent).message || event.type}`);
    for (const call of pending.values()) call.reject(stopped);
    pending.clear();
  };
  port.addEventListener('error', stop);
  port.addEventListener('messageerror', stop);
  const send = <M extends Method>(method: M, ...args: Calls[M]): Promise<unknown> =>
    stopped
      ? Promise.reject(stopped)
      : new Promise((resolve, reject) => {
          const id = next++;
          pending.set(id, { resolve, reject });
          port.postMessage({ id, method, args } satisfies Request);
        });
  return {
    open: async (code, baseUrl) => void (await send('open', code, baseUrl)),
    merge: async (path) => void (await send('merge', path)),
    async search(term, options) {
      const response = (await send('search', term, options)) as { results: RemoteResult[]; filters: FilterCounts };
      const results = response.results.map(({ id, score, words }) => ({
        id,
        score,
        words,
        // The page's text, with the positions this search matched: the worker keeps one result per page, maybe another search's.
        data: async () => ({ ...((await send('data', id)) as PagefindData), locations: words }),
      }));
      return { results, filters: response.filters };
    },
    filters: () => send('filters') as Promise<FilterCounts>,
  };
}
