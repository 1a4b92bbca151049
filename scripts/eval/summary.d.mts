// Types of summary.mjs, for the unit tests (tsconfig has allowJs off).
/* eslint-disable @typescript-eslint/no-explicit-any */
export function scoreRow(layout: string, page: any, row: any): any;
export function summarize(layout: string, rows: any[], wallSeconds: number): any;
export function rowRecall(layout: string, row: any, side?: string): number;
export function pageRecall(layout: string, s: any): number;
export function kindOf(row: { kind?: string }): string;
export function formatAuto(a: any, opts?: { listTouched?: number }): string[];
export function formatSummary(corpus: string, s: any): string;
