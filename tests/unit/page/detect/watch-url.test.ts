import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKey, watchUrl, whenSettled } from '../../../../src/page/detect/watch-url';

describe('pageKey', () => {
  it('drops only the fragment', () => {
    expect(pageKey('https://a.example/x?y=1#top')).toBe('https://a.example/x?y=1');
    expect(pageKey('https://a.example/x')).toBe('https://a.example/x');
  });
});

describe('watchUrl (no Navigation API, as in jsdom and older Firefox)', () => {
  let stop: AbortController;
  const calls: Array<[string, boolean]> = [];
  const flush = () => new Promise((r) => setTimeout(r, 0));

  beforeEach(() => {
    history.replaceState(null, '', '/start');
    document.title = 'start';
    calls.length = 0;
    stop = new AbortController();
    watchUrl(window, (href, force) => calls.push([new URL(href).pathname, force]), stop.signal);
  });
  afterEach(() => stop.abort());

  it('sees a pushState followed by a new title', async () => {
    history.pushState(null, '', '/story/one');
    document.title = 'Story one';
    await flush();
    expect(calls).toEqual([['/story/one', false]]);
  });

  it('sees popstate, and ignores fragment-only changes', async () => {
    history.pushState(null, '', '/start#notes');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(calls).toEqual([]);
    history.pushState(null, '', '/back');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(calls).toEqual([['/back', false]]);
  });

  it('reports a back-forward cache restore even at the same address', () => {
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(calls).toEqual([]);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(calls).toEqual([['/start', true]]);
  });

  it('stops everything on abort', async () => {
    stop.abort();
    history.pushState(null, '', '/after');
    document.title = 'after';
    window.dispatchEvent(new PopStateEvent('popstate'));
    await flush();
    expect(calls).toEqual([]);
  });
});

describe('whenSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the DOM to go quiet, restarting the wait on each change', async () => {
    const root = document.createElement('div');
    let settled = false;
    void whenSettled(root, 300, 2500, new AbortController().signal).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(200);
    root.append('x');
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(150);
    expect(settled).toBe(true);
  });

  it('gives up waiting at the maximum on a page that never goes quiet', async () => {
    const root = document.createElement('div');
    let result: boolean | undefined;
    void whenSettled(root, 300, 1000, new AbortController().signal).then((ok) => (result = ok));
    for (let t = 0; t < 1100; t += 100) {
      root.append('tick');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(result).toBe(true);
  });

  it('answers false when aborted', async () => {
    const stop = new AbortController();
    const pending = whenSettled(document.createElement('div'), 300, 1000, stop.signal);
    stop.abort();
    await expect(pending).resolves.toBe(false);
  });
});
