/**
 * @module
 * The proxy's seeded randomness (spec/conformance.md §Fault injection). Each
 * direction of each proxied link draws from its own stream, derived from the
 * proxy seed and the link's label, so the faults one link suffers depend on
 * the seed and on that link's own traffic only, never on how the links'
 * frames interleave in time.
 */

/** FNV-1a over the UTF-16 code units of `label`, mixed with `seed`. */
function mix(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A deterministic generator of numbers in [0, 1) for `label` under `seed` (mulberry32). */
export function streamFor(seed: number, label: string): () => number {
  let a = mix(seed >>> 0, label);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
