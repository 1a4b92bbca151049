// The background's automatic-cleanup decisions and the popup switch's mapping to site policies.
// (Kept beside the settings tests: both are the settings' consequences.)
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { decide, originPattern } = await import('../../../src/background/auto-clean');
const { policyForSwitch, switchIsOn } = await import('../../../src/popup/site-switch');
const { validateSettings, withSitePolicy } = await import('../../../src/shared/settings');

describe('decide', () => {
  const story = 'https://n.example/story/one';
  it('cleans a page that should be, restores an old cleanup that no longer fits, keeps a clean page at its address', () => {
    expect(decide(undefined, story, true)).toBe('clean');
    expect(decide(undefined, story, false)).toBe('none');
    expect(decide({ status: 'clean', url: 'https://n.example/story/zero' }, story, true)).toBe('clean');
    expect(decide({ status: 'clean', url: 'https://n.example/story/zero' }, 'https://n.example/', false)).toBe('restore');
    expect(decide({ status: 'clean', url: story }, `${story}#comments`, true)).toBe('keep');
    expect(decide({ status: 'clean', url: story }, story, false)).toBe('keep');
    expect(decide({ status: 'original', url: story }, 'https://n.example/', false)).toBe('none');
  });
});

describe('originPattern', () => {
  it('names the page’s origin for permissions.contains, http(s) only', () => {
    expect(originPattern('https://news.example:8443/a?b#c')).toBe('https://news.example:8443/*');
    expect(originPattern('file:///tmp/a.html')).toBeUndefined();
    expect(originPattern('nonsense')).toBeUndefined();
  });
});

describe('popup site switch', () => {
  const on = validateSettings({});
  const off = validateSettings({ autoClean: false });
  const url = 'https://www.news.example/story';

  it('shows on where the site is cleaned automatically', () => {
    expect(switchIsOn(on, url)).toBe(true);
    expect(switchIsOn(off, url)).toBe(false);
    expect(switchIsOn(withSitePolicy(on, 'news.example', 'never'), url)).toBe(false);
    expect(switchIsOn(withSitePolicy(off, 'news.example', 'always'), url)).toBe(true);
  });

  it('changes as little as it can: on where automatic cleanup is on just leaves the "never" list', () => {
    expect(policyForSwitch(on, false)).toBe('never');
    expect(policyForSwitch(on, true)).toBe('default');
    expect(policyForSwitch(off, true)).toBe('always');
    for (const settings of [on, off]) {
      for (const wanted of [true, false]) {
        expect(switchIsOn(withSitePolicy(settings, 'news.example', policyForSwitch(settings, wanted)), url)).toBe(wanted);
      }
    }
  });
});
