import { describe, expect, it } from 'vitest';
import { bylinesInRoot } from '../../../../src/reader/plan/article-extras';
import { PageCleaner } from '../../helpers/cleaner-in-place';
import { domFrom, isHidden, loadFixture, paragraphs } from '../../helpers/page-fixture';

describe('a byline inside the article body, which Readability takes out as metadata', () => {
  it('stays on an Arabic (right-to-left) page, by its markup; the share bar, rail, menu and sidebar go', async () => {
    const doc = loadFixture('arabic-article.html', 'https://akhbar.example/economy/2025/11/04/budget');
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('clean');
    for (const id of ['byline', 'p1', 'p6']) expect(isHidden(doc.getElementById(id)), id).toBe(false);
    expect(isHidden(doc.querySelector('h1.headline'))).toBe(false);
    for (const id of ['share', 'related', 'menu', 'sidebar', 'site-footer']) expect(isHidden(doc.getElementById(id)), id).toBe(true);
  });

  it('stays in any language when it comes before the text; an author line after the text is not a byline', async () => {
    const doc = domFrom(`<main><h1>Government plans to cut spending</h1><div class="content">
      <p class="byline" id="meta">Jana Novák</p>
      ${paragraphs(6)}<p class="author-line" id="after">Jana Novák</p></div></main>`);
    await new PageCleaner(doc).clean('toolbar');
    expect(isHidden(doc.getElementById('meta'))).toBe(false);
    const root = doc.querySelector('.content')!;
    const kept = new Set(Array.from(root.querySelectorAll('p[id^="para-"]')));
    const found = bylinesInRoot(root, kept);
    expect(found.length).toBe(1);
    expect(doc.getElementById('meta')!.contains(found[0]!)).toBe(true);
  });

  it('is not a bio box or a navigation, and needs the text to come after it', () => {
    const doc =
      domFrom(`<div id="r"><nav><a class="author" href="/a">Authors</a></nav><div class="author-box"><p>${'Jana writes about the economy and has covered budgets for twenty years at several papers. '.repeat(2)}</p></div>
      <p class="byline" id="by">Jana Novák</p>${paragraphs(2)}</div>`);
    const root = doc.getElementById('r')!;
    expect(bylinesInRoot(root, new Set(Array.from(root.querySelectorAll('p[id^="para-"]')))).map((e) => e.id)).toEqual(['by']);
    expect(bylinesInRoot(root, new Set())).toEqual([]);
  });
});

describe('toolbars inside a kept byline block', () => {
  it('go (share, print, follow), the name and the date stay, above the body and inside it', async () => {
    const meta = (id: string) => `<div class="article-meta" id="${id}"><span class="author-name"><a rel="author" href="/jana">Jana Novák</a></span> <time datetime="2025-11-04">4. 11. 2025</time>
      <div class="share-tools" id="${id}-share"><a href="https://facebook.example/s">f</a> <a href="https://x.example/s">x</a></div><button id="${id}-print" type="button">⎙</button></div>`;
    const doc = domFrom(`<main><h1>Government plans to cut spending</h1>${meta('above')}<div class="content">${meta('inside')}${paragraphs(6)}</div></main>`);
    expect((await new PageCleaner(doc).clean('toolbar')).status).toBe('clean');
    for (const id of ['above', 'inside']) {
      expect(isHidden(doc.querySelector(`#${id} a[rel="author"]`)), id).toBe(false);
      expect(isHidden(doc.querySelector(`#${id} time`)), id).toBe(false);
      expect(isHidden(doc.getElementById(`${id}-share`)), `${id}-share`).toBe(true);
      expect(isHidden(doc.getElementById(`${id}-print`)), `${id}-print`).toBe(true);
    }
  });
});
