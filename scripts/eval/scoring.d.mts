// Types of scoring.mjs, for the unit tests (tsconfig has allowJs off).
export interface ShingleMatch { tp: number; fp: number; fn: number; precision: number; recall: number }
export interface SnippetMatch { tp: number; fn: number; fp: number; tn: number; missed: string[]; leaked: string[]; missedCaseOnly: number }
export interface Accuracy { n: number; correct: number; accuracy: number }
export function words(text: string | undefined | null): string[];
export function shingles(text: string | undefined | null, n?: number): Map<string, number>;
export function shingleMatch(expected: string, predicted: string, n?: number): ShingleMatch;
export function f1(precision: number, recall: number): number;
export function averageShingleScores(matches: ShingleMatch[]): { pages: number; precision: number; recall: number; f1: number };
export function normalizeSpace(text: string | undefined | null): string;
export function snippetMatch(text: string, withSnippets?: string[], withoutSnippets?: string[]): SnippetMatch;
export function pooledSnippetScores(matches: Array<Pick<SnippetMatch, 'tp' | 'fn' | 'fp' | 'tn'>>): {
  pages: number; tp: number; fn: number; fp: number; tn: number; precision: number; recall: number; f1: number; accuracy: number;
};
export function normalizeMeta(text: unknown): string;
export function titleMatches(label: string | undefined, found: string | undefined): boolean | undefined;
export function authorMatches(label: string | string[] | undefined, found: string | string[] | undefined): boolean | undefined;
export function dayOf(text: string | undefined | null): string | undefined;
export function dateMatches(label: string | undefined, found: string | undefined): boolean | undefined;
export function accuracyOf(values: Array<boolean | undefined>): Accuracy;
export function mean(xs: number[]): number;
export function percentile(xs: number[], p: number): number;
export function confusion(pairs: Array<{ label: boolean | undefined; predicted: boolean | undefined }>): { tp: number; fp: number; fn: number; tn: number };
export interface WordMatch { overlap: number; predicted: number; reference: number; precision: number; recall: number; f1: number }
export function wordMatch(reference: string, predicted: string): WordMatch;
export function averageWordScores(matches: Array<Pick<WordMatch, 'precision' | 'recall' | 'f1'>>): { pages: number; precision: number; recall: number; f1: number };
export function headerNeutral(text: string, meta: { title?: string; byline?: string; excerpt?: string } | undefined, reference: string): { text: string; removed: string[] };
export function leakSplit(reference: string, predicted: string): { words: number; matched: number; beside: number; inside: number };
export function snippetLeakSplit(text: string, withSnippets?: string[], withoutSnippets?: string[]): { beside: number; inside: number; besideList: string[]; insideList: string[] };
export function sharesBy<R>(rows: R[], groupOf: (row: R) => string | undefined, preds: Record<string, (row: R) => boolean>): Record<string, Record<string, number>>;
