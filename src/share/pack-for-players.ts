// The pack a link carries: what the game never reads is left out. Where the bytes of a drafted
// pack's link went (a 30-fact draft, deflated, measured 2026-12-07): the drafter's default pools
// (~25 %, most of them never drawn from), the wording that repeats each fact's sentence (~30 %,
// which deflate already writes as back-references: a transform that wrote it as pieces of the
// quote saved 1.5 % more and was dropped), the quotes themselves, and the author's review notes.
// So: review notes (the author's checklist) and pools no fact draws from (only
// `distractors.pool` reads a pool) leave; the questions a round makes are the same.
import type { Pack } from '../domain/pack/schema';

export function forPlayers(pack: Pack): Pack {
  const used = new Set(pack.facts.flatMap((f) => (f.distractors?.pool ? [f.distractors.pool] : [])));
  const facts = pack.facts.map((fact) => {
    if (fact.review === undefined) return fact;
    const { review: _review, ...rest } = fact;
    return rest;
  });
  const out: Pack = { ...pack, facts };
  if (!pack.pools) return out;
  const pools = Object.fromEntries(Object.entries(pack.pools).filter(([name]) => used.has(name)));
  if (Object.keys(pools).length > 0) out.pools = pools;
  else delete out.pools;
  return out;
}
