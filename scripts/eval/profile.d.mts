// Types of profile.mjs, for the unit tests (tsconfig has allowJs off).
export interface CallFrame { url: string; functionName?: string; lineNumber?: number; columnNumber?: number }
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}
export function timeByScript(profile: CpuProfile, keyOf: (url: string, frame: CallFrame) => string | undefined): Record<string, number>;
