/**
 * The page's claims about where it comes from, against where it is. The canonical address, site
 * name and publisher all come from the page, so any site can claim to be another publication; the
 * tab's real address cannot be claimed. The popup shows the real host, says in plain words when
 * the page claims another site, and cites the real address unless the reader chooses otherwise.
 */
import type { Attribution } from '../reader/attribution/model';

/** The host of an http(s) address, lower case, without "www.". */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** One host is the other or a subdomain of it (m.example.com and example.com are one site). */
export function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

export interface SourceCheck {
  /** The address the tab is really on, and its host. */
  realUrl: string;
  realHost: string;
  /** The host the page's canonical address names, when it is a different site. */
  claimedHost?: string;
}

/** Compares the page's canonical address with the real one (the tab's, else the page's own). */
export function checkSource(a: Attribution, tabUrl: string | undefined): SourceCheck | undefined {
  const realUrl = hostOf(tabUrl) ? (tabUrl as string) : a.pageUrl;
  const realHost = hostOf(realUrl);
  if (!realHost) return undefined;
  const claimed = hostOf(a.canonicalUrl.value);
  return claimed && !sameSite(claimed, realHost) ? { realUrl, realHost, claimedHost: claimed } : { realUrl, realHost };
}

/** The attribution to show and cite: with the real address, unless the reader trusts the page's claim. */
export function forCitation(a: Attribution, check: SourceCheck | undefined, trustClaim: boolean): Attribution {
  if (!check?.claimedHost || trustClaim) return a;
  return { ...a, canonicalUrl: { value: check.realUrl, source: 'url' } };
}
