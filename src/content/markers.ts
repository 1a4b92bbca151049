/**
 * Moved to src/page/markers.ts. Kept only for extractor-frame.ts, the frame route, which the
 * security branch deletes; delete this file with it.
 */
export * from '../page/markers';
