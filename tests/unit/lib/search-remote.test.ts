import { afterEach, describe, expect, it } from 'vitest';
import { remoteIndex, servePagefind, type Pagefind, type PagefindData, type PagefindResponse, type Port } from '../../../src/lib/search/remote.ts';

const sirte = { url: '/articles/sirte-falls/', content: 'تحرير سرت من تنظيم الدولة في سرت', meta: { title: 'تحرير سرت' } };

/**
 * A Pagefind module that records what it is asked. «ppsirteu» (سرت) finds the page at positions 1 and 6,
 * «pptanzimu» (تنظيم الدولة) at 3 and 4; like Pagefind, loading the text returns the positions of the last
 * search that asked for it.
 */
function fakePagefind(calls: unknown[][], fail?: string): Pagefind {
  const none: PagefindResponse = { results: [], filters: {} };
  const positions: Record<string, number[]> = { ppsirteu: [1, 6], pptanzimu: [3, 4] };
  return {
    options: async (o) => void calls.push(['options', o]),
    init: async () => void calls.push(['init']),
    mergeIndex: async (path, o) => void calls.push(['mergeIndex', path, o]),
    filters: async () => ({ place: { sirte: 1 } }),
    async search(term, o) {
      calls.push(['search', term, o]);
      if (fail) throw new Error(fail);
      const words = positions[term];
      if (!words) return none;
      return { results: [{ id: '4f1c2d9', score: 2.5, words, data: async () => ({ ...sirte, locations: words }) }], filters: { type: { article: 1 } } };
    },
  };
}

const channels: MessageChannel[] = [];
/** The page's end and the worker's end of a channel, the worker serving `pagefind`. */
function connect(pagefind: Pagefind, loaded: string[] = []) {
  const channel = new MessageChannel();
  channels.push(channel);
  const [page, worker] = [channel.port1, channel.port2];
  servePagefind(worker as unknown as Port, async (code) => {
    loaded.push(code);
    return pagefind;
  });
  const index = remoteIndex(page as unknown as Port);
  page.start();
  worker.start();
  return { index, page };
}
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

describe('Pagefind in the search page’s worker', () => {
  it('opening loads Pagefind’s module with the base its result URLs join, and starts loading the index before any search', async () => {
    const calls: unknown[][] = [];
    const loaded: string[] = [];
    const { index } = connect(fakePagefind(calls), loaded);
    await index.open('https://archive.example/sub/pagefind/pagefind.js', '/');
    expect(loaded).toEqual(['https://archive.example/sub/pagefind/pagefind.js']);
    expect(calls).toEqual([['options', { baseUrl: '/' }], ['init']]);
  });

  it('merges each other shard with the same base', async () => {
    const calls: unknown[][] = [];
    const { index } = connect(fakePagefind(calls));
    await index.open('/sub/pagefind/pagefind.js', '/');
    await index.merge('/sub/pagefind/shard-1/');
    expect(calls.at(-1)).toEqual(['mergeIndex', '/sub/pagefind/shard-1/', { baseUrl: '/' }]);
  });

  it('a search for «سرت» reaches the page with the page’s id, score, matched positions and filter counts, and its text when asked', async () => {
    const calls: unknown[][] = [];
    const { index } = connect(fakePagefind(calls));
    await index.open('/pagefind/pagefind.js', '/');
    const response = await index.search('ppsirteu', { filters: { type: { any: ['article'] } } });
    expect(calls.at(-1)).toEqual(['search', 'ppsirteu', { filters: { type: { any: ['article'] } } }]);
    expect(response.results.map((r) => [r.id, r.score, r.words])).toEqual([['4f1c2d9', 2.5, [1, 6]]]);
    expect(response.filters).toEqual({ type: { article: 1 } });
    expect(await response.results[0]!.data()).toEqual<PagefindData>({ ...sirte, locations: [1, 6] });
    expect(await index.filters()).toEqual({ place: { sirte: 1 } });
  });

  it('a page found by two searches loads its text with the positions each search matched: «سرت», then «تنظيم الدولة»', async () => {
    const { index } = connect(fakePagefind([]));
    await index.open('/pagefind/pagefind.js', '/');
    const [bySirte] = (await index.search('ppsirteu', {})).results;
    const [byTanzim] = (await index.search('pptanzimu', {})).results;
    expect((await bySirte!.data()).locations).toEqual([1, 6]);
    expect((await byTanzim!.data()).locations).toEqual([3, 4]);
    expect((await bySirte!.data()).locations).toEqual([1, 6]);
  });

  it('an error inside Pagefind rejects the page’s call with the method and Pagefind’s message', async () => {
    const { index } = connect(fakePagefind([], 'index chunk zxx_9c7fe65 could not be loaded'));
    await index.open('/pagefind/pagefind.js', '/');
    await expect(index.search('ppsirteu', {})).rejects.toThrow('search: index chunk zxx_9c7fe65 could not be loaded');
  });

  it('a search before the index is opened fails instead of waiting for ever', async () => {
    const { index } = connect(fakePagefind([]));
    await expect(index.search('ppsirteu', {})).rejects.toThrow('search: the index was not opened');
  });

  it('the text of a page no search has found is an error', async () => {
    const { page } = connect(fakePagefind([]));
    const reply = new Promise<{ error?: string }>((resolve) => page.addEventListener('message', (e) => resolve((e as MessageEvent).data)));
    page.postMessage({ id: 7, method: 'data', args: ['0000000'] });
    expect((await reply).error).toBe('data: no search has found page 0000000');
  });

  it('a worker that fails to start rejects the pending call and every later one, so the page can say so', async () => {
    const listeners: Record<string, ((e: Event) => void)[]> = {};
    const worker: Port = {
      postMessage: () => {},
      addEventListener: (type, listener) => void (listeners[type] ??= []).push(listener as (e: Event) => void),
    };
    const index = remoteIndex(worker);
    const opening = index.open('/pagefind/pagefind.js', '/');
    for (const listener of listeners.error ?? []) listener(Object.assign(new Event('error'), { message: 'Failed to fetch a worker script' }));
    await expect(opening).rejects.toThrow('the search worker stopped: Failed to fetch a worker script');
    await expect(index.search('ppsirteu', {})).rejects.toThrow('the search worker stopped');
  });
});
