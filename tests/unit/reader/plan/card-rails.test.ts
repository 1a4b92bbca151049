/**
 * Rails of cards after the article (related stories, shop products): several like items, each
 * short and linking elsewhere with a picture or mostly link text, after the block that holds the
 * article's paragraphs. Hidden whether Readability kept them or not, in any language; lists inside
 * the body and lists of long items stay.
 */
import { describe, expect, it } from 'vitest';
import { cardRails, isCardList } from '../../../../src/reader/plan/card-rails';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { domFrom, isHidden } from '../../helpers/page-fixture';

const PROSE = 'Il consiglio comunale ha approvato martedì il nuovo bilancio, dopo una lunga discussione sul ponte chiuso dalla primavera. ';
const body = (n: number) => Array.from({ length: n }, (_, i) => `<p id="p${i}">${PROSE.repeat(2)}</p>`).join('');
const card = (i: number) =>
  `<li class="card"><a href="/prodotti/${i}"><img src="/i/${i}.jpg" alt=""></a><h3><a href="/prodotti/${i}">Kit numero ${i}</a></h3><span>4,9 / 5</span><span>€ 49,99</span></li>`;
const linkCard = (i: number) => `<li><a href="/storie/${i}">Un’altra storia del consiglio comunale, numero ${i}</a> <time>12.03.2025</time></li>`;

/** Runs the plan with `#body` and `#rail` (if any) kept, as Readability keeps a rail beside the body in the same section. */
function run(html: string) {
  const doc = domFrom(html, 'https://giornale.example/2025/bilancio');
  const root = doc.getElementById('root') as Element;
  const kept = new Set<Element>([root]);
  for (const id of ['body', 'rail']) {
    const el = doc.getElementById(id);
    if (el) for (const e of [el, ...Array.from(el.querySelectorAll('*'))]) kept.add(e);
  }
  for (let e = doc.getElementById('body')?.parentElement; e && e !== root; e = e.parentElement) kept.add(e);
  const hide = planHiding({ root, kept, extras: Array.from(doc.querySelectorAll('h1')) });
  for (const el of hide) el.setAttribute('data-quiet-reader-hide', '');
  return { doc, root, kept };
}

describe('rails of cards after the article', () => {
  it('a rail of product cards after the body, kept by Readability, is hidden with its heading; the article stays', () => {
    const { doc } = run(
      `<body><main id="root"><section><article><h1>Il bilancio</h1><div id="body">${body(5)}</div></article></section>` +
        `<section id="rail-section"><div class="title"><h2>Per le tue piante</h2></div><ul id="rail">${[1, 2, 3, 4].map(card).join('')}</ul></section></main></body>`,
    );
    expect(isHidden(doc.getElementById('rail'))).toBe(true);
    expect(isHidden(doc.getElementById('rail-section'))).toBe(true);
    for (let i = 0; i < 5; i++) expect(isHidden(doc.getElementById(`p${i}`))).toBe(false);
    expect(isHidden(doc.querySelector('h1'))).toBe(false);
  });

  it('a list of linked stories with dates after the body is a rail too', () => {
    const { doc } = run(`<body><div id="root"><div id="body">${body(4)}</div><div id="more"><ul id="rail">${[1, 2, 3, 4, 5].map(linkCard).join('')}</ul></div></div></body>`);
    expect(isHidden(doc.getElementById('rail'))).toBe(true);
  });

  it('a rail whose cards hold teaser paragraphs Readability kept is still found after the body', () => {
    const teaser = (i: number) =>
      `<li class="card"><a href="/storie/${i}"><img src="/i/${i}.jpg" alt=""></a><h3><a href="/storie/${i}">Storia ${i}</a></h3><p>Una breve presentazione della storia numero ${i}, con quello che serve sapere prima di leggerla, e dove trovarla in edicola.</p></li>`;
    const { doc } = run(`<body><div id="root"><div id="body">${body(6)}</div><section><h2>Guide</h2><ul id="rail">${[1, 2, 3, 4].map(teaser).join('')}</ul></section></div></body>`);
    expect(isHidden(doc.getElementById('rail'))).toBe(true);
    for (let i = 0; i < 6; i++) expect(isHidden(doc.getElementById(`p${i}`))).toBe(false);
  });

  it('a list inside the body’s block stays, even after its last paragraph (a listicle’s items, its sources)', () => {
    const { doc } = run(`<body><div id="root"><div id="body">${body(4)}<ul id="inside">${[1, 2, 3, 4].map(card).join('')}</ul></div></div></body>`);
    expect(isHidden(doc.getElementById('inside'))).toBe(false);
  });

  it('lists of long items, of two items, or of unlike items after the body stay', () => {
    const long = (i: number) => `<li><a href="/s/${i}">Leggi</a> ${PROSE.repeat(5)}</li>`;
    const { doc, root, kept } = run(
      `<body><div id="root"><div id="body">${body(4)}</div><ul id="long">${[1, 2, 3].map(long).join('')}</ul><ul id="two">${[1, 2].map(card).join('')}</ul>` +
        `<div id="mixed"><p>${PROSE}</p><div class="a"><a href="/x">x</a></div><section><a href="/y">y</a></section><span><a href="/z">z</a></span></div></div></body>`,
    );
    // (Short link blocks Readability dropped may still be hidden as such: not as rails.)
    const rails = cardRails(root, kept);
    for (const id of ['long', 'two', 'mixed'])
      expect(
        rails.some((r) => r.contains(doc.getElementById(id))),
        id,
      ).toBe(false);
    expect(isHidden(doc.getElementById('long'))).toBe(false);
  });

  it('finds nothing when the article has fewer than three paragraphs (no body to stand after)', () => {
    const doc = domFrom(`<body><div id="root"><div id="body">${body(2)}</div><ul id="rail">${[1, 2, 3, 4].map(card).join('')}</ul></div></body>`);
    const root = doc.getElementById('root') as Element;
    const b = doc.getElementById('body') as Element;
    expect(cardRails(root, new Set([b, ...Array.from(b.children)]))).toEqual([]);
    expect(isCardList(doc.getElementById('rail') as Element)).toBe(true);
  });
});
