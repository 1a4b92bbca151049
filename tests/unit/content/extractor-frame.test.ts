import { describe, expect, it } from 'vitest';
import { frameExtractor } from '../../../src/content/extractor-frame';
import type { ExtractRequest } from '../../../src/shared/extraction';
import { domFrom } from './page-fixture';

const request = (doc: Document): ExtractRequest => ({
  type: 'extract',
  html: doc.documentElement.outerHTML,
  url: doc.location.href,
  baseUrl: doc.baseURI,
  elements: doc.getElementsByTagName('*').length,
  maxElements: 60_000,
});

describe('frameExtractor (failure paths; the answering path runs in Chromium and Firefox end to end)', () => {
  it('gives up at once when the page removes the frame, and leaves nothing behind', async () => {
    const doc = domFrom('<body><p>x</p></body>');
    const observer = new doc.defaultView!.MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if ((n as Element).localName === 'iframe') (n as Element).remove();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    const t0 = Date.now();
    await expect(frameExtractor(doc, 'https://extension.invalid/extractor.html')(request(doc))).rejects.toThrow(/removed/);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(doc.querySelectorAll('iframe')).toHaveLength(0);
    observer.disconnect();
  });

  it('rejects and removes the frame when the request cannot be posted to it', async () => {
    const doc = domFrom('<body><p>x</p></body>');
    const pending = frameExtractor(doc, 'about:blank')(request(doc));
    expect(doc.querySelectorAll('iframe[data-quiet-reader-extractor]')).toHaveLength(1);
    await expect(pending).rejects.toThrow();
    expect(doc.querySelectorAll('iframe')).toHaveLength(0);
  });
});
