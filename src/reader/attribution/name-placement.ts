/**
 * Where the page writes a name: a name written only in a comment thread (a commenter), in one card
 * of a list of like cards (the author of another post) or as a control's label ("Follow") is not
 * the article's author. Readability's byline is read from the first element named author or byline
 * anywhere on the page, and so is the byline element: both are checked here by structure, in any
 * language. Bounded: a fixed number of text nodes, and a few levels up from each.
 */

import { shownTextNodes, smallText } from './dom-utils';

/** Text nodes read, at most. */
const MAX_NODES = 20_000;
/** Levels climbed from a text node to find a card list, a comment thread or a control. */
const MAX_DEPTH = 8;
/** Like siblings that make a block one card of a list. */
const MIN_CARDS = 3;
/** Siblings compared, at most. */
const MAX_SIBLINGS = 60;
/** A card is small: a teaser's title, a line of text and its byline. A larger block is a part of the page's layout. */
const MAX_CARD_CHARS = 600;

/** A comment thread's block, by its class or id. */
const COMMENT = /comment|kommentar|commentaire|comentario/i;
/** A control: a link or a button whose class names a button or an action on the author. */
const CONTROL_CLASS = /(?:^|[\s_-])(?:btn|button|follow|subscribe|abonnieren)(?:$|[\s_-])|follow-?button/i;

function classOf(el: Element): string {
  const c = el.getAttribute('class');
  return c ? c.trim().replace(/\s+/g, ' ') : '';
}

/** Words of a link's text that make it a teaser's title (a name link has two or three). */
const TITLE_WORDS = 4;

/** True when `el` holds a heading or a link whose text is a title: what a card of another post shows. */
function teaserTitle(el: Element): boolean {
  if (el.querySelector('h2, h3, h4, h5, h6') !== null) return true;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 10; i++) {
    const text = smallText(links[i] as Element, 200);
    if (text && text.trim().split(/\s+/).length >= TITLE_WORDS) return true;
  }
  return false;
}

/**
 * True when `el` is a small block that shows another post's title (a heading or a link of a few
 * words), one of at least three siblings of the same tag and class (a list
 * of post cards), and holds no headline of the page (a post in a list of posts is still its own
 * article). Layout blocks repeat their classes too ("col-md-4"), but hold more than a card's text.
 */
export function isCard(el: Element, headline?: Element): boolean {
  const parent = el.parentElement;
  const cls = classOf(el);
  if (!parent || cls === '' || (headline && el.contains(headline))) return false;
  if (smallText(el, MAX_CARD_CHARS) === undefined || !teaserTitle(el)) return false;
  let like = 0;
  let i = 0;
  for (let sib = parent.firstElementChild; sib && i < MAX_SIBLINGS; sib = sib.nextElementSibling, i++) {
    if (sib.tagName === el.tagName && classOf(sib) === cls) like++;
  }
  return like >= MIN_CARDS;
}

/** True when `el` sits in a comment thread, in a card of a list, or is (inside) a control. */
export function placedAside(el: Element, headline?: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    if (headline && node.contains(headline)) return false;
    if (node.tagName === 'BUTTON' || node.getAttribute('role') === 'button') return true;
    if (node.tagName === 'A' && CONTROL_CLASS.test(classOf(node))) return true;
    if (COMMENT.test(`${classOf(node)} ${node.id}`)) return true;
    if (isCard(node, headline)) return true;
    // The article's own element ends the climb: what holds it is the page around it.
    if (node.tagName === 'ARTICLE') break;
  }
  return false;
}

/**
 * False when the page writes `name` only aside (in comments, cards of other posts, controls);
 * true when it writes it anywhere else, or nowhere in its text (a name from the page's metadata).
 */
export function writtenAsAuthor(doc: Document, name: string, headline?: Element): boolean {
  const want = name.replace(/\s+/g, ' ').trim().toLowerCase();
  const root = doc.body;
  if (!root || want.length < 2) return true;
  let seen = false;
  for (const node of shownTextNodes(root, MAX_NODES)) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').toLowerCase();
    if (!text.includes(want)) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    seen = true;
    if (!placedAside(parent, headline)) return true;
  }
  return !seen;
}
