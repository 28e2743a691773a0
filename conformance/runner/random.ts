/**
 * @module
 * Seeded randomness (spec/conformance.md §Seeds). One run seed, recorded in
 * the report, and per case a generator derived from the seed and the case
 * id, so that `--filter` does not change what any single case draws and a
 * failing case replays with `--seed`.
 */

/** A fresh 32-bit run seed when `--seed` is not given. */
export function freshSeed(): number {
  return Math.floor(Math.random() * 0x1_0000_0000) >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`, mixed with `seed`. */
function hashSeed(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A deterministic generator of numbers in [0, 1) for `caseId` under `seed`
 * (mulberry32: small, fast, and good enough for choosing test inputs; not
 * for keys).
 * @example const r = caseRandom(42, 'transport/healthz'); r();
 */
export function caseRandom(seed: number, caseId: string): () => number {
  let state = hashSeed(seed >>> 0, caseId);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}
