/** The eval's request router, pure (unit-tested): what each tab answers and what it cuts off. */

/** `url` without its fragment, and with the other of http / https. */
export function withoutHash(url) {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
export function otherScheme(url) {
  return url.startsWith('https:') ? 'http:' + url.slice(6) : url.startsWith('http:') ? 'https:' + url.slice(5) : url;
}

/**
 * What the tab's router does with one request, pure (unit-tested): `page` is answered at its own
 * address (and at the same address over the other scheme: sites send http:// to https:// with
 * `location = document.URL.replace(/^http:/, 'https:')`), the blank page at `blankUrl`; any other
 * navigation of the tab's top frame gets 204 (the browser then stays on the page, as if the site
 * had not answered); every other request (scripts, styles, images, frames, beacons) is cut off.
 * @returns {'page' | 'blank' | 'no-content' | 'abort' | 'continue'}
 */
export function routeDecision({ url, topNavigation }, pageUrl, blankUrl) {
  if (url.startsWith('chrome-extension:')) return 'continue';
  if (!topNavigation) return 'abort';
  const u = withoutHash(url);
  if (u === blankUrl) return 'blank';
  if (u === pageUrl || u === otherScheme(pageUrl)) return 'page';
  return 'no-content';
}
