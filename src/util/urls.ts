// A URL's user:password (http://admin:pw@host/) is a credential: it is never written to a file nor
// printed, whatever brought it (a config line quoted in an error, a page that links to one).

const USERINFO = /\b([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^\s/?#@'"<>\\]+@/g;

/** `text` with the user:password@ of every URL in it removed. */
export function withoutUserinfo(text: string): string {
  return text.replace(USERINFO, '$1');
}

/** For printing: the user:password masked character for character, so a caret under a later column stays put. */
export function maskUserinfo(text: string): string {
  return text.replace(USERINFO, (m, scheme: string) => scheme + '*'.repeat(m.length - scheme.length - 1) + '@');
}

/** A blockUrls pattern is a substring of the URL, or /regex/flags. */
export function urlMatches(url: string, pattern: string): boolean {
  const m = /^\/(.+)\/([dgimsuy]*)$/.exec(pattern);
  if (m) return new RegExp(m[1]!, m[2]).test(url);
  return url.includes(pattern);
}
