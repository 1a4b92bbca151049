/**
 * Always-on detector (runs on every http(s) page at document_idle; keep it tiny, no Readability).
 * Reports whether the page looks like a news article; the background decides what to do.
 */
import browser from 'webextension-polyfill';

function looksLikeArticle(doc: Document): { article: boolean; score: number } {
  const typeArticle = doc.querySelector('meta[property="og:type"][content="article" i]') !== null;
  const published = doc.querySelector('meta[property="article:published_time"]') !== null;
  const score = (typeArticle ? 1 : 0) + (published ? 1 : 0);
  return { article: score >= 2, score };
}

if (document.contentType === 'text/html') {
  const verdict = looksLikeArticle(document);
  void browser.runtime.sendMessage({ type: 'detected', ...verdict, url: location.href }).catch(() => undefined);
}
