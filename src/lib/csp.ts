/** The site's Content-Security-Policy: one list of directives for the <meta> tag and the _headers file. */

/** Directives every page is held to: same-origin files only, no inline code, WebAssembly for Pagefind. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives a browser honours only from an HTTP header (it ignores them, with a warning, in a <meta>). */
export const CSP_HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** The policy as the content of <meta http-equiv="Content-Security-Policy">. */
export function cspMetaContent(): string {
  return CSP_DIRECTIVES.join('; ');
}

/** The policy as the value of a Content-Security-Policy HTTP header. */
export function cspHeaderValue(): string {
  return [...CSP_DIRECTIVES, ...CSP_HEADER_ONLY_DIRECTIVES].join('; ');
}
