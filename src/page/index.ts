/**
 * The cleaner content script, injected on demand (toolbar, shortcut, automatic cleanup).
 * Injected twice into the same page, it keeps the first instance.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { errorState, isCleanerRequest, nativeBrowser, send, type RuleKind, type SpeechState, type TabState } from '../shared/protocol';
import { routeExtractor } from './extractor-route';
import { inPlaceLoader } from './in-place-loader';
import { PageCleaner } from './cleaner';
import { loadedPlayer, playerCommand } from './read-aloud/player-loader';

// Firefox and Chromium (from 148, the manifest's floor) have a native promise-based `browser`, so
// this script carries no polyfill: 12 % less to compile on every injection.
const browser = nativeBrowser<Browser>();

declare global {
  interface Window {
    __quietReaderCleaner?: PageCleaner;
  }
}

function handle(message: unknown, sender: Runtime.MessageSender, ownId: string, cleaner: PageCleaner, loadPlayer: () => Promise<unknown>): Promise<TabState | SpeechState> | undefined {
  // Only the extension itself (the background) may drive the cleaner.
  if (sender.id !== ownId || sender.tab !== undefined) return undefined;
  if (!isCleanerRequest(message)) return undefined;
  try {
    switch (message.type) {
      case 'cleaner/clean': {
        const done = cleaner.clean(message.trigger, message.options, message.url, message.rules, message.comfort);
        // The popup (which cleans with the toolbar trigger) shows the reading time; automatic
        // cleanup and the keyboard command have no popup to show it in, so they do not count it.
        return message.trigger !== 'toolbar' ? done : done.then((state) => (state.status === 'clean' ? cleaner.state(true) : state));
      }
      case 'cleaner/pick':
        return cleaner.pick(message.mode);
      case 'cleaner/restore': {
        // The page moved on: only a cleanup of another address goes (never one being made now).
        if (message.stale) {
          const before = cleaner.state();
          const after = cleaner.restoreStale();
          if (before.status === 'clean' && after.status !== 'clean') loadedPlayer()?.stop();
          return Promise.resolve(after);
        }
        // Reading stops (and its mark goes) before the page is put back.
        loadedPlayer()?.stop();
        return Promise.resolve(cleaner.restore());
      }
      case 'cleaner/state':
        return Promise.resolve(cleaner.state(true));
      case 'cleaner/read-aloud':
        return playerCommand(message.command, message.rate, cleaner.cleanedArticle() !== undefined, loadPlayer).catch((): SpeechState => ({ status: 'error', rate: 1 }));
      case 'cleaner/comfort':
        return Promise.resolve(cleaner.setComfort(message.comfort));
    }
  } catch (error) {
    return Promise.resolve(errorState(error instanceof Error ? error.message : String(error)));
  }
}

const runtime = browser?.runtime;
// A browser without the native namespace gets no cleaner: the background then reports the page unreachable.
if (runtime?.id && !window.__quietReaderCleaner) {
  const ownId = runtime.id;
  const post = (message: unknown) => runtime.sendMessage(message);
  // routeExtractor checks the reply (isExtractReply) itself: sending it through `send` too would
  // walk every element number of a large reading twice.
  const extractor = routeExtractor(post);
  const inPlace = inPlaceLoader(async () => {
    if ((await send(post, 'background', { type: 'load-in-place-reader' })) !== true) throw new Error('no in-place reader');
  });
  // The picker's corrections go to the background, which stores them for this page's site.
  const report = async (correction: { kind: RuleKind; selector: string; preview: string }) => (await send(post, 'background', { type: 'correction', ...correction })) === true;
  // The picker (picker.js) comes when the reader first asks for it in this page.
  const loadPicker = async () => {
    if ((await send(post, 'background', { type: 'load-picker' })) !== true) throw new Error('no picker');
  };
  const cleaner = new PageCleaner(document, { extractor, inPlace, report, loadPicker });
  window.__quietReaderCleaner = cleaner;
  const loadPlayer = async () => {
    if ((await send(post, 'background', { type: 'load-player' })) !== true) throw new Error('no read-aloud player');
  };
  runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handle(message, sender, ownId, cleaner, loadPlayer));
}
