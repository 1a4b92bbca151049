// Types of text.mjs, for the unit tests (tsconfig has allowJs off).
export function blockText(root: Node): string;
