/**
 * The cleaner content script, injected on demand (toolbar, shortcut, automatic cleanup).
 * Injected twice into the same page, it keeps the first instance.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { errorState, isCleanerRequest, nativeBrowser, send, type TabState } from '../shared/protocol';
import { routeExtractor } from './extractor-route';
import { inPlaceLoader } from './in-place-loader';
import { PageCleaner } from './cleaner';

// Firefox and current Chromium have a native promise-based `browser`, which the polyfill would only
// hand back as it is, after compiling its one large function on every injection (0.5-0.9 ms per
// page in the eval's profiles). So the polyfill runs only where there is no native one. A plain
// require, not an import: esbuild's ESM interop (__toESM) copies every property of the module,
// and reading each property's descriptor instantiates every API binding (7 ms per page, up to 90).
const native = nativeBrowser<Browser>();
const browser = (native?.runtime?.id ? native : require('webextension-polyfill')) as Browser;

declare global {
  interface Window {
    __quietReaderCleaner?: PageCleaner;
  }
}

function handle(message: unknown, sender: Runtime.MessageSender, cleaner: PageCleaner): Promise<TabState> | undefined {
  // Only the extension itself (the background) may drive the cleaner.
  if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
  if (!isCleanerRequest(message)) return undefined;
  try {
    switch (message.type) {
      case 'cleaner/clean': {
        const done = cleaner.clean(message.trigger, message.options, message.url, message.comfort);
        // The popup shows the reading time; automatic cleanup does not count it (main-thread time).
        return message.trigger === 'auto' ? done : done.then((state) => (state.status === 'clean' ? cleaner.state(true) : state));
      }
      case 'cleaner/restore':
        return Promise.resolve(cleaner.restore());
      case 'cleaner/state':
        return Promise.resolve(cleaner.state(true));
      case 'cleaner/comfort':
        return Promise.resolve(cleaner.setComfort(message.comfort));
    }
  } catch (error) {
    return Promise.resolve(errorState(error instanceof Error ? error.message : String(error)));
  }
}

if (!window.__quietReaderCleaner) {
  const post = (message: unknown) => browser.runtime.sendMessage(message);
  // routeExtractor checks the reply (isExtractReply) itself: sending it through `send` too would
  // walk every element number of a large reading twice.
  const extractor = routeExtractor(post);
  const inPlace = inPlaceLoader(async () => {
    if ((await send(post, 'background', { type: 'load-in-place-reader' })) !== true) throw new Error('no in-place reader');
  });
  const cleaner = new PageCleaner(document, { extractor, inPlace });
  window.__quietReaderCleaner = cleaner;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handle(message, sender, cleaner));
}
