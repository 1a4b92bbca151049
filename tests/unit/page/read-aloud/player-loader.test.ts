import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadedPlayer, PLAYER_KEY, playerCommand, type Player } from '../../../../src/page/read-aloud/player-loader';

const scope = globalThis as unknown as Record<string, unknown>;

describe('loading the read-aloud player on demand', () => {
  afterEach(() => {
    delete scope[PLAYER_KEY];
  });

  it('answers without loading the player on a page that is not cleaned, or to pause, stop or rate', async () => {
    const inject = vi.fn();
    expect(await playerCommand('play', undefined, false, inject)).toEqual({ status: 'not-clean', rate: 1 });
    for (const command of ['pause', 'stop', 'rate'] as const) expect(await playerCommand(command, 1.5, true, inject)).toEqual({ status: 'idle', rate: 1 });
    expect(inject).not.toHaveBeenCalled();
  });

  it('loads the player once for play, then hands it every command', async () => {
    const command = vi.fn(async () => ({ status: 'playing' as const, rate: 1.2 }));
    const inject = vi.fn(async () => {
      scope[PLAYER_KEY] = { command, stop: () => undefined } satisfies Player;
    });
    expect(await playerCommand('play', 1.2, true, inject)).toEqual({ status: 'playing', rate: 1.2 });
    await playerCommand('pause', undefined, true, inject);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(command.mock.calls).toEqual([
      ['play', 1.2],
      ['pause', undefined],
    ]);
    expect(loadedPlayer()).toBeDefined();
  });

  it('says "error" when the player cannot be loaded', async () => {
    expect(await playerCommand('status', undefined, true, async () => Promise.reject(new Error('refused')))).toEqual({ status: 'error', rate: 1 });
    expect(await playerCommand('toggle', undefined, true, async () => undefined)).toEqual({ status: 'error', rate: 1 });
  });
});
