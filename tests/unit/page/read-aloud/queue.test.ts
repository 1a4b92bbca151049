import { describe, expect, it } from 'vitest';
import { buildQueue, MAX_QUEUE_ITEMS } from '../../../../src/page/read-aloud/queue';
import { queueInput } from '../../../../src/page/read-aloud/player';
import { domFrom, loadFixture } from '../../helpers/page-fixture';
import { PageCleaner } from '../../helpers/cleaner-in-place';

const texts = (items: { text: string }[]) => items.map((i) => i.text);
const hiddenByUs = (el: Element) => !el.closest('[data-quiet-reader-hide]') && !el.hasAttribute('hidden');

describe('reading queue', () => {
  it('reads the headline first, then the paragraphs in order, without captions or credits', () => {
    const doc = domFrom(`<body><article id="a">
      <figure><img alt="x"><figcaption>Minsk at dusk. <span>Photo: AP</span></figcaption></figure>
      <p class="kicker">Politics</p>
      <h1>The headline</h1>
      <div class="body"><p>First paragraph.</p><p>Second <em>paragraph</em> with <a href="#">a link</a>.</p>
      <h2>A section</h2><ul><li>One item</li><li>Two item</li></ul><blockquote><p>A quote.</p></blockquote>
      <p>Photo: Reuters / Jane Doe</p></div></article></body>`);
    const items = buildQueue({ keepNodes: [doc.getElementById('a')!], headline: 'The headline', credits: ['Photo: Reuters / Jane Doe'] });
    expect(texts(items)).toEqual(['The headline', 'Politics', 'First paragraph.', 'Second paragraph with a link.', 'A section', 'One item', 'Two item', 'A quote.']);
    expect(items[0]!.element?.localName).toBe('h1');
    expect(items[3]!.element?.localName).toBe('p');
  });

  it('reads a headline not on the page from the attribution, unmarked', () => {
    const doc = domFrom('<body><div id="a"><p>Only text.</p></div></body>');
    const items = buildQueue({ keepNodes: [doc.getElementById('a')!], headline: '  Declared   title ' });
    expect(texts(items)).toEqual(['Declared title', 'Only text.']);
    expect(items[0]!.element).toBeUndefined();
  });

  it('reads a repeated headline and a second byline once', () => {
    const doc = domFrom(`<body><header id="h"><h1>Storm hits coast</h1><div class="byline">By Ana Ruiz · 3 May</div></header>
      <div id="a"><h2>Storm hits coast</h2><p>The storm arrived at night.</p><p>Ana Ruiz is our weather reporter</p><p>Ana Ruiz met the mayor, who said the town of forty thousand people would rebuild what the water took, street by street and house by house.</p></div></body>`);
    const items = buildQueue({ keepNodes: [doc.getElementById('a')!, doc.getElementById('h')!], headline: 'Storm hits coast', authors: ['Ana Ruiz'] });
    expect(texts(items)).toEqual([
      'Storm hits coast',
      'By Ana Ruiz · 3 May',
      'The storm arrived at night.',
      'Ana Ruiz met the mayor, who said the town of forty thousand people would rebuild what the water took, street by street and house by house.',
    ]);
  });

  it('leaves out what the cleaned page does not show, tables, code, controls and separators', () => {
    const doc = domFrom(`<body><div id="a"><p>Seen.</p><p data-quiet-reader-hide="">Hidden by us.</p><p hidden>Hidden by the page.</p>
      <div data-quiet-reader-hide=""><p>Inside hidden.</p></div><table><tr><td>Cell</td></tr></table><pre>let x = 1;</pre>
      <p>***</p><button>Share</button><nav><a href="/">Home</a></nav><p>Text <span data-quiet-reader-hide="">(ad)</span>goes on.</p></div></body>`);
    const items = buildQueue({ keepNodes: [doc.getElementById('a')!], isShown: hiddenByUs });
    expect(texts(items)).toEqual(['Seen.', 'Text goes on.']);
  });

  it('reads a site’s <div> paragraphs and the text runs of a mixed container, marked on their elements', () => {
    const doc = domFrom('<body><div id="a"><div class="para">One div paragraph.</div>Loose text<br>over a break<p>Then a paragraph.</p>And loose text after.</div></body>');
    const items = buildQueue({ keepNodes: [doc.getElementById('a')!] });
    expect(texts(items)).toEqual(['One div paragraph.', 'Loose text', 'over a break', 'Then a paragraph.', 'And loose text after.']);
    expect(items[0]!.element?.className).toBe('para');
    expect(items[1]!.element?.id).toBe('a');
  });

  it('splits a long paragraph into utterances but marks it as one block', () => {
    const sentence = 'This sentence is about fifty characters in length. ';
    const doc = domFrom(`<body><div id="a"><p id="long">${sentence.repeat(10)}</p></div></body>`);
    const [item] = buildQueue({ keepNodes: [doc.getElementById('a')!], lang: 'en' });
    expect(item!.element?.id).toBe('long');
    expect(item!.chunks.length).toBeGreaterThan(2);
    expect(item!.chunks.join(' ')).toBe(item!.text);
  });

  it('holds at most MAX_QUEUE_ITEMS items and walks a big article in linear time', () => {
    const doc = domFrom(`<body><div id="a">${'<div><div><p>Line of text.</p></div></div>'.repeat(MAX_QUEUE_ITEMS + 500)}</div></body>`);
    const t0 = performance.now();
    const items = buildQueue({ keepNodes: [doc.getElementById('a')!] });
    // Identical lines are read once: one item. The walk still visits them all.
    expect(items).toHaveLength(1);
    const unique = domFrom(`<body><div id="a">${Array.from({ length: MAX_QUEUE_ITEMS + 50 }, (_, i) => `<p>Line ${i}.</p>`).join('')}</div></body>`);
    expect(buildQueue({ keepNodes: [unique.getElementById('a')!] })).toHaveLength(MAX_QUEUE_ITEMS);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('reads the cleaned seed page: headline, byline once, the five paragraphs; no caption, share bar or related links', async () => {
    const doc = loadFixture('news-article.html');
    const cleaner = new PageCleaner(doc);
    expect((await cleaner.clean('toolbar')).status).toBe('clean');
    const article = cleaner.cleanedArticle()!;
    const input = queueInput(article, doc);
    // jsdom has no layout: what the cleaner hid is what the page does not show.
    const items = buildQueue({ ...input, isShown: hiddenByUs });
    expect(items[0]!.text).toBe('Belarus Seeks to Ease Isolation with Renewed Diplomatic Outreach to Europe');
    expect(items[1]!.text).toMatch(/^By Rajendra Lamichhane/);
    expect(items.slice(2).map((i) => i.element?.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(input.lang).toBe('en');
    cleaner.restore();
    expect(cleaner.cleanedArticle()).toBeUndefined();
  });
});
