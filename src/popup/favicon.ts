/** The tab's favicon, only when it is an http(s) URL or an inline image (data:image/…). */
import { safeHttpUrl } from '../shared/safe-url';

const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|x-icon|vnd\.microsoft\.icon|svg\+xml|avif)[;,]/i;
const MAX_DATA_URL = 100_000;

export function safeFaviconUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if (DATA_IMAGE.test(raw)) return raw.length <= MAX_DATA_URL ? raw : undefined;
  return safeHttpUrl(raw);
}
