/**
 * A comment section Readability dropped after the article: its form and the comments under it,
 * told by a field to write in and each comment's repeated control, in any language.
 */
import { describe, expect, it } from 'vitest';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { domFrom, isHidden } from '../../helpers/page-fixture';

const PROSE = 'Der Gemeinderat beschloss am Dienstag den neuen Haushalt, nach einer langen Debatte über die gesperrte Brücke. ';

function plan(doc: Document, keptSelector: string): void {
  const root = doc.getElementById('root') as Element;
  const kept = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(keptSelector))) {
    kept.add(el);
    for (const d of Array.from(el.querySelectorAll('*'))) kept.add(d);
  }
  for (const el of planHiding({ root, kept, extras: [] })) el.setAttribute('data-quiet-reader-hide', '');
}

function expectHiding(doc: Document, expected: Record<string, boolean>): void {
  for (const [selector, hidden] of Object.entries(expected)) expect(isHidden(doc.querySelector(selector)), selector).toBe(hidden);
}

describe('a comment section after the article', () => {
  const comments = Array.from({ length: 3 }, (_, i) => `<div class="c" id="c${i}"><p>${PROSE}</p><div role="button" tabindex="0"><span>Antworten</span></div></div>`).join('');

  it('is hidden whole when Readability dropped it after its last kept text: the form and the comments with their repeated control', () => {
    const doc = domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div>
      <div id="talk"><div id="title">Diskutieren Sie mit</div><div class="f"><textarea></textarea><p>${PROSE}</p></div>${comments}</div></div></body>`);
    plan(doc, '.kept');
    expectHiding(doc, { '#talk': true, '.kept': false });
  });

  it('stays before the article’s end, without a field to write in, and without a repeated control', () => {
    const doc = domFrom(`<body><div id="root">
      <div id="early"><div class="f"><textarea></textarea></div><p id="early-p">${PROSE}</p>${comments}</div>
      <div class="kept"><p>${PROSE.repeat(4)}</p></div>
      <div id="after"><p id="after-p">${PROSE}</p>${comments}</div>
      <div id="post-extras"><p id="note">${PROSE}</p><a href="/s?t">Twitter</a> <a href="/s?f">Facebook</a><form id="cf"><textarea></textarea><button>Senden</button><button>Senden</button></form></div></div></body>`);
    plan(doc, '.kept');
    expectHiding(doc, { '#early-p': false, '#after-p': false, '.kept': false, '#note': false, '#cf': true });
  });
});
