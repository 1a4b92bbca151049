/** Issue 7, scenario 15: right-to-left pages keep their direction; bidi controls cannot spoof the popup. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PageCleaner } from '../helpers/cleaner-in-place';
import { renderAttribution } from '../../../src/popup/render-attribution';
import { extractAttribution } from '../../../src/reader/attribution/extract-attribution';

const PROSE = 'قال المجلس يوم الثلاثاء إنه وافق على الميزانية بعد نقاش طويل بين الأعضاء حول المقترح. ';
const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>الميزانية</title>
  <meta name="author" content="\u202Emoc.elpmaxe\u202C Evil">
  <meta property="og:site_name" content="\u202Eswen\u202C">
</head><body><nav>القائمة</nav><article><h1>المجلس يقر الميزانية</h1>${Array.from({ length: 6 }, () => `<p>${PROSE.repeat(4)}</p>`).join('')}</article></body></html>`;

describe('RTL pages and bidi controls', () => {
  it('cleaning keeps the page’s direction and language', async () => {
    const doc = new JSDOM(html, { url: 'https://news.example/2025/budget' }).window.document;
    const cleaner = new PageCleaner(doc);
    expect((await cleaner.clean('toolbar')).status).toBe('clean');
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
  });

  it('the attribution says rtl, and the popup shows page names without bidi controls, each isolated with dir=auto', async () => {
    const doc = new JSDOM(html, { url: 'https://news.example/2025/budget' }).window.document;
    const attribution = extractAttribution(doc, 'https://news.example/2025/budget');
    expect(attribution.direction).toBe('rtl');
    const view = renderAttribution(attribution);
    const text = view.textContent ?? '';
    expect(/[\u202A-\u202E\u2066-\u2069]/.test(text)).toBe(false);
    const names = Array.from(view.querySelectorAll('[itemprop="author"], [itemprop="publisher"]'));
    expect(names.length).toBeGreaterThan(0);
    for (const el of names) {
      const isolated = el.getAttribute('dir') === 'auto' || el.querySelector('[dir="auto"]') !== null;
      expect(isolated, el.outerHTML).toBe(true);
    }
  });
});
