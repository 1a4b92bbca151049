/**
 * read-aloud.js: injected by the background into a cleaned page whose cleaner asks for it (see
 * player-loader.ts). It only registers the player; injected twice, it keeps the first.
 */
import type { PageCleaner } from '../cleaner';
import { PLAYER_KEY } from './player-loader';
import { ReadAloud } from './player';

const scope = globalThis as unknown as Record<string, unknown> & { __quietReaderCleaner?: PageCleaner };
scope[PLAYER_KEY] ??= new ReadAloud(document, () => scope.__quietReaderCleaner?.cleanedArticle());
