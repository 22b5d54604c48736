// Pool look-up by name, own keys only: a pack's `pools` is a plain object, and a name like
// "constructor" must never reach Object.prototype (it did: "s.map is not a function").
import type { Pack } from './schema';

export function poolValues(pack: Pick<Pack, 'pools'>, name: string): readonly string[] | undefined {
  const pools = pack.pools;
  if (!pools || !Object.hasOwn(pools, name)) return undefined;
  const values = pools[name];
  return Array.isArray(values) ? values : undefined;
}
