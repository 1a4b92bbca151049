/**
 * Page furniture that Readability left out but that sits inside the article root, in blocks the
 * hide plan keeps visible: share bars, "related" blocks and comment forms inside a dropped block
 * that reads like prose, headings left alone above a hidden block, blog taxonomy classes.
 */
import { describe, expect, it } from 'vitest';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { PageCleaner } from '../../helpers/cleaner-in-place';
import { domFrom, isHidden, paragraphs } from '../../helpers/page-fixture';

const PROSE = 'The committee will publish its findings in the spring, after hearing from residents of every district. ';

/** Runs the plan with the elements of `keptSelector` (and their descendants) as Readability's result. */
function plan(doc: Document, rootSelector: string, keptSelector: string, extras: Element[] = []): Set<Element> {
  const root = doc.querySelector(rootSelector) as Element;
  const kept = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(keptSelector))) {
    kept.add(el);
    for (const d of Array.from(el.querySelectorAll('*'))) kept.add(d);
  }
  const hide = new Set(planHiding({ root, kept, extras }));
  for (const el of hide) el.setAttribute('data-quiet-reader-hide', '');
  return hide;
}

/** Checks, per selector, whether its element is hidden (true) or left visible (false). */
function expectHiding(doc: Document, expected: Record<string, boolean>): void {
  for (const [selector, hidden] of Object.entries(expected)) expect(isHidden(doc.querySelector(selector)), selector).toBe(hidden);
}

