/** A minimal static file server over a built site, like a static host: index.html for folders, 404.html otherwise. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.pf_meta': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Serves `root` under `base` (e.g. «/» or «/archive/») on a free loopback port; `onServe` sees every file sent. */
export async function serveStatic(
  root: string,
  base = '/',
  onServe?: (file: string) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const rootDir = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('outside base');
      return;
    }
    const rel = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(rootDir, rel);
    if (!file.startsWith(rootDir)) {
      res.writeHead(403).end();
      return;
    }
    if (!(await isFile(file))) file = join(file, 'index.html');
    let status = 200;
    if (!(await isFile(file))) {
      file = join(rootDir, '404.html');
      status = 404;
      if (!(await isFile(file))) {
        res.writeHead(404).end('not found');
        return;
      }
    }
    onServe?.(file);
    res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
