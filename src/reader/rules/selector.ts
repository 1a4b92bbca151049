/**
 * Turns an element the reader picked into a CSS selector that holds on the site's other pages:
 * built from stable ids, classes and attributes (data-*, role, aria-label, itemprop) and tag
 * names, with a short chain of stable ancestors, never from generated class names (hashed
 * CSS-in-JS names such as `css-1x2y3z`, `sc-bdVaJa`, CSS-module hashes) nor from positions
 * (`:nth-child` paths break on the next page, whose text and item counts differ).
 *
 * A few candidates are tried on the current page, shortest first; the first that matches exactly
 * the element (one match, and it is the element) wins. Pure: runs in jsdom and in the page.
 */

export const SELECTOR_LIMITS = {
  /** A rule's selector is stored and synced in settings exports: kept short. */
  maxSelectorChars: 200,
  /** Ancestors looked at for anchors, from the element up. */
  maxAncestors: 12,
  /** Stable classes used per element (the first ones in the attribute). */
  maxClassesPerElement: 6,
  /** Attribute values longer than this are page text, not template. */
  maxAttrValueChars: 40,
  /** Candidates queried on the page, at most. */
  maxCandidates: 120,
};

/** Attributes templates use to name blocks (values must look stable too). */
const NAMING_ATTRS = ['role', 'itemprop', 'aria-label', 'data-testid', 'data-test', 'data-component', 'data-module', 'data-type', 'data-role', 'data-block', 'data-section', 'data-widget'];

/** Tags that name a region of a template by themselves. */
const LANDMARK_TAGS = new Set(['main', 'article', 'aside', 'header', 'footer', 'nav', 'section', 'form', 'figure', 'dialog']);

/** Prefixes of class names that CSS-in-JS libraries and frameworks generate. */
const GENERATED_PREFIX = /(?:^|[-_])(?:css|sc|jsx|emotion|styled|svelte|astro|glamor|jss|tw)-(?=[A-Za-z0-9]*(?:\d|[a-z][A-Z]))[A-Za-z0-9]{4,}$|^(?:ember|ng-tns-c)\d/;
/** A plain CSS identifier (anything else is skipped rather than escaped: stable names are plain). */
const IDENT = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Whether a class name or id looks generated, so it will differ on the next build or page:
 * - a generator's prefix (`css-1x2y3z`, `sc-bdVaJa`, `jsx-2893`, `svelte-1n2k3`, `ember123`);
 * - a short part with a digit followed by a letter (`a1b2c`, `_3xYz1`, `Header_title__3xYz1`), or
 *   any part switching between letters and digits three times or more, where stable names carry
 *   digits as a tail (`col-12`, `h2`, `span6`) or in one word (`heart2Outline`);
 * - a run of four digits or more (`post-123456`, `ember1234`: an article's or a render's number);
 * - a random mixed-case part (`bdVaJa`, `lmomFr`): capitals that do not start words, where
 *   camelCase names (`articleBody`, `NavBar`, `showOnMobile`, `logoM`) have them.
 * Measured on the class names of ../shared/corpus/readability-test-pages: see the commit body.
 */
export function isGeneratedName(name: string): boolean {
  if (name.length === 0 || name.length > 60) return true;
  if (!IDENT.test(name)) return true;
  if (GENERATED_PREFIX.test(name)) return true;
  if (/\d{4,}/.test(name)) return true;
  // Emotion's hash without digits (`css-nuvmzp`), CSS modules' five-character hash (`styles_copy__RACZ3`).
  if (/^css-[a-z0-9]{5,8}$/.test(name) || /(?:__|--)(?=[A-Za-z0-9_]{5}$)(?=[A-Za-z0-9_]*\d)(?=[A-Za-z0-9_]*[A-Z])/.test(name)) return true;
  for (const part of name.split(/[-_]+/)) {
    if (part.length < 3) continue;
    // A short hash (`1fe7a5q`, `3xYz1`) has a digit followed by a letter; a longer name with a
    // number in a word (`heart2Outline`) has few letter/digit switches, a hash many.
    const switches = part.match(/\d(?=\D)|\D(?=\d)/g)?.length ?? 0;
    if (switches >= 3 || (part.length <= 8 && /\d[a-zA-Z]/.test(part))) return true;
    if (/[a-z]/.test(part) && /[A-Z]/.test(part) && /^[A-Za-z]+$/.test(part)) {
      // camelCase words: a short part's capitals each start a word of three letters or more
      // (`lmomFr`, `hByOxy` are styled-components names), a longer part's of two or more
      // (`showOnMobile`); capitals may close it (`logoM`, `headerHTML`).
      const words = part.length <= 8 ? /^[A-Z]?[a-z]+(?:[A-Z][a-z]{2,})*[A-Z]*$/ : /^[A-Z]?[a-z]+(?:[A-Z][a-z]+)*[A-Z]*$/;
      if (part.length >= 5 && !words.test(part)) return true;
    }
  }
  return false;
}

