import { describe, expect, it } from 'vitest';
import { PageCleaner } from '../../../src/content/page-cleaner';
import { loadFixture } from './page-fixture';

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
});
