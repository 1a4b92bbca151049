import { describe, expect, it } from 'vitest';
import { KeepClean } from '../../../src/page/keeper';
import { domFrom } from '../helpers/page-fixture';

/** A page with an article and room beside it, and a keeper that records what it hides. */
function setup() {
  const doc = domFrom('<body><main id="main"><article id="a"><p>Text of the article.</p></article></main><div id="side"></div></body>');
  const hidden: Element[] = [];
  const keeper = new KeepClean(doc, {
    keepNodes: () => [doc.getElementById('a') as Element],
    hide: (el) => hidden.push(el),
    remark: () => undefined,
    relock: () => undefined,
  });
  return { doc, hidden, keeper };
}

/** Lets the keeper's batch run (its fallback timer is 100 ms). */
const batch = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('KeepClean lifecycle', () => {
  it('hides what arrives beside the article while its cleanup runs', async () => {
    const { doc, hidden, keeper } = setup();
    keeper.start(new AbortController().signal);
    const late = doc.createElement('div');
    doc.body.append(late);
    await batch();
    expect(hidden).toContain(late);
  });

  it('stops when the cleanup that started it is aborted', async () => {
    const { doc, hidden, keeper } = setup();
    const cleanup = new AbortController();
    keeper.start(cleanup.signal);
    cleanup.abort();
    doc.body.append(doc.createElement('div'));
    await batch();
    expect(hidden).toEqual([]);
  });

  it('never starts for a cleanup already aborted', async () => {
    const { doc, hidden, keeper } = setup();
    const cleanup = new AbortController();
    cleanup.abort();
    keeper.start(cleanup.signal);
    doc.body.append(doc.createElement('div'));
    await batch();
    expect(hidden).toEqual([]);
  });
});
