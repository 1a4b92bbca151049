/** What the document itself says: <html lang dir>, <link rel=canonical>, rel=license, <title>. */
import { compact, type Facts } from './facts';
import { LIMITS } from './limits';
import { recognizeLicense } from './license';
import { cleanText, safeHttpUrl } from '../../shared/safe-url';
import { indexPage, type PageIndex } from './page-index';

export function readDocument(doc: Document, pageUrl: string, index: PageIndex = indexPage(doc)): Facts {
  const html = doc.documentElement;
  const canonical = index.canonical;
  return compact({
    headline: cleanText(doc.title, LIMITS.headline),
    language: cleanText(html?.getAttribute('lang') ?? '', LIMITS.language),
    canonicalUrl: safeHttpUrl(canonical?.getAttribute('href'), pageUrl),
  });
}

/** The article's own licence: rel=license outside figures and credit lines (those license an image). */
export function readRelLicense(doc: Document, pageUrl: string, index: PageIndex = indexPage(doc)): Facts {
  for (const el of index.relLicenses) {
    if (el.closest('figure, figcaption, [class*="credit"], [class*="caption"], [class*="copyright"]')) continue;
    const href = safeHttpUrl(el.getAttribute('href'), pageUrl);
    const text = el.tagName === 'A' ? cleanText(el.textContent, LIMITS.name) : '';
    const license = recognizeLicense(text, href) ?? (href ? { name: text || href, url: href } : undefined);
    if (license) return { license };
  }
  return {};
}

export function readDirection(doc: Document): 'ltr' | 'rtl' | undefined {
  const dir = (doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
}
