/**
 * The reader's settings that change what a cleanup keeps: the comments under the article
 * (hidden by default, kept on request) and the article's images (kept by default).
 */
import { LIMITS, SELECTORS } from '../vocabulary';

/** Comment sections (at most a few), outermost only. */
export function findComments(doc: Document, root: Element): Element[] {
  const found = Array.from(doc.querySelectorAll(SELECTORS.comments))
    .slice(0, LIMITS.maxCommentCandidates)
    // Inside the article root too: there an extra is protected from the dropped-block rule.
    .filter((el) => el !== root && !el.contains(root) && !el.closest(SELECTORS.pageChrome));
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el))).slice(0, LIMITS.maxCommentSections);
}

/** The images and figures inside what we keep, for a reader who wants the text alone. */
export function findImages(keep: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const node of keep) {
    if (node.matches(SELECTORS.images)) {
      out.push(node);
      continue;
    }
    for (const el of Array.from(node.querySelectorAll(SELECTORS.images)).slice(0, LIMITS.maxImagesHidden)) {
      if (!el.parentElement?.closest('figure, picture')) out.push(el);
    }
  }
  return out;
}
