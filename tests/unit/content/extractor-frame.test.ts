import { describe, expect, it } from 'vitest';
import { afterLoad, frameExtractor } from '../../../src/content/extractor-frame';
import type { ExtractRequest } from '../../../src/shared/extraction';
import { domFrom } from '../helpers/page-fixture';

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
    await expect(frameExtractor(doc, 'https://extension.invalid/extractor.html', 0)(request(doc))).rejects.toThrow(/removed/);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(doc.querySelectorAll('iframe')).toHaveLength(0);
    observer.disconnect();
  });

  it('rejects and removes the frame when the request cannot be posted to it', async () => {
    const doc = domFrom('<body><p>x</p></body>');
    const pending = frameExtractor(doc, 'about:blank', 0)(request(doc)); // no wait for the load event
    await Promise.resolve();
    await Promise.resolve();
    expect(doc.querySelectorAll('iframe[data-quiet-reader-extractor]')).toHaveLength(1);
    await expect(pending).rejects.toThrow();
    expect(doc.querySelectorAll('iframe')).toHaveLength(0);
  });
});

describe('afterLoad (the frame must not hold back the page’s load event)', () => {
  const fakeDoc = (readyState: string) => {
    const win = new EventTarget();
    return { doc: { readyState, defaultView: win } as unknown as Document, win };
  };

  it('resolves at once for a loaded page, at the load event for a loading one, and at the latest after the wait', async () => {
    await afterLoad(fakeDoc('complete').doc, 60_000);
    const loading = fakeDoc('interactive');
    let done = false;
    const pending = afterLoad(loading.doc, 60_000).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    loading.win.dispatchEvent(new Event('load'));
    await pending;
    expect(done).toBe(true);
    const t0 = Date.now();
    await afterLoad(fakeDoc('interactive').doc, 50);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
  });
});
