// Suggested pools: plausible wrong answers from the lexicon (and the article's own names), so
// every entity fact has at least three false candidates. Within a pool no value contains another.
import type { Fact } from '../../domain/pack/schema';
import { normalizeOption, overlaps } from '../../domain/text';
import type { PoolName } from './candidate';
import type { ArticleContext } from './context';
import { CLUBS, COMPETITIONS, FAMOUS_MANAGERS, findCompetition, findNationalTeam, NATIONAL_TEAMS, SOCIAL_NETWORKS, TROPHIES } from './lexicon';

const ORDER: readonly PoolName[] = ['national-teams', 'clubs', 'tournaments', 'coaches', 'trophies', 'social-networks', 'people'];
const SIZE = 10;

export function suggestPools(facts: readonly Fact[], ctx: ArticleContext): Record<string, string[]> {
  const pools: Record<string, string[]> = {};
  for (const name of ORDER) {
    const users = facts.filter((f) => f.distractors?.pool === name);
    if (users.length === 0) continue;
    const answers = users.map((f) => ('value' in f.answer ? String(f.answer.value) : ''));
    const values = tidy([...answers, ...lexiconValues(name, answers, facts, ctx)]);
    pools[name] = name === 'tournaments' ? values.sort(byYear) : values;
  }
  return pools;
}

function lexiconValues(name: PoolName, answers: string[], facts: readonly Fact[], ctx: ArticleContext): string[] {
  switch (name) {
    case 'national-teams': {
      const confederations = new Set(answers.map((a) => findNationalTeam(a)?.confederation ?? 'UEFA'));
      return NATIONAL_TEAMS.filter((t) => confederations.has(t.confederation) && t.name !== ctx.team).map((t) => t.name).slice(0, SIZE);
    }
    case 'clubs':
      return CLUBS.slice(0, SIZE);
    case 'tournaments':
      return tournamentEditions(facts, ctx);
    case 'coaches': {
      const own = NATIONAL_TEAMS.find((t) => t.name === ctx.team)?.coaches ?? [];
      return [...own, ...FAMOUS_MANAGERS].slice(0, SIZE);
    }
    case 'trophies':
      return TROPHIES.map((t) => t.name);
    case 'social-networks':
      return [...SOCIAL_NETWORKS];
    case 'people':
      return ctx.people.length >= 4 ? ctx.people : [...ctx.people, ...FAMOUS_MANAGERS];
  }
}

/** World Cups and Euros (and any other competition the article names) around the years it mentions. */
function tournamentEditions(facts: readonly Fact[], ctx: ArticleContext): string[] {
  const named = facts.filter((f) => f.answer.type === 'tournament').map((f) => String((f.answer as { value: string }).value));
  const editions = named.flatMap((n) => {
    const m = /^(.*) (\d{4})$/.exec(n);
    const comp = m && findCompetition(m[1]!);
    return comp ? [{ comp, year: Number(m[2]) }] : [];
  });
  if (editions.length === 0) return [];
  const years = editions.map((e) => e.year);
  const thisYear = Number(ctx.today.slice(0, 4));
  const from = Math.min(...years) - 4;
  const to = Math.max(Math.max(...years), Math.min(Math.max(...years) + 4, thisYear - 1));
  const comps = new Set([...editions.map((e) => e.comp), ...COMPETITIONS.slice(0, 2)]);
  return [...comps].flatMap((c) => c.editions.filter((y) => y >= from && y <= to).map((y) => `${c.name} ${y}`)).sort(byYear);
}

const byYear = (a: string, b: string) => Number(a.slice(-4)) - Number(b.slice(-4)) || (a < b ? -1 : 1);

/** Distinct values, none inside another (earlier values win, and answers come first). */
function tidy(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (!normalizeOption(v)) continue;
    if (out.some((o) => overlaps(o, v))) continue;
    out.push(v);
  }
  return out;
}