describe('furniture inside a dropped block that stays visible', () => {
  const page = () =>
    domFrom(`<body><div id="root">
      <div class="kept"><p id="p1">${PROSE.repeat(3)}</p><p id="p2">${PROSE.repeat(3)}</p></div>
      <div id="post-extras">
        <p id="aside-prose">${PROSE}</p>
        <p id="short">He said no.</p>
        <iframe id="video" src="https://video.example/embed/1"></iframe>
        <div id="share" class="sharedaddy sd-sharing-enabled"><h3>Teilen Sie dies mit:</h3><ul><li><a href="/s?t">Twitter</a></li><li><a href="/s?f">Facebook</a></li></ul></div>
        <div id="jp-relatedposts" class="jp-relatedposts"><h3><em>Ähnliche Beiträge</em></h3></div>
        <div id="respond"><h3>Post a Comment</h3><form id="commentform"><textarea></textarea></form></div>
        <div class="sectionRating"><form action="/rate"><fieldset><h2 id="rate">Wie bewerten Sie diesen Artikel?</h2><input type="radio" name="r" value="1"></fieldset></form></div>
      </div>
    </div></body>`);

  it('hides share bars, related posts, comment forms and ratings inside it', () => {
    const doc = page();
    plan(doc, '#root', '.kept');
    for (const sel of ['#share', '#jp-relatedposts', '#commentform', '#rate']) expect(isHidden(doc.querySelector(sel)), sel).toBe(true);
  });

  it('keeps its prose, short lines and embeds: only furniture by name or tag goes', () => {
    const doc = page();
    plan(doc, '#root', '.kept');
    for (const sel of ['#post-extras', '#aside-prose', '#short', '#video', '#p1', '#p2']) expect(isHidden(doc.querySelector(sel)), sel).toBe(false);
  });

  it('never hides an extra (a byline) inside a dropped block, nor anything inside it', () => {
    const doc = domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div>
      <div id="header-block"><div id="byline" class="byline">By Jane Roe <span class="social-follow">Follow</span></div><nav id="section-nav"><a href="/a">A</a></nav></div></div></body>`);
    plan(doc, '#root', '.kept', [doc.getElementById('byline') as Element]);
    expect(isHidden(doc.getElementById('byline'))).toBe(false);
    expect(isHidden(doc.querySelector('.social-follow'))).toBe(false);
    expect(isHidden(doc.getElementById('section-nav'))).toBe(true);
  });

  it('a blog post in the page cleaner: the post and its dropped note stay, the share bar and comment form in them go', async () => {
    const doc = domFrom(`<html><head><title>Ratschläge geben</title></head><body>
      <header><nav><a href="/">Start</a> <a href="/about">Über mich</a></nav></header>
      <div id="content"><div class="post-34 post type-post hentry">
        <h2 class="entry-title">Ratschläge geben</h2>
        <div class="entry">${paragraphs(4)}
        <div class="postmeta"><p id="note">Dieser Eintrag wurde am 31. Dezember 2008 von Anna in Allgemein veröffentlicht und am 2. Januar ergänzt.</p>
          <div id="jp-post-flair" class="sharedaddy sd-like-enabled"><div class="sd-block sd-social"><h3 class="sd-title">Teilen Sie dies mit:</h3><ul><li><a href="/s?t">Twitter</a></li></ul></div>
          <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3></div></div>
          <div id="respond" class="comment-respond"><h3 id="reply-title">Kommentar verfassen</h3><form id="commentform"><textarea name="comment"></textarea></form></div>
        </div></div>
      </div></div>
      <footer>Bloggen auf WordPress.com.</footer></body></html>`);
    expect((await new PageCleaner(doc).clean('toolbar')).status).toBe('clean');
    for (let i = 0; i < 4; i++) expect(isHidden(doc.getElementById(`para-${i}`)), `para-${i}`).toBe(false);
    for (const sel of ['.entry-title', '#note']) expect(isHidden(doc.querySelector(sel)), sel).toBe(false);
    for (const sel of ['#jp-post-flair', '#jp-relatedposts', '#respond', 'footer', 'header']) expect(isHidden(doc.querySelector(sel)), sel).toBe(true);
  });
});

describe('a heading left alone above a hidden block', () => {
  it('is hidden with its block ("Weitere Themen" over a link list)', () => {
    const doc = domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div>
      <div class="row"><p class="kept">${PROSE}</p><h3 id="more">Weitere Themen</h3><div class="guide-links"><ul><li><a href="/a">Altersvorsorge</a></li><li><a href="/b">Riester-Rente</a></li></ul></div></div></div></body>`);
    plan(doc, '#root', '.kept');
    // The row holds a kept paragraph, so it is walked: its heading and link list were both dropped.
    expect(isHidden(doc.querySelector('.guide-links'))).toBe(true);
    expect(isHidden(doc.getElementById('more'))).toBe(true);
  });

  it('stays when anything of its section stays (a dropped heading over prose)', () => {
    const doc = domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div>
      <h2 id="h">What happens next</h2><div class="links"><a href="/a">Budget</a> <a href="/b">Council</a></div><p id="after">${PROSE}</p></div></body>`);
    plan(doc, '#root', '.kept');
    expect(isHidden(doc.querySelector('.links'))).toBe(true);
    expect(isHidden(doc.getElementById('h'))).toBe(false);
    expect(isHidden(doc.getElementById('after'))).toBe(false);
  });

  it('stays when Readability kept it, and when nothing follows it', () => {
    const doc = domFrom(
      `<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p><h3 id="kept-h">Background</h3><div class="links"><a href="/a">A</a> <a href="/b">B</a></div></div><h3 id="last">Notes</h3></div></body>`,
    );
    plan(doc, '#root', '.kept > p, #kept-h');
    expect(isHidden(doc.querySelector('.links'))).toBe(true);
    expect(isHidden(doc.getElementById('kept-h'))).toBe(false);
    expect(isHidden(doc.getElementById('last'))).toBe(false);
  });
});

describe('short linky blocks Readability dropped: cross-references and promos', () => {
  const page = (dropped: string) => domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div>${dropped}<div class="kept"><p>${PROSE.repeat(2)}</p></div></div></body>`);

  it('hides a line or two that is a fair share links (a pointer to another article, an issue promo)', () => {
    const doc = page(`<div id="pointer" class="box">How the city spends its money, we explain in our guide <a href="/guides/budget">Budget basics: where it goes</a></div>
      <div id="issue"><p><b>The new issue is out now</b> at every <a href="/kiosk">newsstand</a>, by <a href="/subscribe">subscription</a> and as an e-paper, with twelve pages on the city.</p></div>`);
    plan(doc, '#root', '.kept');
    expect(isHidden(doc.getElementById('pointer'))).toBe(true);
    expect(isHidden(doc.getElementById('issue'))).toBe(true);
  });

  it('keeps longer prose with links, short lines without links, and short blocks with a picture', () => {
    const doc =
      page(`<div id="prose">The council <a href="/council">met on Tuesday</a> and agreed <a href="/plan">the harbour plan</a>, and <a href="/mayor">the mayor</a> said the money would be spent on <a href="/schools">schools and roads</a> before the end of the year, once the budget is signed.</div>
      <div id="line">The committee meets again next month to hear from residents.</div>
      <div id="pic"><img src="/harbour.jpg" alt=""><a href="/photos/harbour">The harbour at dawn</a>, photographed from the bridge</div>`);
    plan(doc, '#root', '.kept');
    for (const id of ['prose', 'line', 'pic']) expect(isHidden(doc.getElementById(id)), id).toBe(false);
  });
});

