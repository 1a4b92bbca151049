/**
 * Finds the article with Mozilla Readability on a numbered copy of the page and maps the result
 * back to live elements: the set Readability kept and the live root that holds them all.
 */
import { Readability } from '@mozilla/readability';
import type { ReadabilityMetadata } from '../shared/attribution/extract-attribution';
import { liveElementsIn, numberedClone } from './number-clone';

/** Pages with more elements than this are not parsed: cloning and parsing them could hang the tab. */
export const MAX_ELEMENTS = 60_000;
/** Less visible article text than this is not an article worth cleaning for. */
export const MIN_ARTICLE_CHARS = 250;

export type FoundArticle =
  | { kind: 'article'; root: Element; kept: Set<Element>; metadata: ReadabilityMetadata; textLength: number }
  | { kind: 'too-large'; elements: number }
  | { kind: 'no-article'; reason: string };

/** Lowest common ancestor of `elements` (all in one document). Linear in the depth: no contains(). */
export function commonAncestor(elements: Iterable<Element>): Element | undefined {
  let chain: Element[] | undefined; // ancestors of the current answer, root first
  let depthOf: Map<Element, number> | undefined;
  for (const el of elements) {
    if (!chain || !depthOf) {
      chain = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.push(e);
      chain.reverse();
      depthOf = new Map(chain.map((e, i) => [e, i]));
      continue;
    }
    let e: Element | null = el;
    while (e && !depthOf.has(e)) e = e.parentElement;
    if (!e) return undefined;
    const depth = depthOf.get(e) as number;
    for (let i = depth + 1; i < chain.length; i++) depthOf.delete(chain[i] as Element);
    chain.length = depth + 1;
  }
  return chain?.[chain.length - 1];
}

/**
 * The live elements that stand for Readability's top-level blocks: for each child of the result,
 * itself when it is numbered, else its numbered descendants nearest the top.
 */
function topLevelLive(content: Element, live: readonly Element[], kept: Set<Element>): Element[] {
  const out: Element[] = [];
  const visit = (el: Element, depth: number) => {
    const n = el.getAttribute('data-qr-n');
    const element = n === null ? undefined : live[Number(n)];
    if (element && kept.has(element)) {
      out.push(element);
      return;
    }
    if (depth > 64) return;
    for (const child of Array.from(el.children)) visit(child, depth + 1);
  };
  for (const child of Array.from(content.children)) visit(child, 0);
  return out;
}

/**
 * A modal marks the rest of the page aria-hidden (or inert), and Readability skips aria-hidden
 * nodes as invisible, so it would miss the article behind a sign-up popup. In the copy only,
 * containers with real text lose those attributes; small hidden bits (icons, duplicates) keep them.
 */
export function revealModalBackground(clone: Document): void {
  for (const el of Array.from(clone.querySelectorAll('[aria-hidden="true"], [inert]')).slice(0, 500)) {
    if ((el.textContent ?? '').length < 500) continue;
    el.removeAttribute('aria-hidden');
    el.removeAttribute('inert');
  }
}

export function findArticle(doc: Document, maxElements = MAX_ELEMENTS): FoundArticle {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) return { kind: 'too-large', elements };
  const numbered = numberedClone(doc);
  if (!numbered) return { kind: 'no-article', reason: 'The page changed while it was being read.' };
  revealModalBackground(numbered.clone);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(numbered.clone, {
      maxElemsToParse: maxElements,
      serializer: (node) => node as Element,
    }).parse();
  } catch (error) {
    if (error instanceof Error && /elements found/.test(error.message)) return { kind: 'too-large', elements };
    throw error;
  }
  const content = parsed?.content;
  if (!parsed || !content) return { kind: 'no-article', reason: 'Readability found no article.' };
  const textLength = (parsed.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (textLength < MIN_ARTICLE_CHARS) return { kind: 'no-article', reason: 'The page has too little article text.' };
  const kept = liveElementsIn(content, numbered.live);
  const root = commonAncestor(topLevelLive(content, numbered.live, kept));
  if (!root || root === doc.documentElement || root === doc.head || !doc.body?.contains(root)) {
    return { kind: 'no-article', reason: 'The article could not be located on the page.' };
  }
  return {
    kind: 'article',
    root,
    kept,
    textLength,
    metadata: {
      title: parsed.title,
      byline: parsed.byline,
      siteName: parsed.siteName,
      publishedTime: parsed.publishedTime,
      excerpt: parsed.excerpt,
      lang: parsed.lang,
      dir: parsed.dir,
    },
  };
}
