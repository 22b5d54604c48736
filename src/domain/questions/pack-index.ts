// What the generator needs to know about a pack, worked out once per pack: resolved numeric
// bounds, the wrong-answer candidates of every entity fact, and the dated events.
import { poolValues } from '../pack/pools';
import type { Fact, Pack } from '../pack/schema';
import { normalizeOption } from '../text';

export interface Bounds {
  min: number;
  max: number;
}

/** Membership only: facts of one relation share one set, so there is nothing else to ask. */
export interface TrueValues {
  has(normalized: string): boolean;
}

export interface FactInfo {
  fact: Fact;
  /** The group this fact gives away: its own id when the author named none. */
  group: string;
  /** Index in `pack.facts`. Authors list facts in article order (the drafter does, and a test
   *  holds shipped packs to it), so this orders quotes as the article does. */
  position: number;
  /** Entity and set facts: every value that may stand as a wrong option, in pack order. */
  readonly candidates: string[];
  /** Curated near misses among `candidates`, which hard rounds prefer. */
  readonly curated: Set<string>;
  /** Normalised values that are true for this fact's question (never offered as wrong). */
  readonly trueValues: TrueValues;
  /** Number, year and date facts: the range wrong answers must stay inside. */
  bounds?: Bounds;
}

export interface DatedEvent {
  factId: string;
  label: string;
  /** Inclusive day range the date covers: "2007-03" spans all of March. */
  from: number;
  to: number;
}

export interface PackIndex {
  pack: Pack;
  facts: Map<string, FactInfo>;
  events: DatedEvent[];
}

const cache = new WeakMap<Pack, PackIndex>();

export function indexPack(pack: Pack): PackIndex {
  const known = cache.get(pack);
  if (known) return known;
  const facts = new Map<string, FactInfo>();
  const byId = new Map(pack.facts.map((f) => [f.id, f]));
  // The wrong-answer candidates (every pool value normalised and checked, per fact) are worked
  // out when a question first asks for them: a round reads about ten facts of a pack, and the
  // first question of a page load waits for this. Same values either way, so every seed's
  // questions are unchanged.
  let byRelation: Map<string, Set<string>> | undefined;
  pack.facts.forEach((fact, position) => {
    let entity: ReturnType<typeof entityCandidates> | undefined;
    const candidatesOf = () => (entity ??= entityCandidates(pack, fact, (byRelation ??= relationValues(pack))));
    facts.set(fact.id, {
      fact,
      group: fact.group ?? fact.id,
      position,
      get candidates() {
        return candidatesOf().candidates;
      },
      get curated() {
        return candidatesOf().curated;
      },
      get trueValues() {
        return candidatesOf().trueValues;
      },
      bounds: resolveBounds(fact, byId),
    });
  });
  const events = pack.facts
    .filter((f): f is Fact & { date: string; prompts: { event: string } } => !!f.date && !!f.prompts.event)
    .map((f) => ({ factId: f.id, label: f.prompts.event, ...dayRange(f.date) }));
  const index = { pack, facts, events };
  cache.set(pack, index);
  return index;
}

/** Every subject-and-relation's true values, in one pass (per fact it made indexing quadratic). */
function relationValues(pack: Pack): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const fact of pack.facts) {
    const key = relationKey(fact);
    const values = out.get(key) ?? new Set<string>();
    for (const value of answerValues(fact)) values.add(normalizeOption(value));
    out.set(key, values);
  }
  return out;
}

/** Values that answer the same subject and relation are all true: none may be a distractor. */
export function trueValuesFor(pack: Pack, fact: Fact, byRelation = relationValues(pack)): TrueValues {
  const shared = byRelation.get(relationKey(fact)) ?? new Set<string>();
  const exclude = fact.distractors?.exclude ?? [];
  // Facts of one relation share its set (a copy each would be quadratic); excludes go on top.
  if (exclude.length === 0) return shared;
  const own = new Set(exclude.map(normalizeOption));
  return { has: (v) => own.has(v) || shared.has(v) };
}

function relationKey(fact: Fact): string {
  return `${normalizeOption(fact.subject)}|${normalizeOption(fact.relation)}`;
}

export function answerValues(fact: Fact): string[] {
  const a = fact.answer;
  if (a.type === 'set') return a.values;
  return [String(a.value)];
}

function entityCandidates(pack: Pack, fact: Fact, byRelation: Map<string, Set<string>>): Pick<FactInfo, 'candidates' | 'curated' | 'trueValues'> {
  const trueValues = trueValuesFor(pack, fact, byRelation);
  const answerTexts = answerValues(fact);
  const poolName = fact.distractors?.pool;
  const pool = poolName ? (poolValues(pack, poolName) ?? []) : [];
  const wrong = fact.distractors?.wrong ?? [];
  const seen = new Set<string>();
  const candidates: string[] = [];
  const curated = new Set<string>();
  const isEntity = fact.answer.type !== 'number' && fact.answer.type !== 'year' && fact.answer.type !== 'date';
  if (!isEntity) return { candidates, curated, trueValues };
  const answerNorms = answerTexts.map(normalizeOption);
  for (const [value, isCurated] of [...wrong.map((w) => [w, true] as const), ...pool.map((p) => [p, false] as const)]) {
    const norm = normalizeOption(value);
    if (!norm || seen.has(norm) || trueValues.has(norm)) continue;
    // A candidate inside an answer (or around one) would be a giveaway cue or a second truth.
    if (answerNorms.some((t) => t.includes(norm) || norm.includes(t))) continue;
    seen.add(norm);
    candidates.push(value);
    if (isCurated) curated.add(value);
  }
  return { candidates, curated, trueValues };
}

function resolveBounds(fact: Fact, byId: Map<string, Fact>): Bounds | undefined {
  const a = fact.answer;
  const d = fact.distractors;
  const numberOf = (id: string | undefined): number | undefined => {
    const other = id ? byId.get(id) : undefined;
    return other && (other.answer.type === 'number' || other.answer.type === 'year') ? other.answer.value : undefined;
  };
  if (a.type === 'number') {
    const min = Math.max(d?.min ?? (a.value >= 0 ? 0 : -Infinity), numberOf(d?.minFact) ?? -Infinity);
    const max = Math.min(d?.max ?? Infinity, numberOf(d?.maxFact) ?? Infinity);
    return { min, max };
  }
  if (a.type === 'year') {
    const min = Math.max(d?.min ?? a.value - 15, numberOf(d?.minFact) ?? -Infinity);
    const max = Math.min(d?.max ?? a.value + 15, numberOf(d?.maxFact) ?? Infinity);
    return { min, max };
  }
  if (a.type === 'date') {
    const year = Number(a.value.slice(0, 4));
    return { min: d?.min ?? year - 15, max: d?.max ?? year + 15 };
  }
  return undefined;
}

/** Days since 1970 for the first and last day a partial date could mean. */
export function dayRange(date: string): { from: number; to: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const day = (yy: number, mm: number, dd: number) => Math.floor(Date.UTC(yy, mm, dd) / 86_400_000);
  if (m === undefined) return { from: day(y, 0, 1), to: day(y + 1, 0, 1) - 1 };
  if (d === undefined) return { from: day(y, m - 1, 1), to: day(y, m, 1) - 1 };
  const at = day(y, m - 1, d);
  return { from: at, to: at };
}
