import { z } from 'astro/zod';
import { ISO_DATE } from '../lib/dates/date.ts';
import { checkHttpUrl } from '../lib/http-url.ts';
import { MAX_SLUG } from '../lib/slug.ts';

/** A date known to a stated precision: year, month or day. */
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** ASCII, lowercase, hyphen-separated identifier used in URLs and cross-references, at most MAX_SLUG characters. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by hyphens, e.g. 2016-12-sirte-reuters')
  .max(MAX_SLUG, `longer than ${MAX_SLUG} characters — shorten it: it becomes a file name and an address`);

/** An http: or https: address, normalized; every other scheme is refused (src/lib/http-url.ts). */
export const httpUrl = z.string().transform((value, ctx) => {
  const verdict = checkHttpUrl(value);
  if (verdict.ok) return verdict.url;
  ctx.addIssue({ code: 'custom', message: verdict.reason });
  return z.NEVER;
});

/** Why a line of the raw text was left out of the article body. */
export const removalReason = z.enum([
  'breadcrumb', // site navigation trail: «الرئيسية / دولي / …»
  'site-name', // a line naming the site, alone
  'ticker', // a run of unrelated headlines
  'promo', // share, follow, contact-us and app promotions
  'image-widget', // image report / moderation widgets
  'url', // a bare URL
  'source-link', // «انقر هنا لقراءة الخبر من مصدره»
  'related-tail', // «المزيد من المقالات», «مواضيع ذات صلة» and what follows
  'comment', // reader comments after the signature
  'caption', // captions of images that are not in the text
  'timestamp', // publication or update time (kept as metadata)
  'byline', // «بقلم …», «كتب …» (kept as the author)
  'signature', // the author's name alone at the end (kept as the author)
  'title', // the headline (kept as the title)
  'duplicate', // a line repeated verbatim
  'menu', // navigation: section names, skip links, one to a few words a line
  'tags', // a list of tags or keywords
  'cookie', // a cookie or privacy-consent banner
  'code', // script, style or markup shown as text
  'related', // headlines of other articles, in a box or a list
  'low-text', // page text with too little of a sentence in it, outside the article
]);

/** When the article was first published, and how we know. */
export const published = z.object({
  /** ISO date at the precision the evidence supports: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: isoDate,
  /** True when the date is inferred (from events the text reports) rather than printed on the page. */
  approximate: z.boolean(),
  /** How the date is known, in a sentence an editor can verify. */
  basis: z.string().min(1),
});

/** The frontmatter of one normalized article in content/articles/*.mdx. */
export const articleSchema = z.object({
  /** Headline as published, in Arabic. */
  title: z.string().min(1),
  /** Where the title comes from: the text's headline line, the saved page's <h1>, its stated title (og:title, JSON-LD headline), or the editors because the page has none. */
  titleFrom: z.enum(['text', 'heading', 'meta', 'editor']).default('text'),
  /** Stable ASCII id; also the file name and the URL path. */
  slug: slugId,
  /** Original publisher (newspaper, agency or site); null when the text does not reveal it. */
  publisher: z.string().min(1).nullable(),
  /** Sites that republished the article, when the raw text comes from one of them. */
  via: z.string().min(1).nullable().default(null),
  /** Author as signed («بقلم …», «كتب …» or a closing signature); null when unsigned. */
  author: z.string().min(1).nullable(),
  /** Address of the original page, when known. */
  url: httpUrl.nullable().default(null),
  /** Publication date with its precision and evidence. */
  published,
  /** The raw file this article was made from (a text dump or a saved HTML page), kept byte for byte in content/sources/. */
  source: z.object({
    /** Path of the raw file, relative to content/. */
    file: z.string().regex(/^sources\/[a-z0-9-]+\.(txt|html)$/, 'expected sources/<slug>.txt or sources/<slug>.html'),
    /** SHA-256 of the raw bytes, lowercase hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
  }),
  /** How many lines of each kind the normalizer removed. */
  removed: z.array(z.object({ reason: removalReason, lines: z.number().int().positive() })).default([]),
  /** Each removed line, with its line number in the raw file, for the provenance section. */
  removedLines: z
    .array(z.object({ line: z.number().int().positive(), reason: removalReason, text: z.string() }))
    .default([]),
  /** Gazetteer places the article mentions, with how many times. */
  places: z.array(z.object({ id: slugId, count: z.number().int().positive() })).default([]),
  /** Explicit dates the article mentions: the words as written and their ISO value. */
  dates: z.array(z.object({ text: z.string().min(1), value: z.string().min(4) })).default([]),
});

export type Article = z.infer<typeof articleSchema>;
export type Published = z.infer<typeof published>;
export type RemovalReason = z.infer<typeof removalReason>;
