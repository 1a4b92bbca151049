/**
 * in-place.js: injected by the background into a page whose cleaner asks for it (see
 * src/page/in-place-loader.ts). It only registers the reader; injected twice, it keeps the first.
 */
import { IN_PLACE_KEY } from '../page/in-place-loader';
import { inPlaceReader } from './reader';

const scope = globalThis as unknown as Record<string, unknown>;
scope[IN_PLACE_KEY] ??= inPlaceReader;
