/**
 * Moved to src/reader (index.ts). Kept only for src/extractor, the frame route, which the security
 * branch removes; delete this file with it.
 */
export { extractPage } from '../reader';