/** `value` quoted for an attribute selector, or undefined when it is not template-like. */
function attrValue(value: string): string | undefined {
  if (value.length === 0 || value.length > SELECTOR_LIMITS.maxAttrValueChars) return undefined;
  if (/["\\\n\r]/.test(value)) return undefined;
  if (/\d{4,}/.test(value)) return undefined; // an article's id or a date: not on the next page
  return `"${value}"`;
}

/** The simple selectors that name `el` by what its template gives it, each alone. */
export function stableParts(el: Element): string[] {
  const tag = el.localName;
  if (!IDENT.test(tag)) return [];
  const parts: string[] = [];
  const id = el.getAttribute('id');
  if (id && !isGeneratedName(id)) parts.push(`#${id}`);
  const classes = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c !== '' && !isGeneratedName(c))
    .slice(0, SELECTOR_LIMITS.maxClassesPerElement);
  for (const c of classes) parts.push(`${tag}.${c}`);
  for (let i = 0; i < classes.length; i++) for (let j = i + 1; j < classes.length; j++) parts.push(`${tag}.${classes[i]}.${classes[j]}`);
  for (const name of NAMING_ATTRS) {
    const raw = el.getAttribute(name);
    if (raw === null) continue;
    const quoted = attrValue(raw);
    if (quoted && !(name.startsWith('data-') && isGeneratedName(raw.replace(/\s+/g, '-')))) parts.push(`${tag}[${name}=${quoted}]`);
  }
  parts.push(tag);
  return parts;
}

/** Whether a part names the element by more than its tag (an anchor for a chain). */
function isAnchor(part: string, el: Element): boolean {
  return part !== el.localName || LANDMARK_TAGS.has(el.localName);
}

/** Exactly `el`: one match on its document, and it is `el`. */
function picksExactly(doc: Document | Element, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/**
 * The shortest selector among the candidates that picks exactly `el` on `doc`, or undefined when
 * none does (the element has nothing stable that sets it apart: the correction then holds on this
 * page only).
 */
export function generalizeSelector(el: Element, doc: Document = el.ownerDocument): string | undefined {
  if (!el.isConnected || el === doc.documentElement || el === doc.body || el === doc.head) return undefined;
  const own = stableParts(el);
  // Ancestors' anchors, nearest first, bounded.
  const ancestors: Array<{ el: Element; parts: string[] }> = [];
  for (let a = el.parentElement, n = 0; a && a !== doc.body && a !== doc.documentElement && n < SELECTOR_LIMITS.maxAncestors; a = a.parentElement, n++) {
    const parts = stableParts(a).filter((p) => isAnchor(p, a));
    if (parts.length > 0) ancestors.push({ el: a, parts: parts.slice(0, 4) });
  }
  // Each candidate with its rank: the element named by its own class, id or attribute first; then
  // its tag under a named ancestor; then tag names only (`main div`), which break as soon as the
  // template adds a block. Within a rank, the shortest first.
  const candidates = new Map<string, number>();
  const add = (selector: string, ownPart: string) => {
    if (selector.length > SELECTOR_LIMITS.maxSelectorChars || candidates.has(selector)) return;
    candidates.set(selector, /[.#[]/.test(ownPart) ? 0 : /[.#[]/.test(selector) ? 1 : 2);
  };
  for (const p of own) add(p, p);
  for (const anc of ancestors) {
    for (const ap of anc.parts) {
      for (const p of own) {
        if (anc.el === el.parentElement) add(`${ap} > ${p}`, p);
        add(`${ap} ${p}`, p);
      }
    }
  }
  // Two anchors: the nearest anchor under one further up.
  for (let i = 0; i < ancestors.length && i < 4; i++) {
    for (let j = i + 1; j < ancestors.length && j < 6; j++) {
      const near = ancestors[i] as { parts: string[] };
      const far = ancestors[j] as { parts: string[] };
      for (const p of own.slice(0, 3)) add(`${far.parts[0]} ${near.parts[0]} ${p}`, p);
    }
  }
  const sorted = [...candidates.keys()].sort((a, b) => (candidates.get(a) as number) - (candidates.get(b) as number) || a.length - b.length || a.localeCompare(b));
  let tried = 0;
  for (const candidate of sorted) {
    if (tried++ >= SELECTOR_LIMITS.maxCandidates) break;
    if (picksExactly(doc, candidate, el)) return candidate;
  }
  return undefined;
}

/** The one element `selector` picks on `doc`, or undefined (no match, several, or not valid CSS). */
export function pickOne(doc: Document, selector: string): Element | undefined {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 ? (found[0] as Element) : undefined;
  } catch {
    return undefined;
  }
}
