// Token buckets per client, in memory only: keyed by a keyed hash of the address, never the
// address itself, and forgotten once full again. One process, so memory is the whole truth.
export interface Bucket {
  /** True if the call may go ahead (and spends one token). */
  take(key: string, now: number): boolean;
  size(): number;
}

export function createBucket(perMinute: number, burst = perMinute): Bucket {
  const rate = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = 0;
  return {
    take(key, now) {
      if (perMinute <= 0) return true; // 0 turns the limit off (the loopback bench)
      if (now - lastSweep > 60_000) {
        lastSweep = now;
        for (const [k, b] of buckets) if (b.tokens + (now - b.at) * rate >= burst) buckets.delete(k);
      }
      const b = buckets.get(key) ?? { tokens: burst, at: now };
      b.tokens = Math.min(burst, b.tokens + (now - b.at) * rate);
      b.at = now;
      buckets.set(key, b);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
    size: () => buckets.size,
  };
}
