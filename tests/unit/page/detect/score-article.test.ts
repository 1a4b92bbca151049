import { describe, expect, it } from 'vitest';
import { readerable, yearUnderHeadline } from '../../../../src/page/detect/page-shape';
import { ARTICLE_SCORE, HARD_NO, scoreArticle } from '../../../../src/page/detect/score-article';
import { fixtureDoc, htmlDoc, prose } from '../../helpers/page-fixture';

/** A paragraph of prose that cites its source with a link. */
const CITED = '<p>The inspection follows the <a href="https://x.example/rules">national rules for bridges of this age</a>, which the council adopted in 2019 and has revised twice since then.</p>';

const NEWS_META = `
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2025-10-20T09:15:00Z">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script>`;

describe('scoreArticle on fixture pages', () => {
  it('calls the seed news article an article, from its metadata and its text', () => {
    const d = scoreArticle(fixtureDoc('news-article.html'), 'https://www.econotimes.example/Belarus-Seeks-to-Ease-Isolation-1720000');
    expect(d.article).toBe(true);
    expect(d.signals).toMatchObject({ 'json-ld-article': 3, 'og-article': 2, 'published-time': 1, 'slugged-url': 1 });
    // Decided without Readability's quick check: its two points could not change the verdict.
    expect(d.signals.readerable).toBeUndefined();
  });

  it('leaves a home page alone: site root, many cards', () => {
    const d = scoreArticle(fixtureDoc('auto/home.html'), 'https://daily.example/');
    expect(d.article).toBe(false);
    expect(d.signals['site-root']).toBeLessThan(0);
    expect(d.signals['many-cards']).toBeLessThan(0);
    expect(d.score).toBeLessThanOrEqual(0);
  });

  it('leaves a section front alone even at an address that is not the root', () => {
    const d = scoreArticle(fixtureDoc('auto/section.html'), 'https://daily.example/world/');
    expect(d.article).toBe(false);
    expect(d.signals['site-root']).toBeUndefined();
    expect(d.signals['many-cards']).toBeLessThan(0);
  });

  it('never cleans a search page or a sign-in page, whatever else they carry', () => {
    const search = scoreArticle(fixtureDoc('auto/search.html'), 'https://daily.example/search?q=belarus');
    expect(search.article).toBe(false);
    expect(search.score).toBeLessThanOrEqual(HARD_NO);
    const login = scoreArticle(fixtureDoc('auto/login.html'), 'https://daily.example/login');
    expect(login.article).toBe(false);
    expect(login.score).toBeLessThanOrEqual(HARD_NO);
  });

  it('scores a metadata-less blog post as weak evidence: positive, below the article bar', () => {
    const d = scoreArticle(fixtureDoc('auto/weak-article.html'), 'https://notes.example/notes/starlings.html');
    expect(d.article).toBe(false);
    expect(d.score).toBeGreaterThan(0);
    expect(d.score).toBeLessThan(ARTICLE_SCORE);
    expect(d.signals.readerable).toBe(2);
  });

  it('the same weak post becomes an article with a dated, slugged address', () => {
    const d = scoreArticle(fixtureDoc('auto/weak-article.html'), 'https://notes.example/2025/10/12/the-starlings-did-not-come-back');
    expect(d.signals['dated-url']).toBe(2);
    expect(d.signals['slugged-url']).toBe(1);
    expect(d.article).toBe(true);
  });
});

