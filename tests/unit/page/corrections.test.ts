/** The site's rules applied by the cleaner (jsdom, the in-place reader): hide, show, article root; restore exact. */
import { describe, expect, it } from 'vitest';
import { holdsKept } from '../../../src/page/corrections';
import { domFrom, isHidden, loadFixture } from '../helpers/page-fixture';
import { PageCleaner } from '../helpers/cleaner-in-place';

const URL_ONE = 'http://news.example/site/story-one.html';
const options = { keepComments: false, keepImages: true };

describe('holdsKept', () => {
  it('refuses a block holding the kept nodes, or most of the article text inside the root', () => {
    const doc = domFrom(`<body><main><article><div id="body-text"><p>${'Long article text. '.repeat(20)}</p></div><div id="ask"><p>Support us.</p></div></article></main></body>`);
    const root = doc.querySelector('article') as Element;
    expect(holdsKept(doc.querySelector('main') as Element, [root])).toBe(true);
    expect(holdsKept(root, [root])).toBe(true);
    expect(holdsKept(doc.getElementById('body-text') as Element, [root])).toBe(true);
    expect(holdsKept(doc.getElementById('ask') as Element, [root])).toBe(false);
  });
});

describe('rules applied by the cleaner', () => {
  it('hides what a hide rule names, even inside the article, and restores exactly', async () => {
    const doc = loadFixture('site/story-one.html', URL_ONE);
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc);
    const state = await cleaner.clean('toolbar', options, undefined, { hide: ['div.support-box'], show: [] });
    expect(state.status).toBe('clean');
    expect(isHidden(doc.querySelector('.support-box'))).toBe(true);
    expect(isHidden(doc.getElementById('p0'))).toBe(false);
    expect(state.ruleMatches).toEqual([{ selector: 'div.support-box', preview: expect.stringMatching(/^Local reporting like this story/) }]);
    cleaner.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('never hides what holds the article, and skips a selector that picks several elements or none', async () => {
    const doc = loadFixture('site/story-one.html', URL_ONE);
    const cleaner = new PageCleaner(doc);
    // `main` and `article` hold the article; `p` picks several elements; the others none or bad CSS.
    const state = await cleaner.clean('toolbar', options, undefined, { hide: ['main', 'p', 'div.nothing-here', 'div[', 'article.story-body'], show: [] });
    expect(state.status).toBe('clean');
    expect(isHidden(doc.getElementById('p0'))).toBe(false);
    expect(isHidden(doc.querySelector('main'))).toBe(false);
    expect(state.ruleMatches).toBeUndefined();
  });

  it('shows what a show rule names, and sets the root from an article rule', async () => {
    const doc = loadFixture('site/sidebar-pick.html', 'http://news.example/site/sidebar-pick.html');
    const before = doc.documentElement.outerHTML;
    const auto = new PageCleaner(doc);
    await auto.clean('toolbar', options);
    // Without rules the pick is the letters column; the notice is hidden.
    expect(isHidden(doc.getElementById('notice'))).toBe(true);
    expect(isHidden(doc.getElementById('letters'))).toBe(false);
    auto.restore();
    expect(doc.documentElement.outerHTML).toBe(before);

    const corrected = new PageCleaner(doc);
    await corrected.clean('toolbar', options, undefined, { hide: [], show: ['footer.site-footer'], article: '#notice' });
    expect(isHidden(doc.getElementById('notice'))).toBe(false);
    expect(isHidden(doc.getElementById('letters'))).toBe(true);
    expect(isHidden(doc.querySelector('.site-header'))).toBe(true);
    expect(isHidden(doc.querySelector('.site-footer'))).toBe(false);
    corrected.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
