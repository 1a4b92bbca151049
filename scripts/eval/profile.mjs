/**
 * Main-thread time per script origin from a V8 CPU profile (CDP Profiler.stop): each sample is
 * charged to the nearest frame on its stack that has a URL, so native calls (cloneNode, innerText)
 * count for the script that made them. Returns milliseconds per key of `keyOf(url, callFrame)`.
 */
/**
 * @typedef {{ url: string, functionName?: string, lineNumber?: number, columnNumber?: number }} CallFrame
 * @typedef {{ nodes: Array<{ id: number, callFrame: CallFrame, children?: number[] }>, samples?: number[], timeDeltas?: number[] }} CpuProfile
 * @param {CpuProfile} profile
 * @param {(url: string, frame: CallFrame) => string | undefined} keyOf
 * @returns {Record<string, number>}
 */
export function timeByScript(profile, keyOf) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = new Map();
  const ownerOf = (id) => {
    if (owner.has(id)) return owner.get(id);
    let key;
    const frame = nodes.get(id)?.callFrame;
    if (frame?.url) key = keyOf(frame.url, frame);
    else if (parent.has(id)) key = ownerOf(parent.get(id));
    owner.set(id, key);
    return key;
  };
  /** @type {Record<string, number>} */
  const totals = {};
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one is taken.
    const us = i + 1 < deltas.length ? deltas[i + 1] : 0;
    const key = ownerOf(samples[i]);
    if (key === undefined) continue;
    totals[key] = (totals[key] ?? 0) + us / 1000;
  }
  return totals;
}
