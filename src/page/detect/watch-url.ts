/**
 * Notices when a single-page site changes its address, and when a page comes back from the
 * back-forward cache. The isolated-world content script cannot see the page's own
 * history.pushState calls, so it listens to what it can: the Navigation API's
 * `currententrychange` (Chromium; fires for pushState and replaceState), `popstate`, `pageshow`,
 * and changes under <head> (routers retitle the page; the only signal where the Navigation API
 * is missing).
 * Hash-only changes are not new pages (footnotes, tables of contents) and are ignored.
 */

interface NavigationLike extends EventTarget {}

/** The address without its fragment: what makes a page a different page. */
export function pageKey(href: string): string {
  return href.replace(/#.*/s, '');
}

/**
 * Calls `onChange` when the page's address (fragment aside) changes, or on a back-forward
 * cache restore (`force`: same address, but the background may have forgotten the tab).
 * Everything it starts stops when `signal` aborts.
 */
export function watchUrl(win: Window, onChange: (href: string, force: boolean) => void, signal: AbortSignal): void {
  let last = pageKey(win.location.href);
  const check = (force = false) => {
    const href = win.location.href;
    const key = pageKey(href);
    if (key === last && !force) return;
    last = key;
    onChange(href, force);
  };
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation?.addEventListener) {
    navigation.addEventListener('currententrychange', () => check(), { signal });
  }
  if (win.document.head) {
    // Also where the Navigation API exists: routers set a new <title> (or meta tags) for each
    // view, and one string comparison per batch of <head> changes costs next to nothing.
    const observer = new MutationObserver(() => check());
    observer.observe(win.document.head, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  win.addEventListener('popstate', () => check(), { signal });
  win.addEventListener('pageshow', (event) => check((event as PageTransitionEvent).persisted), { signal });
}

/**
 * Resolves once the DOM under `root` has been quiet for `quietMs` (a view finished rendering),
 * or after `maxMs` at the latest (pages with tickers never go quiet), or false on abort.
 */
export function whenSettled(root: Node, quietMs: number, maxMs: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    let quietTimer: ReturnType<typeof setTimeout>;
    const done = (ok: boolean) => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => done(true), quietMs);
    });
    observer.observe(root, { childList: true, subtree: true });
    quietTimer = setTimeout(() => done(true), quietMs);
    const maxTimer = setTimeout(() => done(true), maxMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
