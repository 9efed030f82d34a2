import { z } from 'astro/zod';

/** One group of content/aliases.yaml: the names of one organisation or operation. */
export const aliasGroupSchema = z
  .object({
    /** Stable ASCII id: `islamic-state`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an ASCII id such as islamic-state'),
    /** The name the archive shows for the group, in Arabic. */
    label: z.string().min(1),
    /** Every name the articles use for it, Arabic or Latin; search treats them as one. */
    names: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** The whole file: a list of groups. */
export const aliasesSchema = z.array(aliasGroupSchema);

/** An alias group, as validated. */
export type AliasGroup = z.infer<typeof aliasGroupSchema>;
