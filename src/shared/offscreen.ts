/** Service worker -> offscreen document (Chromium): read this page copy. */
import { isExtractRequest, type ExtractRequest } from './extraction';

export interface OffscreenRequest {
  type: 'offscreen/extract';
  request: ExtractRequest;
}

export function isOffscreenRequest(x: unknown): x is OffscreenRequest {
  return typeof x === 'object' && x !== null && (x as { type?: unknown }).type === 'offscreen/extract' && isExtractRequest((x as { request?: unknown }).request);
}
