/**
 * Automatic cleanup: the always-on detector reports each page's verdict; article pages get the
 * cleaner injected and run.
 */
import type { ContentEvent } from '../shared/messages';
import { cleanTab } from './tab-actions';

export async function onContentEvent(event: ContentEvent, tabId: number): Promise<void> {
  if (event.type === 'detected' && event.article) await cleanTab(tabId, 'auto');
}
