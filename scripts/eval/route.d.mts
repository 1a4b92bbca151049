// Types of route.mjs, for the unit tests (tsconfig has allowJs off).
export function withoutHash(url: string): string;
export function otherScheme(url: string): string;
export function routeDecision(request: { url: string; topNavigation: boolean }, pageUrl: string, blankUrl: string): 'page' | 'blank' | 'no-content' | 'abort' | 'continue';
