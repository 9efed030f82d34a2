/**
 * `node src/search-index/cli.ts [--dist dist]`: builds the search index of a site `astro build` wrote
 * (the second step of `npm run build`). Exits 1 with one line naming what is wrong.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from './index-site.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const started = performance.now();
try {
  const pages = await indexSite(resolve(values.dist as string));
  console.log(`search index: ${pages} pages indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exit(1);
}
