/** Attribute names the cleaner sets on the page. Each is removed again on restore. */

/** On <html> while the page is cleaned: value "clean". */
export const STATE_ATTR = 'data-quiet-reader';
/** On every element hidden by the cleaner (clean.css: display none). */
export const HIDE_ATTR = 'data-quiet-reader-hide';
/** On <html>/<body> whose scroll lock was released (clean.css: overflow and position overrides). */
export const UNLOCK_ATTR = 'data-quiet-reader-unlock';
/** On the article's containers that are widened to a reading width. */
export const WIDEN_ATTR = 'data-quiet-reader-widen';
/** On containers of the article that the page left invisible (visibility hidden, opacity 0). */
export const REVEAL_ATTR = 'data-quiet-reader-reveal';
/** On <html> while the reader looks at what was hidden (clean.css: hidden blocks shown faded). */
export const PEEK_ATTR = 'data-quiet-reader-peek';
