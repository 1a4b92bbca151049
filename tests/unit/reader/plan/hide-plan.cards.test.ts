/**
 * Repeated cards inside the article root that Readability dropped: product cards, data boxes.
 * Found by structure (one kind of block, three times or more, no sentence of prose, none of the
 * article's media), whatever the words in them.
 */
import { describe, expect, it } from 'vitest';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { domFrom, isHidden, paragraphs } from '../../helpers/page-fixture';

function plan(doc: Document): void {
  const root = doc.getElementById('root') as Element;
  const kept = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll('.kept'))) {
    kept.add(el);
    for (const d of Array.from(el.querySelectorAll('*'))) kept.add(d);
  }
  for (const el of planHiding({ root, kept, extras: [] })) el.setAttribute('data-quiet-reader-hide', '');
}

const product = (i: number) =>
  `<div class="card-wrapper product-card" id="card-${i}"><div class="card__media"><img src="p${i}.jpg" alt=""></div><a href="/products/${i}">Grow kit ${i}</a><span>4.9 / 5.0</span><span>(169) reviews</span><span>Regular price $49.99 USD</span></div>`;
const dataBox = (i: number) =>
  `<div class="flex data-points" id="data-${i}"><span>Market cap</span><span>$${i}4B</span><span>Day's range</span><span>$255.52 - $262.03</span><span>52-week range</span><span>$221.96 - $367.09</span><span>Volume</span><span>30${i}K</span></div>`;
const gallery = (i: number) => `<div class="gallery-item" id="photo-${i}"><img src="g${i}.jpg" alt=""><span>Photo ${i}</span></div>`;
/** A ranking written as one paragraph of short lines, in a block the page repeats (a coloured box). */
const ranking = (i: number) =>
  `<div class="box-group" id="rank-${i}"><p>${[1, 2, 3, 4].map((n) => `<a href="/go/${n}">${n}. App ${n}:</a> Each lesson is adapted to the learner, with audio. (<a href="/review/${n}">Review</a>)`).join('<br>')}</p></div>`;
const section = (i: number) => `<div class="note" id="note-${i}"><p>${'A note of the article that reads as prose, with a full sentence in it. '.repeat(2)}</p></div>`;

describe('repeated cards Readability dropped from the article', () => {
  it('hides product cards and data boxes that come three or more of a kind', () => {
    const doc = domFrom(`<div id="root"><div class="kept">${paragraphs(3)}</div>${[0, 1, 2, 3].map(product).join('')}
      <div class="kept">${paragraphs(2, 'More')}</div>${[0, 1, 2].map(dataBox).join('')}</div>`);
    plan(doc);
    for (let i = 0; i < 4; i++) expect(isHidden(doc.getElementById(`card-${i}`)), `card-${i}`).toBe(true);
    for (let i = 0; i < 3; i++) expect(isHidden(doc.getElementById(`data-${i}`)), `data-${i}`).toBe(true);
    expect(isHidden(doc.getElementById('para-0'))).toBe(false);
  });

  it('keeps two of a kind, a gallery of pictures that link nowhere, and blocks of prose', () => {
    const doc = domFrom(`<div id="root"><div class="kept">${paragraphs(3)}</div>${[0, 1].map(dataBox).join('')}
      ${[0, 1, 2].map(gallery).join('')}${[0, 1, 2].map(section).join('')}${[0, 1, 2].map(ranking).join('')}</div>`);
    plan(doc);
    for (const id of ['data-0', 'data-1', 'photo-0', 'photo-2', 'note-0', 'note-2', 'rank-0', 'rank-2']) expect(isHidden(doc.getElementById(id)), id).toBe(false);
  });
});
