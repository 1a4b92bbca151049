/**
 * Issue 20, session 17: classes of author misses on trafilatura-dev, each on fixtures written for
 * this project (hostile values included).
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BODY, extract, names, NOW } from '../../helpers/attribution-fixture';
import { fullNameIn } from '../../../../src/reader/attribution/full-name';
import { extractAttribution } from '../../../../src/reader/attribution/extract-attribution';
import { holderOf } from '../../../../src/reader/attribution/copyright-holder';

const ld = (author: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens after the storm', author })}</script>`;
const page = (head: string, body: string) => `<html><head>${head}</head><body><article><h1>Harbour reopens after the storm</h1>${body}${BODY}</article></body></html>`;

describe('a login name the page writes out as a whole name', () => {
  it('finds the first and last parts around an initial, written with capitals', () => {
    expect(fullNameIn('Chefredakteur Christian P. Stadtfeld bewertet den Ausgang', 'christian.stadtfeld')).toBe('Christian P. Stadtfeld');
    expect(fullNameIn('Text: Jane Doe, 12 May', 'jane_doe')).toBe('Jane Doe');
    expect(fullNameIn('Max Muster und Erika Muster', 'max-muster')).toBe('Max Muster');
  });

  it('expands nothing that is one word, not written with capitals, written twice otherwise, or no login name', () => {
    // A lone first name: the capitalised word after it is as often a noun or a month as a surname.
    expect(fullNameIn('Stefanus Stahl – Maschinenbauer', 'Stefanus')).toBeUndefined();
    expect(fullNameIn('mail jane.doe or jane doe', 'jane.doe')).toBeUndefined();
    expect(fullNameIn('Jane A. Doe and Jane B. Doe', 'jane.doe')).toBeUndefined();
    expect(fullNameIn('Jane Doe', 'jane.doe.x.y')).toBeUndefined();
    expect(fullNameIn('J Doe', 'j.doe')).toBeUndefined();
    expect(fullNameIn('Jane Doe', '<img src=x onerror=alert(1)>')).toBeUndefined();
    expect(fullNameIn('Jane (Doe', 'jane.(doe')).toBeUndefined();
  });

  it('shows the whole name for a login name from structured data, keeping its profile link', () => {
    const a = extract(page(ld({ '@type': 'Person', name: 'christian.stadtfeld', url: 'https://news.example/team/cs' }), '<p class="img-text">Chefredakteur Christian P. Stadtfeld im Gespräch.</p>'));
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'Christian P. Stadtfeld', kind: 'person', url: 'https://news.example/team/cs' }]);
  });

  it('keeps the login name when the page never writes it out, and never reads scripts', () => {
    expect(names(extract(page(ld({ '@type': 'Person', name: 'christian.stadtfeld' }), '<p>Ein Bericht aus der Stadt.</p>')))).toEqual(['christian.stadtfeld']);
    const scripted = page(ld({ '@type': 'Person', name: 'jane.doe' }), '<script>var x = "Jane Doe";</script><template><p>Jane Doe</p></template>');
    expect(names(extract(scripted))).toEqual(['jane.doe']);
  });
});

describe('every author of a byline that sets names off by a slash', () => {
  it('splits at a slash between spaces, never inside a name', () => {
    const a = extract(page('', '<div class="byline">Por Eduardo Barreneche / Juan Ignacio da Silva</div>'));
    expect(names(a)).toEqual(['Eduardo Barreneche', 'Juan Ignacio da Silva']);
    const agency = extract(page('', '<div class="byline">Von Jane Doe (APA/AP)</div>'));
    expect(names(agency)).toEqual(['Jane Doe (APA/AP)']);
  });

  it('takes the visible byline’s authors when structured data names one of them by initial and family name', () => {
    const a = extract(page(ld({ '@type': 'Person', name: 'Eduardo Barreneche' }), '<div class="byline">Por E. Barreneche / J. I. da Silva</div>'));
    expect(names(a)).toEqual(['E. Barreneche', 'J. I. da Silva']);
    // Another family name, or another initial, is another person: the structured name stays.
    const other = extract(page(ld({ '@type': 'Person', name: 'Eduardo Barreneche' }), '<div class="byline">Por M. Barreneche / J. I. da Silva</div>'));
    expect(names(other)).toEqual(['Eduardo Barreneche']);
  });
});

describe('names the page writes only aside are not the author', () => {
  const cards = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<div class="listing__item"><a href="/p/${i}">Another story from the quay ${i}</a><div class="listing__item__author">Von Autor${'ABCDE'[i]} Muster am 0${i + 1}.12.2022</div></div>`,
    ).join('');

  it('skips a byline element that is one card of a list of other posts', () => {
    const html = `<html><body><h1>Harbour reopens after the storm</h1><div class="list">${cards(4)}</div><article>${BODY}<p>Von Jane Doe</p></article></body></html>`;
    expect(names(extract(html))).toEqual(['Jane Doe']);
  });

  it('drops Readability’s byline when the page writes the name only in comments, cards or controls', () => {
    const html = (aside: string) => `<html><body><article><h1>Harbour reopens after the storm</h1>${BODY}</article>${aside}</body></html>`;
    const doc = (aside: string) => new JSDOM(html(aside), { url: 'https://news.example/story' }).window.document;
    const read = (aside: string, byline: string) => extractAttribution(doc(aside), 'https://news.example/story', { byline }, NOW).authors.map((p) => p.value.name);
    expect(read('<ol class="comment-list"><li><div class="comment-author">Robert Roe</div><p>Thanks!</p></li></ol>', 'Robert Roe')).toEqual([]);
    expect(read('<a class="author-info__follow-button" href="/login">Follow</a>', 'Follow')).toEqual([]);
    expect(read('<button>Folgen</button>', 'Folgen')).toEqual([]);
    // Written in the article too (or nowhere in the text: from the page's metadata), it stays.
    expect(read('<ol class="comment-list"><li><div class="comment-author">Jane Doe</div></li></ol><p class="byline">Jane Doe</p>', 'Jane Doe')).toEqual(['Jane Doe']);
    expect(read('', 'Jane Doe')).toEqual(['Jane Doe']);
  });

  it('keeps a layout block’s byline: a repeated block larger than a card is no card', () => {
    const col = (inner: string) => `<div class="col">${inner}</div>`;
    const html = `<html><body><h1>Harbour reopens after the storm</h1><div class="row">${col(`<span class="author">Jane Doe</span>${BODY}`)}${col(BODY)}${col(BODY)}</div></body></html>`;
    expect(names(extract(html))).toEqual(['Jane Doe']);
  });
});

describe('a byline label over a profile card', () => {
  it('reads the card’s name line alone, never glued to the role under it', () => {
    const card =
      '<div class="post-bar"><h3>Published By</h3><span class="wrap"><div class="card"><section><h3><a href="https://social.example/in/jd">Jane Doe</a></h3><h4>Harbour historian and writer. Topics: ports</h4></section></div><a class="follow-button" href="/login">Follow</a></span></div>';
    const html = `<html><body><h1>Harbour reopens after the storm</h1><div class="body">${BODY}</div>${card}</body></html>`;
    expect(names(extract(html))).toEqual(['Jane Doe']);
  });
});

describe('a copyright holder before a trailing dash', () => {
  it('ends at the dash at the notice’s end', () => {
    expect(holderOf('© Copyright Harbour Globe –')).toBe('Harbour Globe');
    expect(holderOf('© Copyright Harbour Globe - Impressum')).toBe('Harbour Globe');
  });
});

describe('lines of the article’s own header that share a class are no cards', () => {
  it('keeps the byline among its date and place lines', () => {
    const info = '<div class="info"><p class="info__txt">Von <a href="/autor/jane-doe">Jane Doe</a></p><p class="info__txt">Mi, 12. Okt 2022</p><p class="info__txt">Freiburg</p></div>';
    const html = `<html><body><article><header><h1>Harbour reopens after the storm</h1>${info}</header>${BODY}</article></body></html>`;
    expect(names(extract(html))).toEqual(['Jane Doe']);
  });
});

describe('the author box after the article', () => {
  const box = (inner: string, cls = 'author-bio footer') => `<html><body><article><h1>Harbour reopens after the storm</h1>${BODY}</article><div class="${cls}">${inner}</div></body></html>`;

  it('names the box’s name heading when nothing else names anyone, passing over its label', () => {
    expect(names(extract(box('<h3>Martina Junker</h3><p>Martina writes about ports and ships.</p>')))).toEqual(['Martina Junker']);
    expect(names(extract(box('<h3>Über den Autor</h3><h4>Jean van der Berg</h4><p>Er schreibt über Häfen.</p>', 'about-author')))).toEqual(['Jean van der Berg']);
  });

  it('names nobody from a box that holds no name, markup or a sentence, or a commenter’s card', () => {
    expect(names(extract(box('<h3>About the author</h3><p>She writes about ports.</p>')))).toEqual([]);
    expect(names(extract(box('<h3>&lt;img src=x onerror=alert(1)&gt;</h3>')))).toEqual([]);
    expect(names(extract(box('<h3>Read more posts here!</h3>')))).toEqual([]);
    expect(names(extract(box('<h3>Robert Roe</h3>', 'comment-author-box')))).toEqual([]);
  });

  it('never outranks a byline the page shows', () => {
    const html = `<html><body><article><h1>Harbour reopens after the storm</h1><p class="byline">By Jane Doe</p>${BODY}</article><div class="author-box"><h3>Martina Junker</h3></div></body></html>`;
    expect(names(extract(html))).toEqual(['Jane Doe']);
  });
});

describe('a card’s <noscript> fallback is no text of it', () => {
  it('still sees a card whose lazy image’s fallback is long (markup as text where scripts run)', () => {
    const fallback = `<noscript>${'&lt;img src="https://cdn.example/a-very-long-image-address.png" srcset="…"&gt; '.repeat(12)}</noscript>`;
    const card = (i: number) => `<div class="card"><a href="/p/${i}">${fallback}<h3>Another story from the quay ${i}</h3><div class="card__author">Von Autor${'ABCD'[i]} Muster</div></a></div>`;
    const html = `<html><body><h1>Harbour reopens after the storm</h1><div class="cards">${[0, 1, 2, 3].map(card).join('')}</div><article>${BODY}<p>Von Jane Doe</p></article></body></html>`;
    expect(names(extract(html))).toEqual(['Jane Doe']);
  });
});

describe('a heading that opens with a byline prefix', () => {
  it('is a title, not a byline, when a part of it is no name', () => {
    const html = (heading: string) => `<html><body><article><h1>Harbour reopens after the storm</h1>${BODY}${heading}<p>${'More text about the quay. '.repeat(10)}</p></article></body></html>`;
    expect(names(extract(html('<h3>Von Atemschutzmaske über Exit-Strategie und Kontaktverbot bis Zoonose</h3>')))).toEqual([]);
    // A label heading over the name, or a heading of names alone, still names the author.
    expect(names(extract(html('<h5>Von Jane Doe und Max Muster</h5>')))).toEqual(['Jane Doe', 'Max Muster']);
  });
});

describe('a first name over the day, closing the article', () => {
  const html = (closing: string) =>
    `<html><body><article><h1>Harbour reopens after the storm</h1>${BODY}<p>${'The quay is open again for all boats. '.repeat(6)}</p><p>${closing}</p></article></body></html>`;

  it('signs the article', () => {
    expect(names(extract(html('Benni<br>10. September 2017')))).toEqual(['Benni']);
    expect(names(extract(html('Marie<br>March 4, 2021')))).toEqual(['Marie']);
  });

  it('needs the day alone under a capitalised word: no sentence, no lower-case word, no markup', () => {
    expect(names(extract(html('Thanks<br>for reading, see you on 10. September 2017')))).toEqual([]);
    expect(names(extract(html('benni<br>10. September 2017')))).toEqual([]);
    expect(names(extract(html('&lt;b&gt;<br>10. September 2017')))).toEqual([]);
    expect(names(extract(html('Benni<br>Freiburg')))).toEqual([]);
  });
});