describe('scoreArticle signals', () => {
  it('needs more than metadata: og:type=article on an empty page is not enough', () => {
    const d = scoreArticle(htmlDoc('<h1>Title</h1><p>Short.</p>', '<meta property="og:type" content="article">'), 'https://x.example/a');
    expect(d.article).toBe(false);
  });

  it('counts an <article> with enough paragraph text, and long text more', () => {
    const short = scoreArticle(htmlDoc(`<article>${prose(5)}</article>`), 'https://x.example/a');
    const long = scoreArticle(htmlDoc(`<article>${prose(12)}</article>`), 'https://x.example/a');
    expect(short.signals['body-text']).toBe(1);
    expect(long.signals['body-text']).toBe(2);
    expect(long.article).toBe(true);
  });

  it('does not count teaser paragraphs inside cards as the page’s text', () => {
    const cards = Array.from({ length: 6 }, () => `<article>${prose(2)}</article>`).join('');
    const d = scoreArticle(htmlDoc(`<main>${cards}</main>`), 'https://x.example/a');
    expect(d.signals['body-text']).toBeUndefined();
  });

  it('does not count a password field (a paywall dialog’s) against a page; sign-in pages are told by their address', () => {
    const form = '<form><input type="password"></form>';
    expect((scoreArticle(htmlDoc(`${form}<p>Sign in.</p>`), 'https://x.example/a').signals as Record<string, number>)['password-field']).toBeUndefined();
    expect(scoreArticle(htmlDoc(`${form}<article>${prose(8)}</article>`, NEWS_META), 'https://x.example/a').article).toBe(true);
    expect(scoreArticle(htmlDoc(`${form}<p>Sign in.</p>`), 'https://x.example/account/sign-in').score).toBe(HARD_NO);
  });

  it('a news article with a big related-links rail stays an article', () => {
    const rail = Array.from({ length: 30 }, (_, i) => `<li><h3><a href="/r${i}">Related ${i}</a></h3></li>`).join('');
    const d = scoreArticle(htmlDoc(`<article>${prose(12)}</article><aside><ul>${rail}</ul></aside>`, NEWS_META), 'https://x.example/a');
    expect(d.signals['many-cards']).toBe(-1);
    expect(d.article).toBe(true);
  });

  it('a CollectionPage is a listing even with article metadata', () => {
    const d = scoreArticle(htmlDoc(prose(3), '<script type="application/ld+json">{"@type":"CollectionPage"}</script><meta property="og:type" content="article">'), 'https://x.example/topics/');
    expect(d.signals['listing-type']).toBe(-3);
    expect(d.article).toBe(false);
  });

  it('rejects documents that are not HTML', () => {
    const xml = new DOMParser().parseFromString('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'application/xml');
    const d = scoreArticle(xml, 'https://x.example/feed.xml');
    expect(d).toMatchObject({ article: false, score: HARD_NO, signals: { 'not-html': HARD_NO } });
  });

  it('does not throw on broken JSON-LD or odd markup', () => {
    const doc = htmlDoc(`<article>${prose(12)}</article>`, '<script type="application/ld+json">{"@type": "NewsArticle",}</script>');
    expect(() => scoreArticle(doc, 'not a url')).not.toThrow();
    expect(scoreArticle(doc, 'not a url').signals['json-ld-article']).toBeUndefined();
  });
});

describe('scoreArticle leaves pages that are not articles alone', () => {
  it('a shop’s product page: Product type, price and cart markup, price elements', () => {
    const d = scoreArticle(fixtureDoc('auto/product.html'), 'https://harbour-goods.example/products/steel-kettle-one-litre-brushed');
    expect(d.signals).toMatchObject({ 'product-type': -4, 'shop-markup': -2, prices: -2 });
    expect(d.article).toBe(false);
  });

  it('the same product page without its structured data is still left alone (shop markup, prices)', () => {
    const doc = fixtureDoc('auto/product.html');
    for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) s.remove();
    const d = scoreArticle(doc, 'https://harbour-goods.example/products/steel-kettle-one-litre-brushed');
    expect(d.signals['product-type']).toBeUndefined();
    expect(d.signals).toMatchObject({ 'shop-markup': -2, prices: -2 });
    expect(d.score).toBeLessThanOrEqual(0);
    expect(d.article).toBe(false);
  });

  it('a documentation page: code blocks beside a navigation tree', () => {
    const d = scoreArticle(fixtureDoc('auto/docs.html'), 'https://docs.tidekit.example/api/streams-and-readers-guide');
    expect(d.signals['code-blocks']).toBe(-3);
    expect(d.article).toBe(false);
  });

  it('a page under a documentation folder counts against: long text alone no longer makes it an article', () => {
    const page = () => htmlDoc(`<main><h1>Rewrite rules</h1>${prose(12)}</main>`);
    const docs = scoreArticle(page(), 'https://tool.example/en/docs/http/rewrite.html');
    expect(docs.signals['docs-url']).toBe(-2);
    expect(docs.article).toBe(false);
    expect(scoreArticle(page(), 'https://tool.example/en/notes/http/rewrite.html').article).toBe(true);
  });

  it('a forum thread: posts by several people, even with og:type=article and a date', () => {
    const d = scoreArticle(fixtureDoc('auto/forum.html'), 'https://homerepair.example/threads/boiler-pressure-drops-overnight.4821/');
    expect(d.signals['forum-posts']).toBe(-3);
    expect(d.article).toBe(false);
  });

  it('a thread without author markup: many dated entries and short prose count against, less', () => {
    const reply = '<p>I tried the same approach last year and the build times went down by half once the cache was warm.</p>';
    const entries = (n: number) => Array.from({ length: n }, (_, i) => `<div><time datetime="2025-10-${10 + i}">${i} hours ago</time>${reply}</div>`).join('');
    const head = '<meta property="og:type" content="article">';
    const url = 'https://board.example/s/abc123/rust_project_goals_for_2024';
    const thread = scoreArticle(htmlDoc(`<h1>Rust project goals for 2024</h1>${entries(11)}`, head), url);
    expect(thread.signals['forum-posts']).toBe(-2);
    expect(thread.article).toBe(false);
    // Ten are not enough; nor are many beside long prose of the page's own (a live blog, a post with its comments).
    expect(scoreArticle(htmlDoc(`<h1>Rust project goals for 2024</h1>${entries(10)}`, head), url).signals['forum-posts']).toBeUndefined();
    expect(scoreArticle(htmlDoc(`<h1>Goals</h1><article>${prose(12)}</article>${entries(11)}`, head), url).signals['forum-posts']).toBeUndefined();
  });

  it('a thread that declares DiscussionForumPosting says what it is', () => {
    const head = '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"x"}</script><meta property="og:type" content="article">';
    const d = scoreArticle(htmlDoc(`<article>${prose(6)}</article>`, head), 'https://forum.example/t/some-long-thread-title/123');
    expect(d.signals['forum-type']).toBe(-4);
    expect(d.article).toBe(false);
  });

  it('a service’s landing page: generic types, prose spread over many sections, plan cards', () => {
    const d = scoreArticle(fixtureDoc('auto/landing.html'), 'https://planwise.example/teams/plan-your-week-together');
    expect(d.signals).toMatchObject({ 'generic-type': -1, 'spread-prose': -2, prices: -2 });
    expect(d.article).toBe(false);
  });

  it('TechArticle and APIReference are reference, not news; an FAQPage counts a little against', () => {
    const tech = scoreArticle(htmlDoc(`<article>${prose(6)}</article>`, '<script type="application/ld+json">{"@type":"TechArticle"}</script>'), 'https://x.example/a');
    expect(tech.signals['json-ld-article']).toBeUndefined();
    expect(tech.signals['reference-type']).toBe(-3);
    const faq = scoreArticle(
      htmlDoc(`<article>${prose(12)}</article>`, `${NEWS_META}<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"q"}]}</script>`),
      'https://x.example/a',
    );
    expect(faq.signals['faq-type']).toBe(-1);
    expect(faq.signals['forum-type']).toBeUndefined();
    expect(faq.article).toBe(true);
  });
});

