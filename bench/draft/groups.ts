// Why a draft's facts fall into so few groups: every give-away left in the draft (which field of
// which fact shows which other fact's answer), tallied by field and by whether the two facts come
// from one sentence. Figures for `npm run bench:draft -- --why-groups`, not assertions.
import { giveaways, type ShownField } from '../../src/authoring/draft/giveaway';
import type { Fact, Pack } from '../../src/domain/pack/schema';
import { answerText } from '../../src/domain/questions/forms';

export interface GroupFigures {
  facts: number;
  groups: number;
  largest: number;
  /** Give-aways by field, split by whether the facts share a sentence. */
  byField: Map<string, number>;
  examples: string[];
}

const sentenceOf = (f: Fact) => Number(/sentence (\d+)/.exec(f.review ?? '')?.[1] ?? 0);

export function groupFigures(pack: Pack): GroupFigures {
  const facts = pack.facts;
  const sizes = new Map<string, number>();
  for (const f of facts) sizes.set(f.group ?? f.id, (sizes.get(f.group ?? f.id) ?? 0) + 1);
  const byField = new Map<string, number>();
  const examples: string[] = [];
  for (const g of giveaways(facts)) {
    const [of, by] = [facts[g.of]!, facts[g.by]!];
    const key = `${g.field}${sentenceOf(of) === sentenceOf(by) ? ' (same sentence)' : ' (other sentence)'}`;
    byField.set(key, (byField.get(key) ?? 0) + 1);
    if (examples.length < 6) examples.push(`${by.id} shows “${g.form}” (answer of ${of.id}: ${answerText(of)}) in its ${g.field}: ${shownText(by, g.field).slice(0, 140)}`);
  }
  return { facts: facts.length, groups: sizes.size, largest: Math.max(0, ...sizes.values()), byField, examples };
}

function shownText(f: Fact, field: ShownField): string {
  return field === 'quote' ? f.quote : field === 'explanation' ? f.explanation : f.prompts[field] ?? '';
}

/** Per-article lines and the split's tally, largest first. */
export function groupReport(rows: ReadonlyArray<{ slug: string; figures: GroupFigures }>, examples: number): string {
  const tally = new Map<string, number>();
  for (const { figures } of rows) for (const [k, n] of figures.byField) tally.set(k, (tally.get(k) ?? 0) + n);
  const lines = rows.map(({ slug, figures: g }) => {
    const fields = [...g.byField].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    return `  ${slug.padEnd(34)} facts ${String(g.facts).padStart(3)}  groups ${String(g.groups).padStart(3)}  largest ${String(g.largest).padStart(3)}  ${fields}${g.examples.slice(0, examples).map((e) => `\n      e.g. ${e}`).join('')}`;
  });
  const total = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `    ${String(n).padStart(4)}  ${k}`).join('\n');
  return `why facts share groups (give-aways left in the drafts):\n${lines.join('\n')}\n  give-aways by field shown:\n${total}`;
}
