/**
 * The extractor: reads a copy of a page off the page's main thread. It is an extension page
 * (extractor.html) that the cleaner opens in a hidden frame; the request arrives by postMessage with
 * a MessageChannel port, is acknowledged at once and answered on that port.
 *
 * Anyone can post to this frame, the page included; all it does is parse the HTML it is given into
 * an inert document (no scripts, no loads) and describe it, so a forged request learns nothing new.
 */
import { extractPage } from '../extract/extract-page';
import { isExtractRequest, type ExtractReply } from '../shared/extraction';

window.addEventListener('message', (event: MessageEvent) => {
  const port = event.ports[0];
  if (!port) return;
  if (!isExtractRequest(event.data)) {
    port.close();
    return;
  }
  port.postMessage({ type: 'ack' });
  let reply: ExtractReply;
  try {
    reply = extractPage(event.data);
  } catch (error) {
    reply = { kind: 'no-article', reason: `The page could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  port.postMessage(reply);
  port.close();
});
