/**
 * Readability's pick in a block beside the article (a sidebar, an author box in the post's
 * footer, a table of names under the text): the page is read again without that block.
 * (Which block Readability picks depends on its scores; the reading test uses a page where it
 * picks the rail, and the naming tests cover the other kinds.)
 */
import { describe, expect, it } from 'vitest';
import { misplacedPick } from '../../../../src/reader/read/misplaced-pick';
import { readArticle } from '../../../../src/reader/read/read-article';
import { readingText } from './reading-text';
import { PageCleaner } from '../../helpers/cleaner-in-place';
import { domFrom, isHidden } from '../../helpers/page-fixture';

const LONG = 'She has written about schools, housing and the city budget for twenty years, and teaches reporting at the university. ';
const STORY = 'The council agreed on Tuesday to rebuild the harbour wall before the winter storms, after a long debate. ';

function readBoth(doc: Document) {
  return {
    bare: readArticle(doc.cloneNode(true) as Document, 60_000),
    second: readArticle(doc.cloneNode(true) as Document, 60_000, doc),
  };
}

describe('a second reading when Readability picks a block beside the article', () => {
  it('a rail of long teasers beside a short story is set aside: the story is read', () => {
    const doc = domFrom(`<html><head><title>Harbour wall to be rebuilt</title></head><body>
      <div class="wrap"><main><h1>Harbour wall to be rebuilt</h1><div class="story"><p>${STORY.repeat(3)}</p></div></main>
      <aside class="rail"><div class="teasers"><p>${LONG.repeat(3)}</p><p>${LONG.repeat(3)}, and more.</p><p>${LONG.repeat(3)}, with students.</p><p>${LONG.repeat(3)}</p></div></aside></div></body></html>`);
    const { bare, second } = readBoth(doc);
    // Without the second reading, Readability reads the rail.
    expect(readingText(doc, bare)).toContain('teaches reporting');
    expect(readingText(doc, bare)).not.toContain('harbour wall before');
    expect(readingText(doc, second)).toContain('harbour wall before');
    expect(readingText(doc, second)).not.toContain('teaches reporting');
  });

  it('in the cleaner: the reviews Readability took for the article are hidden, the product text shown', async () => {
    const doc = domFrom(`<html><head><title>Harbour blend coffee</title></head><body>
      <div class="wrap"><main><h1>Harbour blend coffee</h1><div class="description"><p id="story">${STORY.repeat(3)}</p></div></main>
      <div id="reviews" class="product-reviews"><div class="review-list"><p>${LONG.repeat(3)}</p><p>${LONG.repeat(3)}, and more.</p><p>${LONG.repeat(3)}, with students.</p><p>${LONG.repeat(3)}</p></div></div></div></body></html>`);
    expect(readingText(doc, readArticle(doc.cloneNode(true) as Document, 60_000))).not.toContain('harbour wall before');
    expect((await new PageCleaner(doc).clean('toolbar')).status).toBe('clean');
    expect(isHidden(doc.getElementById('story'))).toBe(false);
    expect(isHidden(doc.querySelector('h1'))).toBe(false);
    expect(isHidden(doc.getElementById('reviews'))).toBe(true);
  });

  it('keeps the first reading when the block holds the headline, or when nothing else is an article', () => {
    const withHeadline = domFrom(
      `<html><body><div class="content-with-sidebar"><h1>Harbour wall to be rebuilt</h1><p>${STORY.repeat(3)}</p><p>${STORY.repeat(3)}</p></div><nav><a href="/">Home</a></nav></body></html>`,
    );
    const a = readBoth(withHeadline);
    expect(a.second).toEqual(a.bare);
    const onlySidebar = domFrom(`<html><body><h1>Harbour wall</h1><p>Short.</p><aside><p>${LONG.repeat(3)}</p><p>${LONG.repeat(3)}</p></aside></body></html>`);
    const b = readBoth(onlySidebar);
    expect(b.second).toEqual(b.bare);
    expect(readingText(onlySidebar, b.second)).toContain('teaches reporting');
  });
});

describe('misplacedPick', () => {
  const page = domFrom(`<html><body>
    <div id="page" class="layout has-sidebar"><h1>Open letter</h1>
      <div id="letter"><p>${STORY}</p><table id="names"><tbody id="rows"><tr id="row"><td>A. Author, a university</td></tr></tbody></table></div>
      <div id="side" class="sidebar"><div id="inner"><p>${LONG}</p></div></div>
      <footer id="foot"><div id="about"><p>${LONG}</p></div></footer>
      <div class="comments-area" id="comments"><ol><li id="comment"><p>${LONG}</p></li></ol></div>
    </div></body></html>`);
  const el = (id: string) => page.getElementById(id) as Element;

  it('names the outermost block beside the article that holds no headline', () => {
    expect(misplacedPick(el('inner'))).toEqual({ block: el('side'), table: false });
    expect(misplacedPick(el('about'))).toEqual({ block: el('foot'), table: false });
    expect(misplacedPick(el('comment'))).toEqual({ block: el('comments'), table: false });
  });

  it('names a consent notice and a comment form (picks Readability makes above a short post)', () => {
    const doc = domFrom(`<html><body><header><h1>Notes</h1></header><div id="content"><div class="post"><p>${STORY}</p></div>
      <div id="respond" class="comment-respond"><form><p id="form-text">${LONG}</p></form></div></div>
      <div id="notice" class="widget widget_eu_cookie_law_widget"><p id="notice-text">${LONG}</p></div></body></html>`);
    expect(misplacedPick(doc.getElementById('notice-text') as Element)?.block).toBe(doc.getElementById('notice'));
    expect(misplacedPick(doc.getElementById('form-text') as Element)?.block).toBe(doc.getElementById('respond'));
  });

  it('names the table whose rows were picked, but not a table cell of a layout table', () => {
    expect(misplacedPick(el('rows'))).toEqual({ block: el('names'), table: true });
    expect(misplacedPick(el('row'))).toEqual({ block: el('names'), table: true });
    expect(misplacedPick(page.querySelector('td') as Element)).toBeUndefined();
  });

  it('names nothing for the article, nor above the headline, nor a paywall container around the article', () => {
    expect(misplacedPick(el('letter'))).toBeUndefined();
    const walled = domFrom(`<html><body><h1>Title</h1><div class="entry"><div class="steady-paywall-container subscriber-only"><div id="text"><p>${STORY}</p></div></div></div></body></html>`);
    expect(misplacedPick(walled.getElementById('text') as Element)).toBeUndefined();
    expect(misplacedPick(el('page'))).toBeUndefined();
  });

  it('with no headline on the page, goes by tags only', () => {
    const doc = domFrom(`<html><body><div class="sidebar" id="s"><p>${LONG}</p></div><aside id="a"><p>${LONG}</p></aside></body></html>`);
    expect(misplacedPick(doc.getElementById('s') as Element)).toBeUndefined();
    expect(misplacedPick(doc.querySelector('#a p') as Element)?.block).toBe(doc.getElementById('a'));
  });
});
