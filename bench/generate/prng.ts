// A small seeded PRNG (mulberry32) and the draws the generator needs. Same seed → same corpus,
// on every machine and Node version (no Math.random anywhere in bench/generate).

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [min, max] */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** index drawn with probability ∝ 1/(rank+1)^s: a few items dominate, a long tail stays possible */
  zipf<T>(items: readonly T[], s?: number): T;
  /** k distinct items (k ≤ items.length) */
  sample<T>(items: readonly T[], k: number): T[];
  /** a child stream, independent of how many draws the parent makes afterwards */
  fork(label: string): Rng;
}

function hashString(s: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

const zipfTables = new Map<string, Float64Array>();

function zipfCdf(n: number, s: number): Float64Array {
  const key = `${n}:${s}`;
  let cdf = zipfTables.get(key);
  if (!cdf) {
    cdf = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) total += 1 / Math.pow(i + 1, s);
    let acc = 0;
    for (let i = 0; i < n; i++) {
      acc += 1 / Math.pow(i + 1, s) / total;
      cdf[i] = acc;
    }
    zipfTables.set(key, cdf);
  }
  return cdf;
}

export function createRng(seed: number | string): Rng {
  let state = (typeof seed === 'string' ? hashString(seed) : seed >>> 0) || 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('bench/generate/prng: pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    zipf: (items, s = 1.1) => {
      if (items.length === 0) throw new Error('bench/generate/prng: zipf from an empty list');
      const cdf = zipfCdf(items.length, s);
      const u = next();
      let lo = 0;
      let hi = cdf.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      return items[lo]!;
    },
    sample: (items, k) => {
      const copy = items.slice();
      const out: (typeof items)[number][] = [];
      for (let i = 0; i < k && copy.length > 0; i++) {
        out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
      }
      return out;
    },
    fork: (label) => createRng((hashString(label) ^ Math.floor(next() * 4294967296)) >>> 0),
  };
  return rng;
}
