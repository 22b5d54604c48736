// "Fewer repeats" without losing replays: the fact groups a device saw lately ride inside the
// round's seed as a short mask ("k3x9…-r1v"), so the seed alone still rebuilds the round — a
// challenge link, a re-score and a replay all see the same questions. Ranked and Daily seeds
// come from elsewhere and never carry one.
import type { Pack } from '../pack/schema';

/** The marker between a seed and its mask; local seeds are base-36 with no hyphen. */
const MARK = '-r';
const DIGITS = '0123456789abcdefghijklmnopqrstuv';
const BITS = 5;
/** Seeds a link carries are at most 32 characters: 16 for the mask leaves room for the seed. */
export const MAX_MASK_CHARS = 16;

/** The pack's groups in pack order (facts, then hand-written questions), each with its items. */
export function packGroups(pack: Pack): Array<{ group: string; ids: string[] }> {
  const byGroup = new Map<string, string[]>();
  const add = (group: string, id: string) => byGroup.set(group, [...(byGroup.get(group) ?? []), id]);
  for (const f of pack.facts) add(f.group ?? f.id, f.id);
  for (const q of pack.questions ?? []) add(q.group ?? q.id, q.id);
  return [...byGroup].map(([group, ids]) => ({ group, ids }));
}

/** Independent fact groups (hand-written questions' too): the most questions one round, or a
 *  Survival run, can ask of the pack. The menu shows it as the pack's size. */
export function groupCount(pack: Pack): number {
  return packGroups(pack).length;
}

/**
 * The ids to avoid in the next round: the newest seen ones, as long as the groups left unseen
 * still fill a round (otherwise the oldest seen come back first, not a random mix).
 * `seenNewestFirst` are fact or question ids.
 */
export function recentWindow(pack: Pack, seenNewestFirst: readonly string[], roundLength: number): Set<string> {
  const groups = packGroups(pack);
  const groupOf = new Map(groups.flatMap((g) => g.ids.map((id) => [id, g.group] as const)));
  const covered = new Set<string>();
  const out = new Set<string>();
  for (const id of seenNewestFirst) {
    const group = groupOf.get(id);
    if (group === undefined) continue;
    if (!covered.has(group)) {
      if (groups.length - covered.size - 1 < roundLength) break;
      covered.add(group);
    }
    out.add(id);
  }
  // A whole group is seen once any of its facts is: they give each other away.
  for (const g of groups) if (covered.has(g.group)) for (const id of g.ids) out.add(id);
  return out;
}

/** The seed with the recent groups appended as a mask, or the seed alone when there are none or
 *  the pack has more groups than a mask can name. */
export function withRecent(pack: Pack, seed: string, recent: ReadonlySet<string>): string {
  const groups = packGroups(pack);
  if (recent.size === 0 || groups.length > MAX_MASK_CHARS * BITS) return seed;
  let mask = '';
  for (let at = 0; at < groups.length; at += BITS) {
    let digit = 0;
    for (let bit = 0; bit < BITS && at + bit < groups.length; bit++) {
      if (groups[at + bit]!.ids.some((id) => recent.has(id))) digit |= 1 << bit;
    }
    mask += DIGITS[digit];
  }
  mask = mask.replace(/0+$/, '');
  return mask ? `${seed}${MARK}${mask}` : seed;
}

/** The ids a seed's mask names (every item of each named group), or undefined when it has none. */
export function recentOf(pack: Pack, seed: string): Set<string> | undefined {
  const at = seed.lastIndexOf(MARK);
  if (at < 0) return undefined;
  const mask = seed.slice(at + MARK.length);
  if (mask.length === 0 || mask.length > MAX_MASK_CHARS || ![...mask].every((c) => DIGITS.includes(c))) return undefined;
  const groups = packGroups(pack);
  const out = new Set<string>();
  [...mask].forEach((c, i) => {
    const digit = DIGITS.indexOf(c);
    for (let bit = 0; bit < BITS; bit++) {
      const g = groups[i * BITS + bit];
      if (g && digit & (1 << bit)) for (const id of g.ids) out.add(id);
    }
  });
  return out;
}