describe('blog taxonomy classes are not furniture names', () => {
  it('a dropped post tagged "social media" and filed under "newsletter" stays', () => {
    const doc = domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div>
      <div id="post" class="post-12 post type-post hentry tag-social-media category-newsletter"><p>${PROSE.repeat(2)}</p></div>
      <div id="tags" class="tag-list"><a href="/t/a">Budget</a></div></div></body>`);
    plan(doc, '#root', '.kept');
    expect(isHidden(doc.getElementById('post'))).toBe(false);
    expect(isHidden(doc.getElementById('tags'))).toBe(true);
  });

  it('the post\u2019s category links ("Posted in Health, Fitness") go, in its header beside the headline and in its footer', () => {
    const doc =
      domFrom(`<body><div id="root"><header class="entry-header"><span class="cat-links">Posted in <a href="/c/health">Health</a>, <a href="/c/fitness">Fitness</a></span><h1 id="headline">Always tired? It may be one of these</h1></header>
      <div class="kept"><p>${PROSE.repeat(4)}</p></div>
      <footer class="entry-footer"><div class="entry-categories">Filed under <a href="/c/health">Health</a></div></footer></div></body>`);
    plan(doc, '#root', '.kept', [doc.getElementById('headline') as Element]);
    expect(isHidden(doc.querySelector('.cat-links'))).toBe(true);
    expect(isHidden(doc.querySelector('.entry-categories'))).toBe(true);
    expect(isHidden(doc.getElementById('headline'))).toBe(false);
  });
});

describe('a dropped block is judged on its own prose, not on the furniture and media inside it', () => {
  const page = (dropped: string) => domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div>${dropped}</div></body>`);
  const figure = (n: number) => `<figure><img src="/map-${n}.png" alt=""><div class="figure-links"><a href="/maps/${n}.png">Download the map</a></div></figure>`;

  it('a note between a share bar and a subscription box, over maps with download links, stays; the bar and the box go', () => {
    const doc = page(`<div id="block"><div class="article-share"><p>Share this article</p><a href="/s?t">Copy link</a> <a href="/s?f">Download text</a></div>
      <section><p id="note"><em>There are too many parties to show them all, so we kept to the largest ones.</em></p>
      <div id="box" class="cta"><a href="/subscribe">Subscribe to the magazine</a></div>
      ${figure(1)}${figure(2)}${figure(3)}${figure(4)}</section></div>`);
    plan(doc, '#root', '.kept');
    expectHiding(doc, { '#block': false, '#note': false, '.article-share': true, '#box': true });
  });

  it('a podcast post: a player whose fallback is its file link, with a share bar below, stays', () => {
    const doc =
      page(`<div id="post"><p id="intro">We recorded this episode live at the camp in Berlin, with <a href="/guest-1">one guest</a> and <a href="/guest-2">another</a>, who talk about what they saw there.</p>
      <p><audio controls><a href="https://files.example/episode-39-live-from-the-camp.mp3">https://files.example/episode-39-live-from-the-camp.mp3</a></audio><br>Download: <a href="/ep39.mp3">mp3</a></p>
      <div class="sharedaddy"><h3>Share:</h3><a href="/s?t">Twitter</a> <a href="/s?f">Facebook</a> <a href="/s?l">LinkedIn</a></div></div>`);
    plan(doc, '#root', '.kept');
    expect(isHidden(doc.getElementById('post'))).toBe(false);
    expect(isHidden(doc.getElementById('intro'))).toBe(false);
    expect(isHidden(doc.querySelector('.sharedaddy'))).toBe(true);
  });

  it('counts no picture that sits in a link or in furniture: "more from the channel" over linked cards stays hidden', () => {
    const card = (n: number) => `<a href="/story-${n}"><div class="tile-overlay"><h4>City</h4><h2>Story number ${n} about the harbour</h2><img src="/video.svg" alt="Video"></div></a>`;
    const doc = page(`<div id="channel"><div class="container"><h2>More from the channel</h2></div><div class="cards">${card(1)}${card(2)}${card(3)}</div></div>
      <ul id="teasers"><li><a href="/t1"><figure><img src="/t1.jpg" alt=""><figcaption>The harbour wall, one year on: what has changed</figcaption></figure></a></li><li><a href="/t2"><figure><img src="/t2.jpg" alt=""><figcaption>The council budget, explained in five charts</figcaption></figure></a></li></ul>`);
    plan(doc, '#root', '.kept');
    expect(isHidden(doc.getElementById('channel'))).toBe(true);
    expect(isHidden(doc.getElementById('teasers'))).toBe(true);
  });

  it('still hides a block that is only furniture, and a list of linked cards with pictures', () => {
    const doc = page(`<div id="only-furniture"><div class="share-tools"><a href="/s">Share</a></div><div class="newsletter-box">Get our newsletter every morning, free of charge.</div></div>
      <div id="cards"><a href="/story-1"><img src="/1.jpg" alt="">The harbour plan: what it costs</a> <a href="/story-2"><img src="/2.jpg" alt="">Council elections: who stands</a></div>`);
    plan(doc, '#root', '.kept');
    expect(isHidden(doc.getElementById('only-furniture'))).toBe(true);
    expect(isHidden(doc.getElementById('cards'))).toBe(true);
  });
});

describe('a heading in a block of its own (page builders wrap each heading)', () => {
  it('is judged as its heading: kept unless named furniture, hidden over a hidden section', () => {
    const doc = domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div>
      <div id="legal" class="j-module j-header"><h2 id="cc-m-header-1">Information under section 5</h2></div>
      <div class="kept"><p>${PROSE.repeat(2)}</p></div>
      <div id="related-h" class="j-module"><h3 class="related-title">Related</h3></div>
      <div id="more" class="j-module"><div><h3>More from us</h3></div></div>
      <div class="link-box"><a href="/a">Budget</a> <a href="/b">Council</a> <a href="/c">Harbour</a></div></div></body>`);
    plan(doc, '#root', '.kept');
    expectHiding(doc, { '#legal': false, '#related-h': true, '.link-box': true, '#more': true });
  });

  it('a wrapped heading with nothing after it is hidden (the title of a block elsewhere)', () => {
    const doc = domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div><div id="last" class="module"><h4>You may also like</h4></div></div></body>`);
    plan(doc, '#root', '.kept');
    expect(isHidden(doc.getElementById('last'))).toBe(true);
  });

  it('a linked teaser heading is still a link, not a heading block', () => {
    const doc = domFrom(`<body><div id="root"><div class="kept"><p>${PROSE.repeat(4)}</p></div><a id="teaser" href="/other"><h3>Another story entirely</h3></a></div></body>`);
    plan(doc, '#root', '.kept');
    expect(isHidden(doc.getElementById('teaser'))).toBe(true);
  });
});

