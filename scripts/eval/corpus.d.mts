// Types of corpus.mjs, for the unit tests (tsconfig has allowJs off).
export const MADE_UP_ORIGIN: string;
export function httpUrl(text: string | undefined | null): string | undefined;
export function trafilaturaUrl(key: string): string;
export function readabilityUrl(html: string, name: string): string;
export function corpusLayout(dir: string): 'readability' | 'trafilatura' | 'wcxb';
