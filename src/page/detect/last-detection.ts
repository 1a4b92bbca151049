/**
 * The detector's last verdict, kept where the cleaner can read it: every content script of the
 * extension in a page shares one world, which the page itself cannot see. A click asks the
 * detector's second opinion (non-article.ts); for the address the detector has just scored, that
 * opinion is already there, and scoring the page again cost the click 1.4 ms on the small pages
 * of the eval (the cleaner's copy of the scoring code runs cold).
 */
import type { Detection } from './score-article';

const KEY = '__quietReaderLastDetection';

interface Remembered {
  url: string;
  detection: Detection;
}

const scope = globalThis as unknown as Record<string, Remembered | undefined>;

export function rememberDetection(url: string, detection: Detection): void {
  scope[KEY] = { url, detection };
}

/** The detector's verdict for `url`, if that is the address it last scored. */
export function rememberedDetection(url: string): Detection | undefined {
  const last = scope[KEY];
  return last && last.url === url ? last.detection : undefined;
}
