import { describe, expect, it } from 'vitest';
import { timeByScript } from '../../../scripts/eval/profile.mjs';
import { blockText } from '../../../scripts/eval/text.mjs';

describe('blockText', () => {
  it('keeps words of adjacent blocks apart and inline words together', () => {
    const div = document.createElement('div');
    div.innerHTML = '<h1>Title</h1><p>First <em>para</em>graph.</p><ul><li>one</li><li>two</li></ul><script>x()</script>';
    expect(blockText(div)).toBe('Title\nFirst paragraph.\none\ntwo');
  });
});

describe('timeByScript', () => {
  it('charges each sample to the nearest frame with a URL', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { url: '' }, children: [2, 4] },
        { id: 2, callFrame: { url: 'chrome-extension://abc/content.js' }, children: [3] },
        { id: 3, callFrame: { url: '', functionName: 'cloneNode' } },
        { id: 4, callFrame: { url: 'http://page/app.js' } },
      ],
      // A sample lasts until the next one: 3 -> 0.2 ms, 2 -> 0.3 ms, 4 -> 0.5 ms, last one 0.
      samples: [3, 2, 4, 1],
      timeDeltas: [0, 200, 300, 500],
    };
    const t = timeByScript(profile, (u) => (u.startsWith('chrome-extension://') ? 'ext' : 'page'));
    expect(t.ext).toBeCloseTo(0.5);
    expect(t.page).toBeCloseTo(0.5);
  });
});
