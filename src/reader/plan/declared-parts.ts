/**
 * Parts of the article that the page declares in its structured data and Readability leaves out:
 * a recipe's ingredients and steps (schema.org Recipe `recipeIngredient`, `recipeInstructions`;
 * HowTo `step`; in JSON-LD or in a Recipe item's microdata), and a product's description
 * (Product `description`). Readability scores prose, and a list of "125 g flour" rows has none, so
 * the ingredients are the first thing it drops, and a page of steps in cards can lose them all; a
 * shop's product page loses its description table to a marketing block.
 *
 * Each declared list is found on the page by its words: the deepest block that holds most of its
 * items and little else. A list whose items are scattered over the page, or lost in a block much
 * larger than they are, is not found: when unsure, nothing more is kept.
 */
import { decodeEntities } from '../attribution/html-entities';
import { parseJsonLdText, typesOf } from '../attribution/json-ld-text';
import { LIMITS, TAGS } from '../vocabulary';
import { headingOf } from './hide-plan';

type JsonNode = Record<string, unknown>;

const isNode = (x: unknown): x is JsonNode => typeof x === 'object' && x !== null && !Array.isArray(x);
const own = (node: JsonNode, key: string): unknown => (Object.hasOwn(node, key) ? node[key] : undefined);

const SPACE = /[\s\u00a0\u00ad\u200b\u2060\ufeff]+/g;

/** A page's text as words only: no white space, lower case. */
function words(text: string): string {
  return text.replace(SPACE, '').toLowerCase();
}

/** A declared item as words only: its markup and character references gone too. */
export function compact(item: string): string {
  return words(decodeEntities(item.replace(/<[^>]*>/g, ' ')));
}

/** The texts of a list of steps: strings, HowToStep `text`s, HowToSection `itemListElement`s. */
function stepTexts(value: unknown, out: string[], depth = 0): void {
  if (depth > LIMITS.maxStepDepth || out.length >= LIMITS.maxItems) return;
  if (typeof value === 'string') {
    // One string of steps: its lines or sentences are the items.
    for (const part of value.split(/\n+|(?<=[.!?])\s+/)) if (part.trim()) out.push(part);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value.slice(0, LIMITS.maxItems)) stepTexts(item, out, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  const list = own(value, 'itemListElement');
  if (list !== undefined) stepTexts(list, out, depth + 1);
  else stepTexts(own(value, 'text') ?? own(value, 'name'), out, depth + 1);
}

/** The page's own entities: top level, `@graph`, `mainEntity` (not ones nested in them). */
function ownEntities(value: unknown, out: JsonNode[], depth = 0): void {
  if (depth > LIMITS.maxEntityDepth || out.length > LIMITS.maxEntities) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, LIMITS.maxEntities)) ownEntities(item, out, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  out.push(value);
  for (const key of ['@graph', 'mainEntity']) if (own(value, key) !== undefined) ownEntities(own(value, key), out, depth + 1);
}

/**
 * The lists of items a page's Recipe or HowTo declares (JSON-LD, or a Recipe in microdata):
 * ingredients, steps; and a Product's description, as lines and sentences.
 */
export function declaredLists(doc: Document): string[][] {
  const lists: string[][] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, LIMITS.maxScripts)) {
    const text = script.textContent ?? '';
    if (!/recipe|howto|product/i.test(text)) continue;
    const entities: JsonNode[] = [];
    ownEntities(parseJsonLdText(text), entities);
    for (const entity of entities) {
      const types = typesOf(entity);
      if (types.includes('product')) {
        const steps: string[] = [];
        stepTexts(own(entity, 'description'), steps);
        if (steps.length > 0) lists.push(steps);
      }
      if (!types.includes('recipe') && !types.includes('howto')) continue;
      const ingredients = own(entity, 'recipeIngredient') ?? own(entity, 'ingredients');
      if (Array.isArray(ingredients)) lists.push(ingredients.filter((x): x is string => typeof x === 'string').slice(0, LIMITS.maxItems));
      for (const key of ['recipeInstructions', 'step']) {
        const steps: string[] = [];
        stepTexts(own(entity, key), steps);
        if (steps.length > 0) lists.push(steps);
      }
      if (lists.length >= LIMITS.maxLists) return lists.slice(0, LIMITS.maxLists);
    }
  }
  // Microdata: a Recipe or Product item of the page's own (not inside another item) names its
  // lists in place; a product's description is its article.
  for (const item of Array.from(doc.querySelectorAll('[itemscope][itemtype]')).slice(0, LIMITS.maxEntities)) {
    if (item.parentElement?.closest('[itemscope]')) continue;
    const type = (item.getAttribute('itemtype') ?? '').toLowerCase();
    const props = /recipe/.test(type) ? ['recipeIngredient', 'ingredients', 'recipeInstructions'] : /product/.test(type) ? ['description'] : [];
    for (const prop of props) {
      // The item's own properties, not those of an item inside it (a review's description).
      const itemOf = (el: Element) => (el.hasAttribute('itemscope') ? el.parentElement?.closest('[itemscope]') : el.closest('[itemscope]'));
      const mine = Array.from(item.querySelectorAll(`[itemprop~="${prop}" i]`)).filter((el) => itemOf(el) === item);
      const texts = mine.slice(0, LIMITS.maxItems).map((el) => el.textContent ?? '');
      // One element holds the steps (or the description): its lines and sentences are the items.
      const items: string[] = [];
      if (texts.length === 1) stepTexts(texts[0], items);
      else items.push(...texts);
      if (items.length > 0) lists.push(items);
      if (lists.length >= LIMITS.maxLists) return lists.slice(0, LIMITS.maxLists);
    }
  }
  return lists;
}

