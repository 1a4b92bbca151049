/** Which pages an extension may clean at all, decided from the tab's address. */

const STORE_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/**
 * True when the address is one we may try to clean: http(s), not an extension store, not a PDF.
 * An unknown address (no `tabs` permission and no host access) is left to the injection attempt.
 */
export function isCleanableUrl(url: string | undefined): boolean {
  if (url === undefined || url === '') return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (STORE_HOSTS.has(parsed.hostname)) return false;
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return false;
  if (/\.pdf$/i.test(parsed.pathname)) return false;
  return true;
}
