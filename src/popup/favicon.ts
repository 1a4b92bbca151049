/**
 * The tab's favicon, only as an inline image (data:image/…). A favicon at an http(s) address is a
 * URL the page chose: loading it when the popup opens would tell the site that the popup was
 * opened. Chromium's own favicon cache (`_favicon/`) needs the "favicon" permission, whose install
 * warning ("read the icons of the websites you visit") is not worth an icon; so an inline icon or
 * none (the extension pages' CSP allows img-src 'self' data: only).
 */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|x-icon|vnd\.microsoft\.icon|svg\+xml|avif)[;,]/i;
const MAX_DATA_URL = 100_000;

export function safeFaviconUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return DATA_IMAGE.test(raw) && raw.length <= MAX_DATA_URL ? raw : undefined;
}
