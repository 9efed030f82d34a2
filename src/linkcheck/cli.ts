/**
 * `npm run linkcheck [-- --dist dist]`: checks every internal link and anchor of a built site, under the
 * base path and origin it was built for (read from the build's home page; ARCHIVE_BASE and ARCHIVE_SITE,
 * when set, must agree with it), so that the build a deploy publishes is checked as published. One line
 * per broken link; exits 1 if any.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks, formatBroken } from '../lib/linkcheck/index.ts';
import { builtAddress, htmlFiles, normalizeBase } from '../lib/linkcheck/site.ts';
import { siteAddress } from '../lib/site-address.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist as string);
const fail = (message: string) => {
  console.error(`linkcheck: ${message}`);
  process.exit(1);
};

const built = builtAddress(dist);
const wanted = process.env.ARCHIVE_BASE?.trim();
if (built && wanted && normalizeBase(wanted) !== built.base) {
  fail(`${dist} was built for the base ${built.base}, but ARCHIVE_BASE is ${wanted} — build again with this ARCHIVE_BASE, or unset it to check the build as it is`);
}
const { site, base } = built ?? siteAddress();
try {
  const broken = checkLinks({ dist, base, site });
  if (broken.length > 0) {
    console.error(formatBroken(broken));
    fail(`${broken.length} broken links in ${dist} (base ${base}) — fix the pages or links above`);
  }
  console.log(`linkcheck: ${htmlFiles(dist).length} pages under ${base}, every internal link and anchor resolves`);
} catch (error) {
  fail(`${dist}: ${(error as Error).message} — build the site first with \`npm run build\``);
}
