/**
 * Read aloud lives in its own script, read-aloud.js (the player, the reading queue, the voice
 * choice: 10.5 KB minified), which the background injects only when a cleaned page is first asked
 * to read: every cleanup would otherwise compile it for nothing (content.js was 64 KB without it).
 * This module is the contract between the two scripts, and answers for a player not loaded yet;
 * it imports no player code itself.
 */
import type { SpeechCommand, SpeechState } from '../../shared/protocol';

/** The part of the player the cleaner's script uses. */
export interface Player {
  command(command: SpeechCommand, rate?: number): Promise<SpeechState>;
  stop(): void;
}

/** Where read-aloud.js puts the player: the content scripts' own world, which the page cannot see. */
export const PLAYER_KEY = '__quietReaderPlayer';

export function loadedPlayer(): Player | undefined {
  return (globalThis as unknown as Record<string, Player | undefined>)[PLAYER_KEY];
}

/**
 * Runs a read-aloud command: by the player, which `inject` loads first when the command needs it
 * (play, toggle, or a status on a cleaned page, which names the voice). Without a player there is
 * nothing to pause or stop; on a page not cleaned there is nothing to read.
 */
export async function playerCommand(command: SpeechCommand, rate: number | undefined, cleaned: boolean, inject: () => Promise<unknown>): Promise<SpeechState> {
  let player = loadedPlayer();
  if (!player) {
    if (!cleaned) return { status: 'not-clean', rate: 1 };
    if (command !== 'play' && command !== 'toggle' && command !== 'status') return { status: 'idle', rate: 1 };
    try {
      await inject();
    } catch {
      // Checked below.
    }
    player = loadedPlayer();
    if (!player) return { status: 'error', rate: 1 };
  }
  return player.command(command, rate);
}
