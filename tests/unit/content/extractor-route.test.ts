import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMIT_CHARS, MESSAGE_TIMEOUT_MS, routeExtractor } from '../../../src/content/extractor-route';
import type { Extractor } from '../../../src/content/ask-extractor';
import type { ExtractReply, ExtractRequest } from '../../../src/shared/extraction';

const request = (chars: number): ExtractRequest => ({ type: 'extract', html: 'x'.repeat(chars), url: 'https://a.example/', baseUrl: 'https://a.example/', elements: 3, maxElements: 60_000 });
const NO_ARTICLE: ExtractReply = { kind: 'no-article', reason: 'test reply' };

/** A route that answers `answer` and records the sizes it was asked about. */
function route(answer: () => Promise<unknown>): Extractor & { asked: number[] } {
  const fn = ((req: ExtractRequest) => {
    fn.asked.push(req.html.length);
    return answer();
  }) as Extractor & { asked: number[] };
  fn.asked = [];
  return fn;
}

describe('routeExtractor', () => {
  it('sends a small copy by message and a large one through the frame only', async () => {
    const message = route(async () => NO_ARTICLE);
    const frame = route(async () => ({ kind: 'too-large', elements: 9 }));
    const extract = routeExtractor(message, frame);
    expect(await extract(request(MESSAGE_LIMIT_CHARS))).toEqual({ reply: NO_ARTICLE, via: 'message' });
    expect(await extract(request(MESSAGE_LIMIT_CHARS + 1))).toEqual({ reply: { kind: 'too-large', elements: 9 }, via: 'frame' });
    expect(message.asked).toEqual([MESSAGE_LIMIT_CHARS]);
    expect(frame.asked).toEqual([MESSAGE_LIMIT_CHARS + 1]);
  });

  it.each([
    ['fails (no background to answer)', () => Promise.reject(new Error('Could not establish connection'))],
    ['answers nothing', async () => undefined],
    ['answers something that is not a reading', async () => ({ kind: 'article', kept: 'all' })],
  ])('falls back to the frame when the message %s', async (_, answer) => {
    const frame = route(async () => NO_ARTICLE);
    expect(await routeExtractor(route(answer), frame)(request(10))).toEqual({ reply: NO_ARTICLE, via: 'frame' });
    expect(frame.asked).toEqual([10]);
  });

  it('falls back to the frame when the message is not answered in time', async () => {
    const frame = route(async () => NO_ARTICLE);
    const never = route(() => new Promise(() => undefined));
    const t0 = Date.now();
    expect(await routeExtractor(never, frame)(request(10))).toEqual({ reply: NO_ARTICLE, via: 'frame' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(MESSAGE_TIMEOUT_MS - 50);
  }, MESSAGE_TIMEOUT_MS + 5000);
});

describe('routeExtractor and the size of the copy', () => {
  it('leaves scripts out of a copy too large as it is, so that it fits a message; a small copy is sent as it is', async () => {
    const message = route(async () => NO_ARTICLE);
    const frame = route(async () => NO_ARTICLE);
    const extract = routeExtractor(message, frame, 1000);
    const withScript = (n: number) => ({ ...request(0), html: `<html><head><script>${'x'.repeat(n)}</script></head><body><p>text</p></body></html>` });
    expect((await extract(withScript(100))).via).toBe('message');
    expect((await extract(withScript(5000))).via).toBe('message');
    expect(message.asked).toEqual([withScript(100).html.length, '<html><head><script></script></head><body><p>text</p></body></html>'.length]);
    expect(frame.asked).toEqual([]);
  });
});
