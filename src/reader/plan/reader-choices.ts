/**
 * The reader's settings that change what a cleanup keeps: the comments under the article
 * (hidden by default, kept on request) and the article's images (kept by default).
 */

const COMMENTS_SELECTOR = '#comments, #disqus_thread, [id^="comments" i], [class~="comments" i], [class*="comment-list" i], [class*="comments-section" i], [class*="comments-area" i], section[aria-label*="comment" i]';

/** Comment sections (at most a few), outermost only. */
export function findComments(doc: Document, root: Element): Element[] {
  const found = Array.from(doc.querySelectorAll(COMMENTS_SELECTOR))
    .slice(0, 20)
    // Inside the article root too: there an extra is protected from the dropped-block rule.
    .filter((el) => el !== root && !el.contains(root) && !el.closest('nav, header, footer, [role="navigation"]'));
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el))).slice(0, 3);
}

/** The images and figures inside what we keep, for a reader who wants the text alone. */
export function findImages(keep: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const node of keep) {
    if (node.matches('figure, picture, img, video')) {
      out.push(node);
      continue;
    }
    for (const el of Array.from(node.querySelectorAll('figure, picture, img, video')).slice(0, 500)) {
      if (!el.parentElement?.closest('figure, picture')) out.push(el);
    }
  }
  return out;
}
