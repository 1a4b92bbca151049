import { describe, expect, it } from 'vitest';
import { PageCleaner } from '../helpers/cleaner-in-place';
import { domFrom, isHidden, loadFixture, paragraphs } from '../helpers/page-fixture';

const site = 'https://news.example';

describe('a click on a page that is not an article', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['auto/home.html', `${site}/`, /home page/],
    ['auto/section.html', `${site}/world/`, /section|list of articles/],
    ['auto/search.html', `${site}/search?q=belarus`, /search page/],
    ['auto/login.html', `${site}/login`, /sign-in/],
  ];
  for (const [file, url, reason] of cases) {
    it(`${file}: changes nothing and says why`, async () => {
      const doc = loadFixture(file, url);
      const before = doc.documentElement.outerHTML;
      const state = await new PageCleaner(doc).clean('toolbar');
      expect(state.status).toBe('no-article');
      expect(state.message).toMatch(reason);
      expect(state.message).toMatch(/not an article/);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('an article the detector only half believes is still cleaned when the reader asks', async () => {
    const doc = loadFixture('auto/weak-article.html', `${site}/notes/starlings.html`);
    expect((await new PageCleaner(doc).clean('toolbar')).status).toBe('clean');
  });

  it('the seed-like article at its real address is cleaned', async () => {
    const doc = loadFixture('news-article.html', `${site}/world/2025/10/20/belarus-seeks-to-ease-isolation-with-europe`);
    expect((await new PageCleaner(doc).clean('toolbar')).status).toBe('clean');
  });

  it('an article beside a big rail of teaser cards is cleaned: the reading is one story, not a list', async () => {
    const cards = Array.from({ length: 30 }, (_, i) => `<div class="item"><h3><a href="/news/item-${i}">Other story number ${i} about the weather</a></h3><span>12.01.2021</span></div>`).join('');
    const doc = domFrom(
      `<html><head><title>Temperatures fall across the region</title></head><body>
      <div id="menu"><a href="/">Home</a> <a href="/news">News</a></div>
      <div id="story"><h1>Temperatures fall across the region</h1>${paragraphs(2)}</div>
      <div id="rail"><h2>Most viewed</h2>${cards}</div></body></html>`,
      'https://radio.example/service/news_view.htm?no=123',
    );
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(isHidden(doc.getElementById('para-0'))).toBe(false);
    expect(isHidden(doc.getElementById('rail'))).toBe(true);
  });

  it('a section front whose reading is the list of its cards is still refused', async () => {
    const doc = loadFixture('auto/section.html', `${site}/world/`);
    const before = doc.documentElement.outerHTML;
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('no-article');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the detector’s verdict, reused by a click on the address it scored', () => {
  it('takes the detector’s last verdict for the same address instead of scoring the page again, and only for that address', async () => {
    const { rememberDetection, rememberedDetection } = await import('../../../src/page/detect/last-detection');
    const { clickVerdict } = await import('../../../src/page/non-article');
    const url = `${site}/2025/10/20/belarus-seeks-to-ease-isolation`;
    const article = loadFixture('news-article.html', url);
    // Scored afresh, the article is cleaned on a click.
    expect(clickVerdict(article, url).now).toBeUndefined();
    // A verdict the detector left for this very address decides instead (here: a sign-in page).
    rememberDetection(url, { article: false, score: -20, signals: { 'task-page': -20 } });
    expect(rememberedDetection(`${url}?page=2`)).toBeUndefined();
    expect(clickVerdict(article, url, rememberedDetection(url)).now).toMatch(/sign-in/);
    expect((await new PageCleaner(article).clean('toolbar')).status).toBe('no-article');
    // A verdict for another address is not used.
    rememberDetection(`${site}/other`, { article: false, score: -20, signals: { 'task-page': -20 } });
    expect((await new PageCleaner(loadFixture('news-article.html', url)).clean('toolbar')).status).toBe('clean');
  });
});
