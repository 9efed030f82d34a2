/**
 * The one rule for every URL field (an article's original address, a sidecar's): an http: or https:
 * address, given in full, and kept in its normalized form (WHATWG URL: scheme and host in lower case,
 * host in punycode, the path percent-encoded). Anything else — javascript:, data:, vbscript:, file:, an
 * address with a user name or password, one with spaces or invisible characters — is refused, so it never
 * reaches a link, the JSON-LD or the open data.
 */

/** What the rule says of a value: its normalized form, or why it is refused and what to do. */
export type UrlVerdict = { ok: true; url: string } | { ok: false; reason: string };

/** White space, controls and invisible format characters (bidi controls, zero-width ones): none belongs in a URL as typed. */
const INVISIBLE = /[\s\0-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** The schemes a link of the archive may have. */
const WEB = new Set(['http:', 'https:']);

/** The rule applied to `value`: its normalized form when it is a web address, else the reason and the fix. */
export function checkHttpUrl(value: string): UrlVerdict {
  const invisible = INVISIBLE.exec(value);
  if (invisible) {
    const cp = invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, reason: `has a space or an invisible character (U+${cp}) at position ${invisible.index + 1} — remove it; a space inside an address is written %20` };
  }
  const url = URL.parse(value);
  if (!url) return { ok: false, reason: 'is not a full web address — give it as it appears in the browser, starting with https:// or http://' };
  if (!WEB.has(url.protocol)) {
    return { ok: false, reason: `is a «${url.protocol}» address: only http: and https: addresses are allowed — give the address of the article's web page` };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'has a user name or password before «@» — give the address without it' };
  }
  return { ok: true, url: url.href };
}

/** True when `value` is an http: or https: address the rule accepts. */
export function isHttpUrl(value: string): boolean {
  return checkHttpUrl(value).ok;
}
