/**
 * Sends the detector's verdict to the background. Uses the browser's own `browser`/`chrome`
 * object rather than webextension-polyfill, which would triple the size of a script that runs
 * on every page. Never throws: after an extension update the old script's context is gone.
 */
import { nativeRuntime, type ContentEvent } from '../../shared/protocol';

/** False once the extension was reloaded or removed: this script is an orphan and should stop. */
export function extensionAlive(): boolean {
  try {
    return Boolean(nativeRuntime()?.id);
  } catch {
    return false;
  }
}

export function report(event: ContentEvent): void {
  try {
    // An event: no reply is read; a message that cannot be delivered is dropped.
    Promise.resolve(nativeRuntime()?.sendMessage(event)).catch(() => undefined);
  } catch {
    // Extension context invalidated: nothing to tell anyone.
  }
}
