/** The archive's name, as pages, feeds, citations and data packages give it (its addresses are in src/lib/paths.ts). */
export const SITE_NAME = 'أرشيف ليبيا';
