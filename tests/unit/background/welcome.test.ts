/** When the welcome page opens: on install; after an update only when the reader asked for "what's new". */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { welcomeFor } = await import('../../../src/background/welcome');
const { updatedVersion } = await import('../../../src/welcome/welcome-query');

describe('welcomeFor', () => {
  const never = vi.fn(async () => true);

  it('opens the welcome page on install, without looking at the settings', async () => {
    expect(await welcomeFor({ reason: 'install' }, '1.0.0', never)).toBe('welcome.html');
    expect(never).not.toHaveBeenCalled();
  });

  it('opens nothing after an update unless the reader asked for what’s new', async () => {
    expect(await welcomeFor({ reason: 'update', previousVersion: '0.9.0' }, '1.0.0', async () => false)).toBeUndefined();
    expect(await welcomeFor({ reason: 'update', previousVersion: '0.9.0' }, '1.0.0', async () => true)).toBe('welcome.html?updated=1.0.0');
    // A reload of the same version (Chromium reports it as an update) is no update.
    expect(await welcomeFor({ reason: 'update', previousVersion: '1.0.0' }, '1.0.0', async () => true)).toBeUndefined();
  });

  it('opens nothing for a browser update or a temporary install', async () => {
    expect(await welcomeFor({ reason: 'browser_update' }, '1.0.0', async () => true)).toBeUndefined();
    expect(await welcomeFor({ reason: 'install', temporary: true }, '1.0.0', async () => true)).toBeUndefined();
  });
});

describe('updatedVersion', () => {
  it('takes a version number and nothing else', () => {
    expect(updatedVersion('?updated=1.2.3')).toBe('1.2.3');
    expect(updatedVersion('?updated=<b>1</b>')).toBeUndefined();
    expect(updatedVersion('')).toBeUndefined();
  });
});
