/**
 * Sends the detector's verdict to the background. Uses the browser's own `browser`/`chrome`
 * object rather than webextension-polyfill, which would triple the size of a script that runs
 * on every page. Never throws: after an extension update the old script's context is gone.
 */
import type { ContentEvent } from '../../shared/messages';

interface RuntimeLike {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> | undefined };
}

function runtimeApi(): RuntimeLike['runtime'] {
  const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** False once the extension was reloaded or removed: this script is an orphan and should stop. */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtimeApi()?.id);
  } catch {
    return false;
  }
}

export function report(event: ContentEvent): void {
  try {
    const pending = runtimeApi()?.sendMessage(event);
    if (pending && typeof pending.catch === 'function') pending.catch(() => undefined);
  } catch {
    // Extension context invalidated: nothing to tell anyone.
  }
}
