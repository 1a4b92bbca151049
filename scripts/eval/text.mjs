/**
 * Text of a DOM subtree with a line break around every block element, so words of adjacent
 * blocks never run together (textContent would join "Title" and "First" into "TitleFirst").
 * Runs on any DOM: in Node over jsdom (expected.html) and in the bare Readability extension
 * (its article element, which is detached, so innerText would be textContent there).
 */

const BLOCKS = new Set(
  (
    'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul ' +
    'caption center'
  ).split(' '),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** @param {Node} root */
export function blockText(root) {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) {
      out.push(node.data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? node.localName : '';
    if (SKIP.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) out.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
  };
  walk(root);
  return out
    .join('')
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
