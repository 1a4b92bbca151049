// Types of profile.mjs, for the unit tests (tsconfig has allowJs off).
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName?: string }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}
export function timeByScript(profile: CpuProfile, keyOf: (url: string) => string | undefined): Record<string, number>;
