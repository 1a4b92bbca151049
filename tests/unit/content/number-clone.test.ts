import { describe, expect, it } from 'vitest';
import { liveElementsIn, numberedClone } from '../../../src/content/number-clone';
import { domFrom } from './page-fixture';

describe('numberedClone', () => {
  it('pairs every clone element with its live element in document order, and never marks the live page', () => {
    const doc = domFrom('<html><head><title>t</title></head><body><div id="a"><p id="b">x</p><svg id="c"><rect/></svg></div><template><p>tpl</p></template></body></html>');
    const before = doc.documentElement.outerHTML;
    const numbered = numberedClone(doc)!;
    expect(numbered.live.length).toBe(doc.getElementsByTagName('*').length);
    for (const el of Array.from(numbered.clone.getElementsByTagName('*'))) {
      const live = numbered.live[Number(el.getAttribute('data-qr-n'))]!;
      expect(live.tagName).toBe(el.tagName);
      expect(live.id).toBe(el.id);
      expect(live.ownerDocument).toBe(doc);
    }
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('maps numbered elements found anywhere in a result subtree back to live ones', () => {
    const doc = domFrom('<body><div id="a"><p id="b">x</p><p id="c">y</p></div></body>');
    const { clone, live } = numberedClone(doc)!;
    // Readability-like rewrite: a new wrapper, an element re-tagged with its attributes copied.
    const wrapper = clone.createElement('div');
    const retagged = clone.createElement('section');
    const b = clone.getElementById('b')!;
    for (const attr of Array.from(b.attributes)) retagged.setAttribute(attr.name, attr.value);
    wrapper.append(retagged, clone.getElementById('c')!);
    const found = liveElementsIn(wrapper, live);
    expect([...found].map((e) => e.id).sort()).toEqual(['b', 'c']);
    expect([...found].every((e) => e.ownerDocument === doc)).toBe(true);
  });
});
