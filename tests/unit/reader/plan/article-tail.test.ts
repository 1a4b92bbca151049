/**
 * What follows the article's last paragraph: furniture by tag or name, author bios and rails of
 * cards or links, hidden even when Readability kept them in the article's container; the article's
 * own closing lines and lists stay, and nothing before the last paragraph is judged here.
 */
import { describe, expect, it } from 'vitest';
import { articleTail } from '../../../../src/reader/plan/article-tail';
import { domFrom } from '../../helpers/page-fixture';

const PROSE = 'Die Gemeinde hat am Dienstag den neuen Haushalt beschlossen, nach einer langen Debatte über die seit dem Frühjahr gesperrte Brücke. ';
const body = (n: number) => Array.from({ length: n }, (_, i) => `<p id="p${i}">${PROSE.repeat(2)}</p>`).join('');

/** Everything in `#root` counts as kept by Readability, as when it keeps the article's whole container. */
function tail(html: string, extraIds: string[] = []) {
  const doc = domFrom(html, 'https://zeitung.example/2025/haushalt');
  const root = doc.getElementById('root') as Element;
  const kept = new Set<Element>([root, ...Array.from(root.querySelectorAll('*'))]);
  const extras = extraIds.map((id) => doc.getElementById(id) as Element);
  const hidden = articleTail(root, kept, extras);
  const isHidden = (id: string) => hidden.some((el) => el.contains(doc.getElementById(id)));
  return { doc, hidden, isHidden };
}

describe('what follows the article’s last paragraph', () => {
  it('hides kept blocks named as furniture, a form and a footer after the end; the paragraphs stay', () => {
    const { isHidden } = tail(
      `<body><div id="root">${body(4)}<div class="related-posts" id="rel"><h3>Mehr zum Thema</h3><p>Noch eine Geschichte, die Sie interessieren könnte, über Brücken.</p></div>` +
        `<form id="form"><label>E-Mail</label><input name="m"></form><footer id="foot">Veröffentlicht in Politik</footer></div></body>`,
    );
    for (const id of ['rel', 'form', 'foot']) expect(isHidden(id), id).toBe(true);
    for (let i = 0; i < 4; i++) expect(isHidden(`p${i}`)).toBe(false);
  });

  it('hides a named block after the end with the heading above it, and leaves a bare list of links (sources, "see also")', () => {
    const links = [1, 2, 3, 4].map((i) => `<li><a href="/s/${i}">Die Geschichte Nummer ${i}</a></li>`).join('');
    const { isHidden } = tail(
      `<body><div id="root">${body(3)}<h3 id="label">Mehr zum Thema</h3><div class="more-stories" id="more"><a href="/a">Die Brücke</a><a href="/b">Der Haushalt</a></div>` +
        `<p id="see"><strong>Siehe auch:</strong></p><ul id="links">${links}</ul></div></body>`,
    );
    expect(isHidden('more')).toBe(true);
    expect(isHidden('label')).toBe(true);
    expect(isHidden('links')).toBe(false);
    expect(isHidden('see')).toBe(false);
  });

  it('finds an author bio nested in a wrapper after the end, in any language', () => {
    const { isHidden } = tail(
      `<body><div id="root"><div class="entry">${body(3)}</div><div class="wrap"><div class="autor-box" id="bio"><img src="/a.jpg" alt=""><p>Anna Muster schreibt seit zwanzig Jahren über Kommunalpolitik und Verkehr.</p></div></div></div></body>`,
    );
    expect(isHidden('bio')).toBe(true);
  });

  it('leaves the article’s own closing lines, lists and tables after its last paragraph', () => {
    const { hidden } = tail(
      `<body><div id="root">${body(3)}<ul id="own"><li>Haushalt: 12 Millionen Euro</li><li>Brücke: 3 Millionen Euro</li><li>Schulen: 4 Millionen Euro</li></ul>` +
        `<table id="t"><tr><td>2024</td><td>11</td></tr></table><p id="close">Wir bleiben dran.</p></div></body>`,
    );
    expect(hidden).toEqual([]);
  });

  it('never judges what comes before the last paragraph, nor an extra after it', () => {
    const { isHidden } = tail(
      `<body><div id="root">${body(2)}<div class="share-bar" id="mid"><a href="/teilen">Teilen</a></div>${'<p>' + PROSE.repeat(2) + '</p>'}<div class="post-author" id="byline">Von Anna Muster</div></div></body>`,
      ['byline'],
    );
    expect(isHidden('mid')).toBe(false);
    expect(isHidden('byline')).toBe(false);
  });

  it('finds nothing without a body of at least three paragraphs', () => {
    const { hidden } = tail(`<body><div id="root">${body(2)}<div class="related" id="rel"><a href="/x">Mehr</a></div></div></body>`);
    expect(hidden).toEqual([]);
  });

  it('hides a short label ending in a colon above a hidden block, but not a short paragraph of the article there', () => {
    const related = (id: string) => `<div class="related-posts" id="${id}"><a href="/a">Die Brücke</a> <a href="/b">Der Haushalt</a></div>`;
    const labelled = tail(`<body><div id="root">${body(3)}<p id="label">Lesen Sie auch:</p>${related('rel')}</div></body>`);
    expect(labelled.isHidden('label')).toBe(true);
    const note = tail(`<body><div id="root">${body(3)}<p id="note"><a href="https://verein.example">Der Verein</a><br>zwei Minuten vom Bahnhof</p>${related('rel')}</div></body>`);
    expect(note.isHidden('rel')).toBe(true);
    expect(note.isHidden('note')).toBe(false);
  });
});
