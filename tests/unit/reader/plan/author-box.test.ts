/**
 * An author box after the article: a block Readability dropped, after the article's last kept
 * paragraph, that links the page the byline links (the author's page, the reviewer's) and holds
 * a paragraph about them. Found by that link and its place, in any language: hidden, while the
 * byline itself, the article and what does not link the byline's address stay.
 */
import { describe, expect, it } from 'vitest';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { domFrom, isHidden } from '../../helpers/page-fixture';

const PROSE = 'Der Ausschuss wird seine Ergebnisse im Frühjahr veröffentlichen, nachdem er Menschen aus jedem Bezirk angehört hat. ';
const body = (n: number) => Array.from({ length: n }, (_, i) => `<p id="p${i}">${PROSE.repeat(3)}</p>`).join('');

function run(html: string): { doc: Document; hide: Set<Element> } {
  const doc = domFrom(html, 'https://zeitung.example/2025/stadtrat');
  const root = doc.querySelector('article') as Element;
  const text = doc.getElementById('text') as Element;
  const kept = new Set<Element>([root, text, ...Array.from(text.querySelectorAll('*'))]);
  const extras = Array.from(doc.querySelectorAll('h1, .byline'));
  const hide = new Set(planHiding({ root, kept, extras }));
  for (const el of hide) el.setAttribute('data-quiet-reader-hide', '');
  return { doc, hide };
}

const page = (after: string, header = '') =>
  `<body><article><h1>Der Stadtrat tagt</h1><div class="byline">Von <a href="/autoren/jana-muster">Jana Muster</a></div>${header}<div id="text">${body(5)}</div>${after}</article></body>`;

describe('an author box after the article', () => {
  it('is hidden when it links the byline’s author page (a name, a paragraph about her, “all posts”)', () => {
    const { doc } = run(
      page(
        `<div id="box"><h3>Über die Autorin</h3><p>Jana Muster schreibt seit zwanzig Jahren über Schulen, Wohnungen und den Haushalt der Stadt.</p><a href="/autoren/jana-muster">Alle Beiträge</a></div><p id="last-note">Dieser Artikel erschien zuerst in der Druckausgabe vom Montag, mit einer Grafik zum Haushalt.</p>`,
      ),
    );
    expect(isHidden(doc.getElementById('box'))).toBe(true);
    expect(isHidden(doc.querySelector('.byline'))).toBe(false);
    for (let i = 0; i < 5; i++) expect(isHidden(doc.getElementById(`p${i}`))).toBe(false);
    expect(isHidden(doc.getElementById('last-note'))).toBe(false);
  });

  it('is hidden when it links a page the header links inside the root (the reviewer’s)', () => {
    const { doc } = run(
      page(
        `<div id="reviewer"><h3>Geprüft von</h3><p>Dr. Max Beispiel ist Ärztin und lehrt an der Universität, wo sie seit 1995 forscht.</p><a href="/autoren/max-beispiel">Alle Beiträge</a></div>`,
        `<div class="meta">Geprüft von <a href="/autoren/max-beispiel">Dr. Max Beispiel</a></div>`,
      ),
    );
    expect(isHidden(doc.getElementById('reviewer'))).toBe(true);
  });

  it('stays when it does not link the byline’s address, or comes before the article’s text, or is long', () => {
    const { doc } = run(
      page(
        `<div id="other"><h3>Mehr</h3><p>Ein Absatz über etwas anderes, der auf eine andere Seite verweist, mit genug Text.</p><a href="/themen/haushalt">Haushalt</a></div>` +
          `<div id="long"><p>${PROSE.repeat(20)}</p><a href="/autoren/jana-muster">Jana Muster</a></div>`,
        `<div id="before"><p>Jana Muster schreibt seit zwanzig Jahren über Schulen, Wohnungen und den Haushalt.</p><a href="/autoren/jana-muster">Profil</a></div>`,
      ),
    );
    expect(isHidden(doc.getElementById('other'))).toBe(false);
    expect(isHidden(doc.getElementById('long'))).toBe(false);
    expect(isHidden(doc.getElementById('before'))).toBe(false);
  });

  it('with no link in the byline, nothing is taken for an author box', () => {
    const doc = domFrom(
      `<body><article><h1>Der Stadtrat tagt</h1><div class="byline">Von Jana Muster</div><div id="text">${body(5)}</div><div id="box"><p>Jana Muster schreibt seit zwanzig Jahren über Schulen und Wohnungen.</p><a href="/autoren/jana-muster">Alle Beiträge</a></div></article></body>`,
      'https://zeitung.example/2025/stadtrat',
    );
    const root = doc.querySelector('article') as Element;
    const text = doc.getElementById('text') as Element;
    const hide = planHiding({ root, kept: new Set([root, text, ...Array.from(text.querySelectorAll('*'))]), extras: Array.from(doc.querySelectorAll('h1, .byline')) });
    expect(hide.includes(doc.getElementById('box') as Element)).toBe(false);
  });
});