describe('scoreArticle still cleans articles that carry some of those signs', () => {
  it('a news article with a box of products for sale', () => {
    const d = scoreArticle(fixtureDoc('auto/news-with-shop.html'), 'https://coastherald.example/local/ferry-terminal-to-open-a-month-late');
    expect(d.signals['shop-markup']).toBe(-2);
    expect(d.signals['product-type']).toBeUndefined();
    expect(d.article).toBe(true);
  });

  it('a blog post with code blocks and no navigation tree', () => {
    const d = scoreArticle(fixtureDoc('auto/blog-code.html'), 'https://basement.example/2025/10/28/why-our-import-got-slower');
    expect(d.signals['code-blocks']).toBe(-1);
    expect(d.signals['spread-prose']).toBeUndefined();
    expect(d.article).toBe(true);
  });

  it('a long guide written a block per paragraph is not a landing page', () => {
    const blocks = Array.from({ length: 12 }, () => `<div class="block">${prose(1)}</div>`).join('');
    const d = scoreArticle(htmlDoc(`<main><h1>How to repair a bridge</h1>${blocks}</main>`, NEWS_META), 'https://x.example/guides/how-to-repair-a-bridge');
    expect(d.signals['spread-prose']).toBeUndefined();
    expect(d.article).toBe(true);
    const nav = `<nav><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/s${i}">S${i}</a><ul>${Array.from({ length: 5 }, (_, j) => `<li><a href="/s${i}/${j}">P${j}</a></li>`).join('')}</ul></li>`).join('')}</ul></nav>`;
    const corporate = scoreArticle(htmlDoc(`${nav}<main><h1>Our services</h1>${blocks}</main>`), 'https://x.example/services/consulting');
    expect(corporate.signals['spread-prose']).toBe(-2);
  });

  it('asks Readability’s quick check only when its points could change the verdict', () => {
    const undecided = scoreArticle(fixtureDoc('auto/weak-article.html'), 'https://notes.example/notes/starlings.html');
    expect(undecided.signals.readerable).toBe(2);
    const hopeless = scoreArticle(fixtureDoc('auto/home.html'), 'https://daily.example/');
    expect(hopeless.signals.readerable).toBeUndefined();
  });
});

describe('a byline: an author named, or links to share the page', () => {
  // Its prose cites a source, as written pieces do (prose with no link at all counts against).
  const guide = (extra = '', head = '') => htmlDoc(`<main><h1>How the bridge is inspected</h1>${prose(4)}${CITED}${extra}</main>`, head);
  const url = 'https://x.example/guides/bridge';

  it('without one, a guide with some prose and nothing else stays below the bar', () => {
    const d = scoreArticle(guide(), url);
    expect(d.signals.byline).toBeUndefined();
    expect(d.signals.readerable).toBe(2);
    expect(d.article).toBe(false);
  });

  it('an author meta tag or a share-intent link counts a point for, once', () => {
    const author = scoreArticle(guide('', '<meta name="author" content="Ana Lima">'), url);
    expect(author.signals.byline).toBe(1);
    expect(author.article).toBe(true);
    const share = scoreArticle(
      guide('<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fx.example%2Fguides%2Fbridge">Post</a><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a>'),
      url,
    );
    expect(share.signals.byline).toBe(1);
    expect(share.article).toBe(true);
  });

  it('an empty author tag or an ordinary social profile link is no byline', () => {
    expect(scoreArticle(guide('', '<meta name="author" content="">'), url).signals.byline).toBeUndefined();
    expect(scoreArticle(guide('<a href="https://twitter.com/harbourtimes">Follow us</a><a href="https://www.facebook.com/harbourtimes">Facebook</a>'), url).signals.byline).toBeUndefined();
  });

  it('does not make a shop’s product page an article', () => {
    const doc = fixtureDoc('auto/product.html');
    const meta = doc.createElement('meta');
    meta.setAttribute('name', 'author');
    meta.setAttribute('content', 'Harbour Goods');
    doc.head.append(meta);
    const d = scoreArticle(doc, 'https://harbour-goods.example/products/steel-kettle-one-litre-brushed');
    expect(d.signals.byline).toBe(1);
    expect(d.article).toBe(false);
  });
});

describe('how a page is built: one prose block or a landing page of sections', () => {
  const section = (i: number) =>
    `<section><h2>Feature ${i}</h2><p>Plan your week with your whole team in one place, with reminders that arrive before the meeting and not after it.</p><button>Start free</button></section>`;

  it('a landing page: many sections with buttons, its prose spread over them', () => {
    const d = scoreArticle(htmlDoc(`<h1>Planwise</h1>${Array.from({ length: 6 }, (_, i) => section(i)).join('')}`), 'https://planwise.example/teams');
    expect(d.signals['landing-page']).toBe(-1);
    expect(d.article).toBe(false);
  });

  it('an article in one block is not a landing page, whatever sections and buttons sit around it', () => {
    const chrome = Array.from({ length: 4 }, (_, i) => `<section><button>Share ${i}</button></section>`).join('');
    const d = scoreArticle(htmlDoc(`${chrome}<button>Menu</button><article><h1>The bridge</h1>${prose(10)}</article>`, NEWS_META), 'https://x.example/news/the-bridge-will-stay-closed');
    expect(d.signals['landing-page']).toBeUndefined();
    expect(d.article).toBe(true);
  });

  it('counts a lean page (long prose, little markup around it) a little for', () => {
    const lean = scoreArticle(htmlDoc(`<h1>The bridge</h1><p>By A. Writer</p>${prose(8)}`), 'https://x.example/notes/bridge.html');
    expect(lean.signals['lean-prose']).toBe(1);
    const menu = `<ul>${Array.from({ length: 60 }, (_, i) => `<li><div><span><a href="/s${i}">Section ${i}</a></span></div></li>`).join('')}</ul>`;
    const busy = scoreArticle(htmlDoc(`${menu}<h1>The bridge</h1>${prose(8)}`), 'https://x.example/notes/bridge.html');
    expect(busy.signals['lean-prose']).toBeUndefined();
  });
});

describe('dates and citations: a written piece, or copy', () => {
  const url = 'https://x.example/services/bridge-inspection';
  const page = (body: string, head = '') => htmlDoc(`<main><h1>Bridge inspection</h1>${body}</main>`, head);

  it('counts a <time> element or a few a point for, not the many of a thread', () => {
    const one = scoreArticle(page(`<time datetime="2025-10-20">20 October 2025</time>${prose(4)}${CITED}`), url);
    expect(one.signals['time-element']).toBe(1);
    const times = Array.from({ length: 6 }, (_, i) => `<div><time datetime="2025-10-2${i}">${i}</time>${prose(1)}</div>`).join('');
    expect(scoreArticle(page(times), url).signals['time-element']).toBeUndefined();
  });

  it('counts prose of which no paragraph holds a link a point against, where nothing dates the page', () => {
    const author = '<meta name="author" content="Ana Lima">';
    const copy = scoreArticle(page(prose(5), author), url);
    expect(copy.signals['unlinked-prose']).toBe(-1);
    expect(copy.article).toBe(false);
    // One paragraph that cites something is enough.
    const cited = scoreArticle(page(`${prose(4)}${CITED}`, author), url);
    expect(cited.signals['unlinked-prose']).toBeUndefined();
    expect(cited.article).toBe(true);
    // Too little prose to tell.
    expect(scoreArticle(page(prose(2)), url).signals['unlinked-prose']).toBeUndefined();
    // A date on the page, in its address or its metadata: a dated piece, links or not.
    expect(scoreArticle(page(`<time>20 October 2025</time>${prose(5)}`), url).signals['unlinked-prose']).toBeUndefined();
    expect(scoreArticle(page(prose(5)), 'https://x.example/2025/10/20/bridge-inspection').signals['unlinked-prose']).toBeUndefined();
    expect(scoreArticle(page(prose(5), NEWS_META), url).signals['unlinked-prose']).toBeUndefined();
    // Nor on a plain article page with little markup around its prose.
    const lean = scoreArticle(htmlDoc(`<h1>The bridge</h1>${prose(8)}`), url);
    expect(lean.signals['lean-prose']).toBe(1);
    expect(lean.signals['unlinked-prose']).toBeUndefined();
  });
});

describe('calls to action: buttons among the copy', () => {
  const url = 'https://x.example/services/bridge-inspection';
  const button = (label: string) => `<a class="btn btn-primary" href="/contact">${label}</a>`;
  const page = (body: string) => htmlDoc(`<header><a class="button" href="/quote">Get a quote</a></header><main><h1>Bridge inspection</h1>${body}</main>`);

  it('counts two button links between prose paragraphs that hardly link a point against', () => {
    const copy = scoreArticle(page(`${prose(2)}${button('Book an inspection')}${prose(2)}${button('Talk to an engineer')}${prose(1)}`), url);
    expect(copy.signals['calls-to-action']).toBe(-1);
    // One paragraph that cites is not enough to call the page a written piece; two are.
    const one = scoreArticle(page(`${prose(2)}${button('Book an inspection')}${CITED}${button('Talk to an engineer')}${prose(1)}`), url);
    expect(one.signals['calls-to-action']).toBe(-1);
    const cited = scoreArticle(page(`${CITED}${button('Book an inspection')}${CITED}${button('Talk to an engineer')}${prose(1)}`), url);
    expect(cited.signals['calls-to-action']).toBeUndefined();
  });

  it('counts only labelled buttons set between the first and the last paragraph, outside the frame', () => {
    // One button among the copy is not enough.
    expect(scoreArticle(page(`${prose(2)}${button('Book an inspection')}${prose(2)}`), url).signals['calls-to-action']).toBeUndefined();
    // Buttons above the first paragraph or below the last (share, subscribe) do not count.
    expect(scoreArticle(page(`${button('Share')}${button('Subscribe')}${prose(4)}${button('Share')}${button('Print')}`), url).signals['calls-to-action']).toBeUndefined();
    // Nor do buttons in a rail, a navigation block or an inner header between the paragraphs.
    const framed = `${prose(2)}<aside>${button('Newsletter')}${button('Donate')}</aside><nav>${button('Next')}</nav><header>${button('Menu')}</header>${prose(2)}`;
    expect(scoreArticle(page(framed), url).signals['calls-to-action']).toBeUndefined();
    // Nor icon-only buttons (no text).
    expect(scoreArticle(page(`${prose(2)}${button('')}${button(' ')}${prose(2)}`), url).signals['calls-to-action']).toBeUndefined();
  });
});

describe('scoreArticle: captions, and list and price marks beside a long read', () => {
  const PRICES = '<span class="price">$10</span><span class="price">$12</span><span class="price">$15</span>';

  it('counts a captioned figure a point for', () => {
    const figure = '<figure><img src="a.jpg" alt=""><figcaption>The bridge in May.</figcaption></figure>';
    expect(scoreArticle(htmlDoc(`${figure}${prose(3)}`), 'https://x.example/a').signals['figure-caption']).toBe(1);
    expect(scoreArticle(htmlDoc(`<figure><img src="a.jpg" alt=""></figure>${prose(3)}`), 'https://x.example/a').signals['figure-caption']).toBeUndefined();
  });

  it('softens a topic address and price marks beside long prose, not beside little', () => {
    const long = scoreArticle(htmlDoc(`<main>${prose(12)}${PRICES}</main>`), 'https://x.example/topics/kettles/best-kettles');
    expect(long.signals).toMatchObject({ 'body-text': 2, 'listing-url': -1, prices: -1 });
    const short = scoreArticle(htmlDoc(`<main>${prose(2)}${PRICES}</main>`), 'https://x.example/topics/kettles/best-kettles');
    expect(short.signals).toMatchObject({ 'listing-url': -3, prices: -2 });
    expect(short.article).toBe(false);
  });
});

describe('yearUnderHeadline (a date line under the headline)', () => {
  const url = 'https://x.example/guides/bridge';
  const page = (body: string) => scoreArticle(htmlDoc(`<div>${body}</div>${prose(3)}`), url).signals['dated-headline'];

  it('counts a year in the first text after the first <h1>, in any markup or script', () => {
    expect(yearUnderHeadline(htmlDoc('<header><h1>The bridge</h1></header><div><span>By A. Writer</span> · <span>20 October 2025</span></div>'))).toBe(true);
    expect(yearUnderHeadline(htmlDoc('<h1>橋の点検</h1><p>2025年10月20日</p>'))).toBe(true);
    expect(page('<h1>The bridge</h1><p class="date">12.03.2024</p>')).toBe(1);
  });

  it('not a year in the headline itself, far below it, in a script, or on a page without a headline', () => {
    expect(yearUnderHeadline(htmlDoc('<h1>The 2025 bridge report</h1><p>Everything about the bridge.</p>'))).toBe(false);
    expect(yearUnderHeadline(htmlDoc(`<h1>The bridge</h1>${prose(1)}<p>Founded in 1998.</p>`))).toBe(false);
    expect(yearUnderHeadline(htmlDoc('<h1>The bridge</h1><script>var built = 2025;</script><p>Our services.</p>'))).toBe(false);
    expect(yearUnderHeadline(htmlDoc('<p>Since 2025.</p>'))).toBe(false);
    // A logo in the <h1>, a forum's clock under it.
    expect(yearUnderHeadline(htmlDoc('<h1><a href="/"><img src="logo.png" alt="Forum"></a></h1><time>March 05, 2026</time>'))).toBe(false);
    expect(page('<h1>Our services</h1><p>Call us today.</p>')).toBeUndefined();
  });

  it('not a number that only looks like one', () => {
    expect(yearUnderHeadline(htmlDoc('<h1>Plans</h1><p>From 12025 points, or 2100 a month.</p>'))).toBe(false);
  });
});

describe('readerable (Readability’s quick check, without Readability)', () => {
  it('passes a few long paragraphs, not short ones, list items or hidden text', () => {
    expect(readerable(htmlDoc(prose(4)))).toBe(true);
    expect(readerable(htmlDoc('<p>Too short to read.</p>'.repeat(40)))).toBe(false);
    expect(readerable(htmlDoc(`<ul>${prose(6).replace(/<p>/g, '<li><p>').replace(/<\/p>/g, '</p></li>')}</ul>`))).toBe(false);
    expect(readerable(htmlDoc(`<div hidden>${prose(6)}</div>`))).toBe(false);
  });

  it('counts text broken by <br> in a div once per block', () => {
    const line = 'The council met on Tuesday to discuss the new budget and the bridge that has been closed to heavy traffic since the spring floods damaged it.';
    expect(readerable(htmlDoc(`<div>${`${line}<br>`.repeat(3)}</div>`))).toBe(false);
    expect(readerable(htmlDoc(`<div>${`${line}<br>`.repeat(12)}</div>`))).toBe(true);
  });
});
