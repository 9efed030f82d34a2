import { z } from 'astro/zod';
import { httpUrl, published, slugId } from './article.ts';

/**
 * The metadata sidecar `<name>.meta.yaml` beside a raw file: what the text itself cannot reveal.
 * Every field is optional except the publication date; options on the command line override it.
 */
export const sourceMetaSchema = z
  .object({
    /** The article's ASCII id; made from date, main place and publisher when absent. */
    slug: slugId.optional(),
    /** Title written by the editors, used only when the text has no headline. */
    title: z.string().min(1).optional(),
    /** Author, when the text is unsigned but the page named one; null for "unsigned". */
    author: z.string().min(1).nullable().optional(),
    /** Original publisher; null when unknown (never guessed). Absent: the site name found in the text, if any. */
    publisher: z.string().min(1).nullable().optional(),
    /** The site the raw text was copied from, when it republished the article. */
    via: z.string().min(1).nullable().optional(),
    /** Address of the original page. */
    url: httpUrl.nullable().optional(),
    /** Publication date with its precision and evidence. */
    published: published.optional(),
  })
  .strict();

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