describe('a short block Readability dropped', () => {
  const page = () =>
    domFrom(`<body><div id="root">
      <div class="kept"><p>${PROSE.repeat(3)}</p></div>
      <div id="sentence">At the old kitchen table with its café chairs.</div>
      <div class="kept2"><p>${PROSE.repeat(3)}</p></div>
      <div id="answer">Because he was too chicken to fly!</div>
      <div id="label">Weitere Themen</div>
      <div id="question">How green can a trail be built?</div>
      <div id="linked">Read the <a href="/other">whole interview</a> here.</div>
      <div id="two-words">Photo gallery.</div>
    </div></body>`);

  it('stays visible when it is a statement of four or more words without links, closed as a sentence is', () => {
    const doc = page();
    plan(doc, '#root', '.kept, .kept2');
    expectHiding(doc, { '#sentence': false, '#answer': false });
  });

  it('is hidden as before when it is a label, a question (a teaser or poll title), linked, or two words', () => {
    const doc = page();
    plan(doc, '#root', '.kept, .kept2');
    expectHiding(doc, { '#label': true, '#question': true, '#linked': true, '#two-words': true });
  });
});

describe('an equation Readability dropped', () => {
  it('stays visible whatever its container is called (MathJax names each after its context menu)', () => {
    const doc = domFrom(`<body><div id="root">
      <div class="kept"><p>${PROSE.repeat(3)}</p></div>
      <mjx-container id="eq" class="MathJax CtxtMenu_Attached_0" display="true"><mjx-math aria-hidden="true"><mjx-mi>x</mjx-mi></mjx-math>
        <mjx-assistive-mml><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><mn>2</mn></math></mjx-assistive-mml></mjx-container>
      <div id="menu" class="CtxtMenu_Attached_0">x = 2</div>
      <nav id="nav"><math><mi>π</mi></math><a href="/">Home</a></nav>
      <div class="kept2"><p>${PROSE.repeat(3)}</p></div>
    </div></body>`);
    plan(doc, '#root', '.kept, .kept2');
    expectHiding(doc, { '#eq': false, '#menu': true, '#nav': true });
  });
});

