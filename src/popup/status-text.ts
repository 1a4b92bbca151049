/** The tab's state in plain words. */
import { t, type MessageKey } from '../shared/i18n';
import type { TabState } from '../shared/protocol';

export const STATUS_TEXT: Record<TabState['status'], MessageKey> = {
  clean: 'status_clean',
  original: 'status_original',
  'no-article': 'status_no_article',
  'too-large': 'status_too_large',
  restricted: 'status_restricted',
  error: 'status_error',
};

/**
 * The sentence to show. The background's message is used for the explained states; for errors
 * the plain sentence comes first, since an error message is often technical.
 */
export function statusText(state: TabState): { text: string; detail?: string } {
  const plain = t(STATUS_TEXT[state.status] ?? STATUS_TEXT.error);
  const detail = state.detail ?? state.message;
  if (state.status === 'error') return detail ? { text: plain, detail } : { text: plain };
  if (state.status === 'clean' || state.status === 'original') return { text: plain };
  return state.detail ? { text: state.message || plain, detail: state.detail } : { text: state.message || plain };
}
