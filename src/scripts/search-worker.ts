/** The search page's web worker: Pagefind runs here, off the page's thread (src/lib/search/remote.ts). */
import { servePagefind, type Pagefind, type Port } from '../lib/search/remote.ts';

servePagefind(self as unknown as Port, (code) => import(/* @vite-ignore */ code) as Promise<Pagefind>);
