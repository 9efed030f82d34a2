/**
 * `npm run linkcheck [-- --dist dist]`: checks every internal link and anchor of a built site, under the
 * base path and origin it was built for (ARCHIVE_BASE and ARCHIVE_SITE, read as astro.config.mjs reads
 * them), so that the build a deploy publishes is checked as published. One line per broken link; exits 1 if any.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks, formatBroken } from '../lib/linkcheck/index.ts';
import { htmlFiles } from '../lib/linkcheck/site.ts';
import { siteAddress } from '../lib/site-address.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist as string);
const { site, base } = siteAddress();
try {
  const broken = checkLinks({ dist, base, site });
  if (broken.length > 0) {
    console.error(formatBroken(broken));
    console.error(`linkcheck: ${broken.length} broken links in ${dist} (base ${base}) — fix the pages or links above`);
    process.exit(1);
  }
  console.log(`linkcheck: ${htmlFiles(dist).length} pages under ${base}, every internal link and anchor resolves`);
} catch (error) {
  console.error(`linkcheck: ${dist}: ${(error as Error).message} — build the site first with \`npm run build\``);
  process.exit(1);
}
