/**
 * Author bio boxes and hover cards named so inside the root, which Readability kept with the
 * article: hidden wherever they sit, unless they hold or are inside the byline, sit in running
 * text, or are too long to be a bio box.
 */
import { describe, expect, it } from 'vitest';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { domFrom, isHidden } from '../../helpers/page-fixture';

const PROSE = 'El consejo municipal aprobó el martes el nuevo presupuesto tras un largo debate sobre el puente cerrado. ';
const BIO = 'Marta Ruiz escribe sobre política local desde hace diez años y vive en la ciudad con su familia.';

/** Plans with every element of `keptSelector` (and all inside it) kept by Readability. */
function plan(doc: Document, keptSelector: string, extraSelector?: string): void {
  const root = doc.getElementById('root') as Element;
  const kept = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(keptSelector))) {
    kept.add(el);
    for (const d of Array.from(el.querySelectorAll('*'))) kept.add(d);
  }
  const extras = extraSelector ? Array.from(doc.querySelectorAll(extraSelector)) : [];
  for (const el of planHiding({ root, kept, extras })) el.setAttribute('data-quiet-reader-hide', '');
}

function expectHiding(doc: Document, expected: Record<string, boolean>): void {
  for (const [selector, hidden] of Object.entries(expected)) expect(isHidden(doc.querySelector(selector)), selector).toBe(hidden);
}

describe('an author bio box inside the root', () => {
  it('is hidden when Readability kept it before the body, after it, or between its paragraphs', () => {
    const doc = domFrom(`<body><div id="root" class="kept">
      <div id="card" class="author-tooltip"><img src="a.jpg" alt=""><p>${BIO}</p></div>
      <p id="p1">${PROSE.repeat(3)}</p><p id="p2">${PROSE.repeat(3)}</p>
      <section id="about" class="about_author"><h3>Marta Ruiz</h3><p>${BIO}</p></section>
      <p id="p3">${PROSE.repeat(2)}</p>
      <div id="box" class="post-author-box"><p>${BIO}</p></div></div></body>`);
    plan(doc, '.kept');
    expectHiding(doc, { '#card': true, '#about': true, '#box': true, '#p1': false, '#p2': false, '#p3': false });
  });

  it('stays when it holds or is inside the byline, sits in a sentence, is too short, or is as long as the article', () => {
    const doc = domFrom(`<body><div id="root" class="kept">
      <div id="byline-box" class="author-info"><a id="byline" href="/autores/marta">Marta Ruiz</a> <span>${BIO}</span></div>
      <p id="p1">${PROSE.repeat(3)} El <span id="term" class="tooltip">presupuesto<span class="tooltip">${BIO}</span></span> sube un tres por ciento.</p>
      <div id="label" class="author-bio">Marta Ruiz</div>
      <div id="wrapper" class="author-about"><p>${PROSE.repeat(6)}</p><p>${BIO}</p></div></div></body>`);
    plan(doc, '.kept', '#byline');
    expectHiding(doc, { '#byline-box': false, '#term': false, '#label': false, '#wrapper': false, '#p1': false });
  });

  it('hides an author block that holds a paragraph of prose, and leaves a name line named author', () => {
    const doc = domFrom(`<body><div id="root" class="kept">
      <p id="p1">${PROSE.repeat(3)}</p><p id="p2">${PROSE.repeat(3)}</p>
      <div id="written" class="entry-author"><img src="a.jpg" alt=""><strong>Marta Ruiz</strong><p>${BIO} ${BIO}</p></div>
      <div id="line" class="post-author">Marta Ruiz, corresponsal en Sevilla desde hace diez años y medio</div>
      <p id="p3">${PROSE.repeat(2)}</p></div></body>`);
    plan(doc, '.kept');
    expectHiding(doc, { '#written': true, '#line': false, '#p1': false, '#p2': false, '#p3': false });
  });
});
