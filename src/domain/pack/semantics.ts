// Checks the schema cannot express: ids unique across the pack, references that resolve, answers
// inside their own bounds, and enough false candidates for three wrong options.
import { createRng } from '../rng';
import { answerText } from '../questions/forms';
import { reachableRanks } from '../questions/distractors';
import { indexPack } from '../questions/pack-index';
import { normalizeOption, optionsOverlap } from '../text';
import type { Pack } from './schema';
import { poolValues } from './pools';
import type { PackProblem, ProblemCode } from './problems';

export const CLASSIC_ROUND_LENGTH = 10;

export function semanticProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const error = (code: ProblemCode, path: string, message: string) => problems.push({ code, path, message, severity: 'error' });
  const warn = (code: ProblemCode, path: string, message: string) => problems.push({ code, path, message, severity: 'warning' });

  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) error('duplicate-id', path, `duplicate id "${id}": ${first} already uses it`);
    else seen.set(id, path);
  };
  pack.facts.forEach((f, i) => claim(f.id, `facts[${i}].id`));
  (pack.questions ?? []).forEach((q, i) => claim(q.id, `questions[${i}].id`));
  // Everything below looks facts up by id: with duplicates it would report confusing echoes.
  if (problems.length > 0) return problems;

  const factsById = new Map(pack.facts.map((f) => [f.id, f]));
  const index = indexPack(pack);
  pack.facts.forEach((fact, i) => {
    const at = `facts[${i}]`;
    const d = fact.distractors;
    const a = fact.answer;
    const info = index.facts.get(fact.id)!;
    if (d?.pool && !poolValues(pack, d.pool)) error('unknown-pool', `${at}.distractors.pool`, `no pool named "${d.pool}" in "pools"`);
    for (const key of ['minFact', 'maxFact'] as const) {
      const ref = d?.[key];
      if (!ref) continue;
      const other = factsById.get(ref);
      if (!other) error('unknown-fact', `${at}.distractors.${key}`, `no fact with id "${ref}"`);
      else if (other.answer.type !== 'number' && other.answer.type !== 'year')
        error('bound-not-numeric', `${at}.distractors.${key}`, `fact "${ref}" has no numeric answer to bound this one`);
      else if (ref === fact.id) error('self-bound', `${at}.distractors.${key}`, 'a fact cannot bound itself');
    }
    if (fact.prompts.event && !fact.date) error('event-without-date', `${at}.prompts.event`, 'an "event" needs the fact\'s "date" to place it on the timeline');
    if (a.type === 'set' && fact.prompts.not === undefined && !fact.prompts.ask)
      error('set-needs-prompt', `${at}.prompts`, 'a set answer needs "ask" or "not"');
    if ((a.type === 'number' || a.type === 'year') && info.bounds) {
      const { min, max } = info.bounds;
      if (a.value < min || a.value > max)
        error('answer-outside-bounds', `${at}.answer.value`, `the answer ${a.value} is outside its own bounds ${min}–${max}`);
    }
    if (a.type === 'date' && info.bounds) {
      const year = Number(a.value.slice(0, 4));
      if (year < info.bounds.min || year > info.bounds.max)
        error('answer-outside-bounds', `${at}.answer.value`, `the answer ${a.value} is outside its own bounds ${info.bounds.min}–${info.bounds.max}`);
    }

    const answers = a.type === 'set' ? a.values : [answerText(fact)];
    (d?.wrong ?? []).forEach((w, j) => {
      if (answers.some((ans) => normalizeOption(ans) === normalizeOption(w)))
        error('wrong-is-answer', `${at}.distractors.wrong[${j}]`, `"${w}" is the right answer, so it cannot be a wrong one`);
      else if (info.trueValues.has(normalizeOption(w)))
        error('wrong-is-true', `${at}.distractors.wrong[${j}]`, `"${w}" is true under another fact with the same subject and relation`);
    });
    if (a.type === 'set') {
      const norms = a.values.map(normalizeOption);
      if (new Set(norms).size !== norms.length) error('duplicate-member', `${at}.answer.values`, 'set members must differ');
    }

    if (a.type !== 'number' && a.type !== 'year' && a.type !== 'date') {
      if (!d?.pool && !d?.wrong) error('no-distractors', `${at}.distractors`, 'name a "pool" or list "wrong" answers: the question needs 3 wrong options');
      else if (info.candidates.length < 3)
        error('pool-too-small', `${at}.distractors`, `pool too small for 3 distractors: ${info.candidates.length} usable value(s) after removing the answer and whatever is also true`);
    } else {
      const ranks = reachableRanks(info, 'hard', createRng('validate'));
      if (ranks.length === 0) error('no-room-for-distractors', `${at}.distractors`, 'no room for 3 wrong values inside the bounds: widen "min"/"max"');
      else if (ranks.length < 4)
        warn('edge-of-bounds', `${at}.distractors`, `the answer sits near the edge of its bounds (${info.bounds?.min}–${info.bounds?.max}), so it is never shown in some positions; widen "min"/"max" if the bound is not a real one`);
    }

    const giveaway = answers.find((ans) => containsWords(fact.prompts.ask, ans));
    if (giveaway) error('giveaway', `${at}.prompts.ask`, `the question gives its answer away: it contains "${giveaway}"`);
  });

  (pack.questions ?? []).forEach((q, i) => {
    const at = `questions[${i}]`;
    if (q.answer < 0 || q.answer >= q.options.length)
      error('answer-index', `${at}.answer`, `"answer" is ${q.answer} but there are ${q.options.length} options (counted from 0)`);
    for (let x = 0; x < q.options.length; x++)
      for (let y = x + 1; y < q.options.length; y++)
        if (optionsOverlap(q.options, q.options[x]!, q.options[y]!))
          error('options-overlap', `${at}.options[${y}]`, `options "${q.options[x]}" and "${q.options[y]}" are the same or one contains the other`);
  });

  if (problems.every((p) => p.severity !== 'error')) {
    const groups = new Set([...index.facts.values()].map((f) => f.group));
    for (const q of pack.questions ?? []) groups.add(q.group ?? q.id);
    if (groups.size < CLASSIC_ROUND_LENGTH)
      warn('few-groups', 'facts', `only ${groups.size} independent fact groups: a Classic round of ${CLASSIC_ROUND_LENGTH} questions will be shorter`);
  }
  return problems;
}

function containsWords(text: string, answer: string): boolean {
  const t = ` ${normalizeOption(text)} `;
  const a = normalizeOption(answer);
  return a.length > 0 && t.includes(` ${a} `);
}
