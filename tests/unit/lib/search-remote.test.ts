import { afterEach, describe, expect, it } from 'vitest';
import { remoteIndex, servePagefind, type Pagefind, type PagefindData, type Port } from '../../../src/lib/search/remote.ts';

const sirte: PagefindData = { url: '/articles/sirte-falls/', content: 'تحرير سرت من تنظيم الدولة', meta: { title: 'تحرير سرت' }, locations: [1] };

/** A Pagefind module that records what it is asked and answers «سرت» with one page. */
function fakePagefind(calls: unknown[][], fail?: string): Pagefind {
  return {
    options: async (o) => void calls.push(['options', o]),
    init: async () => void calls.push(['init']),
    mergeIndex: async (path, o) => void calls.push(['mergeIndex', path, o]),
    filters: async () => ({ place: { sirte: 1 } }),
    async search(term, o) {
      calls.push(['search', term, o]);
      if (fail) throw new Error(fail);
      return { results: term === 'ppsirteu' ? [{ id: '4f1c2d9', score: 2.5, data: async () => sirte }] : [], filters: { type: { article: 1 } } };
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
  return { index, page, worker };
}
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

describe('Pagefind in the search page’s worker', () => {
  it('opening loads Pagefind’s module with the site’s base URL and starts loading the index before any search', async () => {
    const calls: unknown[][] = [];
    const loaded: string[] = [];
    const { index } = connect(fakePagefind(calls), loaded);
    await index.open('https://archive.example/sub/pagefind/pagefind.js', '/sub/');
    expect(loaded).toEqual(['https://archive.example/sub/pagefind/pagefind.js']);
    expect(calls).toEqual([['options', { baseUrl: '/sub/' }], ['init']]);
  });

  it('merges each other shard with the same base URL', async () => {
    const calls: unknown[][] = [];
    const { index } = connect(fakePagefind(calls));
    await index.open('/sub/pagefind/pagefind.js', '/sub/');
    await index.merge('/sub/pagefind/shard-1/');
    expect(calls.at(-1)).toEqual(['mergeIndex', '/sub/pagefind/shard-1/', { baseUrl: '/sub/' }]);
  });

  it('a search for «سرت» reaches the page with the page’s id, score and filter counts, and its text when asked', async () => {
    const calls: unknown[][] = [];
    const { index } = connect(fakePagefind(calls));
    await index.open('/pagefind/pagefind.js', '/');
    const response = await index.search('ppsirteu', { filters: { type: { any: ['article'] } } });
    expect(calls.at(-1)).toEqual(['search', 'ppsirteu', { filters: { type: { any: ['article'] } } }]);
    expect(response.results.map((r) => [r.id, r.score])).toEqual([['4f1c2d9', 2.5]]);
    expect(response.filters).toEqual({ type: { article: 1 } });
    expect(await response.results[0]!.data()).toEqual(sirte);
    expect(await index.filters()).toEqual({ place: { sirte: 1 } });
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

  it('a result the page released no longer has its text kept in the worker', async () => {
    const { page } = connect(fakePagefind([]));
    const replies: { id: number; value?: unknown; error?: string }[] = [];
    const answered = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => (replies.length >= n ? resolve() : setTimeout(check, 5));
        check();
      });
    page.addEventListener('message', (e) => replies.push((e as MessageEvent).data));
    page.postMessage({ id: 100, method: 'open', args: ['/pagefind/pagefind.js', '/'] });
    page.postMessage({ id: 101, method: 'search', args: ['ppsirteu', {}] });
    await answered(2);
    const { ref } = (replies[1]!.value as { results: { ref: number }[] }).results[0]!;
    page.postMessage({ id: 102, method: 'data', args: [ref] });
    page.postMessage({ id: 103, method: 'release', args: [ref] });
    page.postMessage({ id: 104, method: 'data', args: [ref] });
    await answered(5);
    expect(replies.find((r) => r.id === 102)!.value).toEqual(sirte);
    expect(replies.find((r) => r.id === 104)!.error).toBe(`data: result ${ref} was released: search again`);
  });
});