describe('prose Readability dropped after the article’s end', () => {
  // The body Readability kept, then a share and print bar (controls, no furniture name), then a
  // disclaimer in unnamed blocks: after the end of the article.
  const page = (after: string) =>
    domFrom(`<body><article id="root">
      <div class="body" id="body"><p id="p1">${PROSE.repeat(3)}</p><p id="p2">${PROSE.repeat(3)}</p></div>
      ${after}
    </article></body>`);
  const toolbar = '<div class="mt-12 flex" id="bar"><span>Share</span><button>Facebook</button><button>Print</button></div>';
  const disclaimer = `<div id="disclaimer"><h2>Disclaimer:</h2><div><p id="d1">As a service to our readers, the publisher gives access to its library of archived content. Please note the date of last review.</p></div></div>`;

  it('hides the disclaimer that follows the share bar after the body', () => {
    const doc = page(toolbar + disclaimer);
    plan(doc, '#root', '#body');
    expectHiding(doc, { '#bar': true, '#disclaimer': true, '#p1': false, '#p2': false });
  });

  it('leaves it when nothing marks the article’s end before it (it may be the article’s own)', () => {
    const doc = page(disclaimer);
    plan(doc, '#root', '#body');
    expectHiding(doc, { '#disclaimer': false, '#d1': false });
  });

  it('leaves a long section after the bar: an article section Readability dropped, not a note', () => {
    const doc = page(`${toolbar}<div id="long"><h2>What comes next</h2><p>${PROSE.repeat(18)}</p></div>`);
    plan(doc, '#root', '#body');
    expectHiding(doc, { '#bar': true, '#long': false });
  });

  it('leaves short blocks after the bar when long ones follow them: the article’s last sections', () => {
    const sections = Array.from({ length: 4 }, (_, i) => `<section id="s${i}"><h2>Part ${i}</h2><p>${PROSE.repeat(5)}</p></section>`).join('');
    const doc = page(`${toolbar}<div id="short-one"><p>${PROSE}</p></div>${sections}`);
    plan(doc, '#root', '#body');
    expectHiding(doc, { '#bar': true, '#short-one': false, '#s0': false, '#s3': false });
  });
});
