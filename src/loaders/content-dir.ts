/**
 * Where the content lives: `content/` by default, or ARCHIVE_CONTENT_DIR — so that benchmarks and
 * fixture sites build the real site from another copy of the content without touching content/.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.ARCHIVE_CONTENT_DIR?.trim() || './content';
}
