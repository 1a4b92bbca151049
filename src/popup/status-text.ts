/** The tab's state in plain words. */
import type { TabState } from '../shared/protocol';

export const STATUS_TEXT: Record<TabState['status'], string> = {
  clean: 'Page cleaned.',
  original: 'Showing the original page.',
  'no-article': 'No article found on this page, so it was left as it is.',
  'too-large': 'This page is too large to clean safely, so it was left as it is.',
  restricted: 'Quiet Reader can’t work on this page (browser pages, web stores and some file types are off limits).',
  error: 'Something went wrong; the page was left as it is.',
};

/**
 * The sentence to show. The background's message is used for the explained states; for errors
 * the plain sentence comes first, since an error message is often technical.
 */
export function statusText(state: TabState): { text: string; detail?: string } {
  const plain = STATUS_TEXT[state.status] ?? STATUS_TEXT.error;
  if (state.status === 'error') return state.message ? { text: plain, detail: state.message } : { text: plain };
  if (state.status === 'clean' || state.status === 'original') return { text: plain };
  return { text: state.message || plain };
}
