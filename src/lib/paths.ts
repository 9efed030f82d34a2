/** Joins the site's base path (e.g. «/» or «/libya-archive/») and a root-relative path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
