/** Which tab the popup acts on: `?tab=<id>` when given (tests open the popup in a tab), else the active one. */
import browser from 'webextension-polyfill';

export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== undefined) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
