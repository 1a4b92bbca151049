import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMIT_CHARS, MESSAGE_TIMEOUT_MS, routeExtractor } from '../../../src/page/extractor-route';
import type { Extractor } from '../../../src/page/ask-extractor';
import { MAX_COPY_CHARS, MAX_COPY_ELEMENTS, type ExtractReply, type ExtractRequest } from '../../../src/shared/protocol';
import { extractPage } from '../../../src/reader';

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
  it('sends every copy up to the reader’s cap by message, and none larger: there is no other route', async () => {
    const message = route(async () => NO_ARTICLE);
    const extract = routeExtractor(message);
    expect(await extract(request(MESSAGE_LIMIT_CHARS))).toEqual(NO_ARTICLE);
    expect(await extract(request(MESSAGE_LIMIT_CHARS + 1))).toEqual(NO_ARTICLE);
    expect(await extract(request(MAX_COPY_CHARS + 1))).toBeUndefined();
    expect(message.asked).toEqual([MESSAGE_LIMIT_CHARS, MESSAGE_LIMIT_CHARS + 1]);
  });

  it.each([
    ['fails (no background to answer)', () => Promise.reject(new Error('Could not establish connection'))],
    ['answers nothing', async () => undefined],
    ['answers something that is not a reading', async () => ({ kind: 'article', kept: 'all' })],
  ])('answers no reading (the page reads itself) when the message %s', async (_, answer) => {
    expect(await routeExtractor(route(answer))(request(10))).toBeUndefined();
  });

  it(
    'answers no reading when the message is not answered in time',
    async () => {
      const never = route(() => new Promise(() => undefined));
      const t0 = Date.now();
      expect(await routeExtractor(never)(request(10))).toBeUndefined();
      expect(Date.now() - t0).toBeGreaterThanOrEqual(MESSAGE_TIMEOUT_MS - 50);
    },
    MESSAGE_TIMEOUT_MS + 5000,
  );
});

describe('routeExtractor and the size of the copy', () => {
  it('leaves scripts out of a copy too large as it is; a small copy is sent as it is', async () => {
    const message = route(async () => NO_ARTICLE);
    const extract = routeExtractor(message, 1000);
    const withScript = (n: number) => ({ ...request(0), html: `<html><head><script>${'x'.repeat(n)}</script></head><body><p>text</p></body></html>` });
    expect(await extract(withScript(100))).toEqual(NO_ARTICLE);
    expect(await extract(withScript(5000))).toEqual(NO_ARTICLE);
    expect(message.asked).toEqual([withScript(100).html.length, '<html><head><script></script></head><body><p>text</p></body></html>'.length]);
  });
});

describe('the reader’s own caps (a forged request is bounded where it is read)', () => {
  it('refuses a copy larger than MAX_COPY_CHARS without parsing it', () => {
    const big = { ...request(0), html: `<html><body>${'<p>x</p>'.repeat(MAX_COPY_CHARS / 8 + 1)}</body></html>` };
    const parser = {
      parseFromString: () => {
        throw new Error('parsed');
      },
    } as unknown as DOMParser;
    expect(extractPage(big, parser)).toMatchObject({ kind: 'no-article', reason: expect.stringMatching(/too large/) });
  });

  it('answers a page with no article with where the page comes from, to cite it', () => {
    const html =
      '<html><head><title>Sign in | Daily Tide</title><meta property="og:site_name" content="Daily Tide"></head><body><main><h1>Sign in</h1><form><input name="email"></form></main></body></html>';
    const reply = extractPage({ ...request(0), html, url: 'https://dailytide.example/login', baseUrl: 'https://dailytide.example/login', elements: 8 }, new DOMParser());
    expect(reply.kind).toBe('no-article');
    expect(reply.attribution?.headline?.value).toBe('Sign in');
    expect(reply.attribution?.siteName?.value).toBe('Daily Tide');
    // Too large to read is no reading at all: nothing to say about the page.
    const big = { ...request(0), html: 'x'.repeat(MAX_COPY_CHARS + 1) };
    expect(extractPage(big, new DOMParser()).attribution).toBeUndefined();
  });

  it('reads no more elements than its own bound, whatever maxElements the request claims', () => {
    const forged = { ...request(0), html: '<html><body><p>x</p></body></html>', elements: MAX_COPY_ELEMENTS + 1, maxElements: Number.MAX_SAFE_INTEGER };
    expect(extractPage(forged, new DOMParser())).toEqual({ kind: 'too-large', elements: MAX_COPY_ELEMENTS + 1 });
  });
});