/** The body's visible-to-scripts text, compacted, with where each text node starts in it. */
interface TextIndex {
  text: string;
  starts: number[];
  nodes: Text[];
}

function indexText(body: Element): TextIndex {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && TAGS.code.has((n as Element).tagName.toUpperCase()) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  const parts: string[] = [];
  const starts: number[] = [];
  const nodes: Text[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const text = words((n as Text).data);
    if (!text) continue;
    parts.push(text);
    starts.push(length);
    nodes.push(n as Text);
    length += text.length;
  }
  return { text: parts.join(''), starts, nodes };
}

/** The text node holding position `at` of the index. */
function nodeAt(index: TextIndex, at: number): Text {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return index.nodes[lo] as Text;
}

function depthOf(el: Element): number {
  let d = 0;
  for (let e: Element | null = el; e; e = e.parentElement) d++;
  return d;
}

/** The deepest block holding most of `items` and not much else, if there is one. */
function locate(items: readonly string[], index: TextIndex, body: Element): Element | undefined {
  const wanted = [...new Set(items.map(compact).filter((x) => x.length >= LIMITS.minItemChars))];
  if (wanted.length === 0) return undefined;
  const holds = new Map<Element, Set<number>>();
  wanted.forEach((item, i) => {
    for (let at = index.text.indexOf(item), places = 0; at >= 0 && places < LIMITS.maxPlaces; at = index.text.indexOf(item, at + 1), places++) {
      const first = nodeAt(index, at).parentElement;
      const last = nodeAt(index, at + item.length - 1).parentElement;
      if (!first || !last) continue;
      let el: Element | null = first;
      while (el && !el.contains(last)) el = el.parentElement;
      for (; el && el !== body; el = el.parentElement) {
        let set = holds.get(el);
        if (!set) {
          set = new Set();
          holds.set(el, set);
        }
        set.add(i);
      }
    }
  });
  const needed = Math.max(1, Math.ceil(LIMITS.minItemShare * wanted.length));
  let best: Element | undefined;
  let bestDepth = -1;
  for (const [el, set] of holds) {
    if (set.size < needed) continue;
    const depth = depthOf(el);
    if (depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  if (!best) return undefined;
  const found = [...(holds.get(best) as Set<number>)].reduce((sum, i) => sum + (wanted[i] as string).length, 0);
  const blockText = words(best.textContent ?? '').length;
  if (blockText > LIMITS.maxTextRatio * found + LIMITS.textAllowance) return undefined;
  // Out to the list's own heading ("Ingredients", "Method"): a parent whose other children are
  // headings, or hold no text.
  let block = best;
  for (let level = 0, parent = block.parentElement; level < LIMITS.maxHeadingLevels && parent && parent !== body; level++, parent = parent.parentElement) {
    const others = Array.from(parent.children).filter((c) => c !== block);
    if (!others.every((c) => headingOf(c) || !(c.textContent ?? '').trim())) break;
    block = parent;
  }
  return block;
}

/** The blocks of the page that hold the lists its structured data declares, outside `root`. */
export function declaredParts(doc: Document, root: Element): Element[] {
  const body = doc.body;
  if (!body) return [];
  const lists = declaredLists(doc);
  if (lists.length === 0) return [];
  const index = indexText(body);
  const out: Element[] = [];
  for (const list of lists) {
    const block = locate(list, index, body);
    if (!block || root.contains(block) || block.contains(root)) continue;
    if (out.some((x) => x.contains(block))) continue;
    for (let i = out.length - 1; i >= 0; i--) if (block.contains(out[i] as Element)) out.splice(i, 1);
    out.push(block);
    // The list's heading, when it sits in a block of its own just before it.
    const before = block.previousElementSibling;
    if (before && headingOf(before) && !before.contains(root)) out.push(before);
  }
  return out;
}
