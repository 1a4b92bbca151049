/**
 * A box that asks something of the reader inside the article's root: a sign-up, comment, contact
 * or search form with the few lines that say what it is for ("Subscribe to get the latest posts
 * sent to your email."). The hide plan hides a form Readability dropped by its tag, but the
 * heading and the sentence beside it stay, and Readability keeps them when they sit in the
 * article's container. Found by structure, so in any language: the largest block around the form
 * whose text outside the form is a line or two (LEAK.maxFormBoxChars) under one heading at most,
 * with no list or table; never the root, a block holding an extra (headline, byline, comments kept
 * on request) or one inside an extra.
 */
import { LEAK, readableLength } from '../vocabulary';

/** Fields a reader types into: a form holding none is a checklist, a quiz, a set of buttons. */
const TYPED = 'textarea, input:not([type]), input[type="text" i], input[type="email" i], input[type="search" i], input[type="tel" i], input[type="number" i], input[type="url" i]';

/**
 * Whether `box` holds more than a box's title and a line besides `control`: a second heading, a
 * list or a table (a table of contents, the article's sections in columns beside a form).
 */
function holdsArticleParts(box: Element, control: Element): boolean {
  let headings = 0;
  for (const el of Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6, ul, ol, table'))) {
    if (control.contains(el)) continue;
    if (el.localName === 'ul' || el.localName === 'ol' || el.localName === 'table' || ++headings > 1) return true;
  }
  return false;
}

/** The forms (or lone e-mail fields) in `root`, at most LEAK.maxFormBoxes, each with the box around it. */
export function formBoxes(root: Element, extras: readonly Element[]): Element[] {
  const out: Element[] = [];
  const controls = root.querySelectorAll('form, input[type="email" i]');
  const near = (el: Element) => extras.some((x) => x.contains(el) || el.contains(x));
  for (let i = 0; i < controls.length && i < LEAK.maxFormBoxes; i++) {
    const control = controls[i] as Element;
    // A field inside a form goes with its form.
    if (control.localName !== 'form' && control.parentElement?.closest('form')) continue;
    if (out.some((x) => x.contains(control)) || near(control)) continue;
    // A form that holds a block of text wraps content (a page built as one form, a comparison
    // table): not a box. One without a field to type in is a checklist or a quiz: the article's.
    const own = readableLength(control);
    if (own > LEAK.maxFormChars || (control.localName === 'form' && control.querySelector(TYPED) === null)) continue;
    let box: Element = control;
    for (let p = control.parentElement, depth = 0; p && p !== root && depth < LEAK.maxFormBoxDepth; p = p.parentElement, depth++) {
      if (readableLength(p) - own > LEAK.maxFormBoxChars || near(p) || holdsArticleParts(p, control)) break;
      box = p;
    }
    for (let j = out.length - 1; j >= 0; j--) if (box.contains(out[j] as Element)) out.splice(j, 1);
    out.push(box);
  }
  return out;
}
