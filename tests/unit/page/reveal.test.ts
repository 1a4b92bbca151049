import { describe, expect, it } from 'vitest';
import { findInvisibleContainers } from '../../../src/page/reveal';
import { domFrom, paragraphs } from '../helpers/page-fixture';

/** jsdom has no `checkVisibility`: displayed unless `display: none` on the element or an ancestor. */
function withCheckVisibility(doc: Document): Document {
  const win = doc.defaultView as Window & typeof globalThis;
  win.Element.prototype.checkVisibility = function (this: Element) {
    for (let e: Element | null = this; e; e = e.parentElement) if (win.getComputedStyle(e).display === 'none') return false;
    return true;
  };
  return doc;
}

const body = (v: string) => paragraphs(5).replace(/id="para-/g, `id="${v}-`);

describe('text the page keeps undisplayed inside the article', () => {
  it('is revealed when the page shows it nowhere else (a body collapsed until a script opens it)', () => {
    const doc = withCheckVisibility(domFrom(`<style>.more { display: none }</style><main id="r">${body('a')}<div class="more" id="more">${paragraphs(2, 'Later')}</div></main>`));
    const root = doc.getElementById('r')!;
    const found = findInvisibleContainers([root], root, new Set([root, ...Array.from(root.querySelectorAll('p'))]));
    expect(found.map((c) => [c.element.id, c.reveal])).toEqual([['more', 'display']]);
  });

  it('is left undisplayed when the page shows the same text already (a variant for another screen size)', () => {
    const doc = withCheckVisibility(domFrom(`<style>.mobile { display: none }</style><main id="r"><div id="desktop">${body('d')}</div><div class="mobile" id="mobile">${body('m')}</div></main>`));
    const root = doc.getElementById('r')!;
    const found = findInvisibleContainers([root], root, new Set([root, ...Array.from(root.querySelectorAll('p'))]));
    expect(found).toEqual([]);
  });

  it('is revealed when it holds more copies of a text than the page shows (a collapsed body of like paragraphs)', () => {
    const para = (id: string) => `<p id="${id}">${'The council met on Tuesday to discuss the budget and voted late in the evening. '.repeat(3)}</p>`;
    const doc = withCheckVisibility(domFrom(`<style>.rest { display: none }</style><main id="r">${para('p0')}<div class="rest" id="rest">${para('p1')}${para('p2')}</div></main>`));
    const root = doc.getElementById('r')!;
    const found = findInvisibleContainers([root], root, new Set([root, ...Array.from(root.querySelectorAll('p'))]));
    expect(found.map((c) => [c.element.id, c.reveal])).toEqual([['rest', 'display']]);
  });
});
