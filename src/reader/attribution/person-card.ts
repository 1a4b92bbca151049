/**
 * A person's card on the page, for a page on which no source names a person: a small block that
 * writes a name and links to that person's own page (an author's or an expert's path, as the
 * header's author links), the link's address spelling the name
 * ("<div><p>Jane Doe</p><p>Tech Writer</p><a href="/blog/authors/jane-doe">Articles by Jane</a></div>",
 * "<div class="expert-name">Jane Doe</div><a href="/experts/jane-doe">All recipes</a>"). The link's
 * own text may be a control's ("Articles by Jane", "All recipes"); the address and the name
 * written beside it agree letter for letter, in any language. Cards in lists of like cards, in
 * comments, navigation and footers are others'. Bounded: a fixed number of links, a few levels up.
 */
import { inChrome, shownTextNodes } from './dom-utils';
import { AUTHOR_PATH } from './page-header';
import { placedAside } from './name-placement';
import { letters, spelled } from './site-owner';

/** Links looked at, at most. */
const MAX_LINKS = 600;
/** Levels climbed from a link to find the name beside it. */
const CARD_DEPTH = 3;
/** A card's text is short: a name, a role, a line and the link. */
const CARD_CHARS = 300;
/** Paths of a person's page besides the author pages the header reads: /experts/jane-doe, /experten/… */
const EXPERT_PATH = /\/(?:experts?|experten|expert[oa]s?)\/[^/?#]+/i;
/** Letters a slug needs to spell a whole name ("janedoe"). */
const MIN_SLUG = 6;

/** The letters of the last part of a link's path when it is a slug of two or three words ("jane-doe"), else undefined. */
function slugKey(href: string, base: string): string | undefined {
  let path: string;
  try {
    const url = new URL(href, base);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    path = url.pathname;
  } catch {
    return undefined;
  }
  // A person's own page: a link to a tag, a topic or a product whose slug is two capitalised
  // words on the page ("/tag/science-fiction") names no one.
  if (!AUTHOR_PATH.test(path) && !EXPERT_PATH.test(path)) return undefined;
  const last = path.split('/').filter(Boolean).pop() ?? '';
  let part: string;
  try {
    part = decodeURIComponent(last).replace(/\.[a-z]{2,5}$/i, '');
  } catch {
    return undefined;
  }
  // Words of letters set apart by hyphens, underscores or dots; a trailing id ("jane-doe-14532336") aside.
  const words = part.replace(/[-_.]\d+$/, '').split(/[-_.]/);
  if (words.length < 2 || words.length > 3 || words.some((w) => !/^\p{L}{2,}$/u.test(w))) return undefined;
  const key = letters(words.join(''));
  return key.length >= MIN_SLUG ? key : undefined;
}

/**
 * An element's text nodes joined by spaces ("<p>Jane Doe</p><p>Writer</p>" is "Jane Doe Writer"),
 * leaving out the link's own text (a link whose words are its address, "/about-us" "About Us", is
 * no card), or undefined past `max` characters.
 */
function spacedText(el: Element, link: Element, max: number): string | undefined {
  let out = '';
  for (const node of shownTextNodes(el, max)) {
    if (link.contains(node)) continue;
    out += ` ${node.nodeValue ?? ''}`;
    if (out.length > max * 8) return undefined;
  }
  const text = out.replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : undefined;
}

/** The name on the first person's card the page shows, or undefined. */
export function cardPerson(doc: Document, headline?: Element): string | undefined {
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i] as Element;
    const key = slugKey(a.getAttribute('href') ?? '', doc.baseURI);
    if (!key || inChrome(a)) continue;
    const parent = a.parentElement;
    if (!parent || placedAside(parent, headline)) continue;
    let block: Element | null = parent;
    for (let depth = 0; block && depth < CARD_DEPTH && block.tagName !== 'BODY'; depth++, block = block.parentElement) {
      const text = spacedText(block, a, CARD_CHARS);
      if (text === undefined) break;
      const name = spelled(text, key);
      if (name) return name;
    }
  }
  return undefined;
}
