// The question forms. Each builder turns one fact (or a few dated facts) into a Question, or
// returns undefined when the fact cannot make that form fairly; the generator then tries another.
import type { Difficulty, Fact, HandWrittenQuestion } from '../pack/schema';
import type { Rng } from '../rng';
import { fillAnswer, formatNumber, formatPartialDate, parseNumber } from '../text';
import { blankForms, shownForm, textForms, tokenize, type KeyForm } from './key-forms';
import { closestOptions, dateOptions, distinctAndApart, numberOptions, pickEntities, type OptionSet } from './distractors';
import type { DatedEvent, FactInfo, PackIndex } from './pack-index';
import type { Question, QuestionForm } from './types';

export interface BuildContext {
  index: PackIndex;
  rng: Rng;
  /** The round's difficulty: how close the wrong answers sit. */
  difficulty: Difficulty;
  /** Groups already in the round (multi-fact forms must avoid them too). */
  usedGroups: ReadonlySet<string>;
  /** Facts seen lately: multi-fact forms pick the others first. */
  recent?: ReadonlySet<string>;
}

/** Forms a single fact can make, before trying: the generator draws among them. */
export function formsForFact(fact: Fact, index: PackIndex): QuestionForm[] {
  const forms: QuestionForm[] = [];
  const a = fact.answer;
  if (a.type === 'number' || a.type === 'year' || a.type === 'date') forms.push('direct');
  else forms.push('identify');
  if (a.type === 'number' && a.value >= 20) forms.push('closest');
  if (a.type === 'set' && fact.prompts.not) forms.push('odd-one-out');
  if (fact.prompts.statement) forms.push('true-false');
  if (fact.date && fact.prompts.event && index.events.length >= 4) forms.push('which-first');
  if (fact.date && fact.prompts.event && index.events.length >= 3) forms.push('order');
  return forms;
}

export function buildFactQuestion(form: QuestionForm, info: FactInfo, ctx: BuildContext): Question | undefined {
  switch (form) {
    case 'direct':
      return single(form, info, ctx, info.fact.prompts.ask, valueOptions(info, ctx));
    case 'identify':
      return single(form, info, ctx, info.fact.prompts.ask, identifyOptions(info, ctx));
    case 'closest':
      return closest(info, ctx);
    case 'odd-one-out':
      return oddOneOut(info, ctx);
    case 'true-false':
      return trueFalse(info, ctx);
    case 'which-first':
      return whichFirst(info, ctx);
    case 'order':
      return order(info, ctx);
    case 'hand-written':
      return undefined;
  }
}

/** The answer as shown on a button. */
export function answerText(fact: Fact): string {
  const a = fact.answer;
  switch (a.type) {
    case 'number':
      return formatNumber(a.value);
    case 'year':
      return String(a.value);
    case 'date':
      return formatPartialDate(a.value);
    case 'set':
      return a.values.join(', ');
    default:
      return a.value;
  }
}

function valueOptions(info: FactInfo, ctx: BuildContext): OptionSet | undefined {
  const a = info.fact.answer;
  if (a.type === 'number' || a.type === 'year') return numberOptions(a.value, info, ctx.difficulty, ctx.rng, a.type);
  if (a.type === 'date') return dateOptions(a.value, info, ctx.difficulty, ctx.rng);
  return undefined;
}

function identifyOptions(info: FactInfo, ctx: BuildContext): OptionSet | undefined {
  const a = info.fact.answer;
  if (a.type === 'number' || a.type === 'year' || a.type === 'date') return undefined;
  const right = a.type === 'set' ? ctx.rng.pick(a.values) : a.value;
  const wrong = pickEntities(info, 3, ctx.difficulty, ctx.rng, [right]);
  return wrong ? shuffleWithAnswer(right, wrong, ctx.rng) : undefined;
}

/** "Pick the closest": round-number options, so the explanation must name the exact figure and
 *  why the marked option wins, or a player who knew "37" wonders why "40" was right. */
function closest(info: FactInfo, ctx: BuildContext): Question | undefined {
  const a = info.fact.answer;
  if (a.type !== 'number') return undefined;
  const set = closestOptions(a.value, info, ctx.difficulty, ctx.rng);
  const q = single('closest', info, ctx, `${info.fact.prompts.ask} Pick the closest.`, set);
  return q && { ...q, explanation: closestExplanation(a.value, a.unit, q.options[q.answer]!, info.fact.explanation) };
}

export function closestExplanation(value: number, unit: string | undefined, marked: string, own: string): string {
  const exact = unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
  const away = formatNumber(Math.abs(parseNumber(marked) - value));
  return `The exact figure is ${exact}; ${marked} is the closest option (${away} away). ${own}`;
}

function shuffleWithAnswer(right: string, wrong: readonly string[], rng: Rng): OptionSet {
  const options = rng.shuffle([right, ...wrong]);
  return { options, answer: options.indexOf(right) };
}

function oddOneOut(info: FactInfo, ctx: BuildContext): Question | undefined {
  const a = info.fact.answer;
  if (a.type !== 'set' || !info.fact.prompts.not) return undefined;
  const members = ctx.rng.shuffle(a.values).slice(0, 3);
  if (!distinctAndApart(members)) return undefined;
  const odd = pickEntities(info, 1, ctx.difficulty, ctx.rng, members);
  if (!odd) return undefined;
  return single('odd-one-out', info, ctx, info.fact.prompts.not, shuffleWithAnswer(odd[0]!, members, ctx.rng));
}

function trueFalse(info: FactInfo, ctx: BuildContext): Question | undefined {
  const statement = info.fact.prompts.statement;
  if (!statement) return undefined;
  const isTrue = ctx.rng.int(2) === 0;
  const a = info.fact.answer;
  let shown: string | undefined;
  if (isTrue) {
    shown = a.type === 'set' ? ctx.rng.pick(a.values) : answerText(info.fact);
  } else if (a.type === 'set' || (a.type !== 'number' && a.type !== 'year' && a.type !== 'date')) {
    shown = pickEntities(info, 1, ctx.difficulty, ctx.rng, answerTextsOf(info.fact))?.[0];
  } else {
    const set = valueOptions(info, ctx);
    if (set) shown = ctx.rng.pick(set.options.filter((_, i) => i !== set.answer));
  }
  if (shown === undefined) return undefined;
  const prompt = `True or false? ${fillAnswer(statement, shown)}`;
  const q = single('true-false', info, ctx, prompt, { options: ['True', 'False'], answer: isTrue ? 0 : 1 });
  return q && { ...q, hint: safeHint(info.fact.quote, answerTextsOf(info.fact), [shown]) };
}

function answerTextsOf(fact: Fact): string[] {
  return fact.answer.type === 'set' ? fact.answer.values : [answerText(fact)];
}

/** Events whose dates cannot overlap, so "which came first" has one answer. */
function pickEvents(info: FactInfo, ctx: BuildContext, count: number): DatedEvent[] | undefined {
  const own = ctx.index.events.find((e) => e.factId === info.fact.id);
  if (!own) return undefined;
  const chosen: DatedEvent[] = [own];
  const groups = new Set([info.group]);
  for (const event of candidateEvents(ctx)) {
    if (chosen.length === count) break;
    const group = ctx.index.facts.get(event.factId)!.group;
    if (groups.has(group) || ctx.usedGroups.has(group)) continue;
    if (chosen.some((c) => !(c.to < event.from || event.to < c.from))) continue;
    if (!distinctAndApart([...chosen.map((c) => c.label), event.label])) continue;
    chosen.push(event);
    groups.add(group);
  }
  return chosen.length === count ? chosen : undefined;
}

/** Beyond this many events a fact looks at a random sample, not all: a round's work stays bounded
 *  however many dated facts a pack holds (small packs, all pinned in tests, see every event). */
const EVENT_SAMPLE = 64;

function candidateEvents(ctx: BuildContext): readonly DatedEvent[] {
  const events = ctx.index.events;
  const drawn = events.length <= EVENT_SAMPLE ? ctx.rng.shuffle(events)
    : Array.from({ length: EVENT_SAMPLE }, () => events[ctx.rng.int(events.length)]!);
  const recent = ctx.recent;
  if (!recent) return drawn;
  // Stable: the seeded order is kept within the unseen and within the seen.
  return [...drawn.filter((e) => !recent.has(e.factId)), ...drawn.filter((e) => recent.has(e.factId))];
}

function whichFirst(info: FactInfo, ctx: BuildContext): Question | undefined {
  const events = pickEvents(info, ctx, 4);
  if (!events) return undefined;
  const first = events.reduce((a, b) => (b.from < a.from ? b : a));
  const set = shuffleWithAnswer(first.label, events.filter((e) => e !== first).map((e) => e.label), ctx.rng);
  return multi('which-first', 'Which of these happened first?', events, set, ctx);
}

function order(info: FactInfo, ctx: BuildContext): Question | undefined {
  const events = pickEvents(info, ctx, 3);
  if (!events) return undefined;
  const sorted = events.slice().sort((a, b) => a.from - b.from);
  const rightOrder = sorted.map((e) => e.label).join(' → ');
  // The three wrong orders: every other permutation, drawn at random.
  const perms = permutations(sorted).map((p) => p.map((e) => e.label).join(' → ')).filter((p) => p !== rightOrder);
  const set = shuffleWithAnswer(rightOrder, ctx.rng.shuffle(perms).slice(0, 3), ctx.rng);
  return multi('order', 'Put these in the order they happened, earliest first:', events, set, ctx, false);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

function multi(
  form: QuestionForm,
  prompt: string,
  events: readonly DatedEvent[],
  set: OptionSet,
  ctx: BuildContext,
  checkApart = true,
): Question | undefined {
  if (checkApart && !distinctAndApart(set.options)) return undefined;
  const infos = events.map((e) => ctx.index.facts.get(e.factId)!);
  const facts = infos.map((i) => i.fact);
  const dates = facts.map((f) => f.date!);
  const timeline = events
    .slice()
    .sort((a, b) => a.from - b.from)
    .map((e) => `${e.label}: ${formatPartialDate(dates[events.indexOf(e)] ?? '')}`)
    .join('; ');
  const quote = articleOrderQuote(infos);
  return finish(ctx, {
    id: `${facts[0]!.id}/${form}/${facts.slice(1).map((f) => f.id).join('+')}`,
    form,
    prompt,
    ...set,
    factIds: facts.map((f) => f.id),
    groups: infos.map((i) => i.group),
    difficulty: hardest(facts.map((f) => f.difficulty ?? 'medium')),
    quote,
    explanation: `In order: ${timeline}.`,
    hint: safeHint(quote, dates.map(formatPartialDate)),
  });
}

/** The facts' sentences as the article has them: in pack order (which follows the article), not
 *  the option or date order, and a sentence two facts share only once. */
export function articleOrderQuote(infos: readonly FactInfo[]): string {
  const ordered = infos.slice().sort((a, b) => a.position - b.position);
  return [...new Set(ordered.map((i) => i.fact.quote))].join(' … ');
}

function hardest(levels: readonly Difficulty[]): Difficulty {
  return levels.includes('hard') ? 'hard' : levels.includes('medium') ? 'medium' : 'easy';
}

function single(
  form: QuestionForm,
  info: FactInfo,
  ctx: BuildContext,
  prompt: string,
  set: OptionSet | undefined,
): Question | undefined {
  if (!set || !distinctAndApart(set.options)) return undefined;
  const fact = info.fact;
  return finish(ctx, {
    id: `${fact.id}/${form}`,
    form,
    prompt,
    ...set,
    factIds: [fact.id],
    groups: [info.group],
    difficulty: fact.difficulty ?? 'medium',
    quote: fact.quote,
    explanation: fact.explanation,
    hint: safeHint(fact.quote, answerTextsOf(fact), set.options),
  });
}

export function handWritten(q: HandWrittenQuestion, ctx: BuildContext): Question | undefined {
  const right = q.options[q.answer];
  if (right === undefined || !distinctAndApart(q.options)) return undefined;
  const options = q.keepOrder ? q.options.slice() : ctx.rng.shuffle(q.options);
  const quote = q.quote ?? '';
  return finish(ctx, {
    id: q.id,
    form: 'hand-written',
    prompt: q.prompt,
    options,
    answer: options.indexOf(right),
    factIds: [],
    groups: [q.group ?? q.id],
    difficulty: q.difficulty ?? 'medium',
    quote,
    explanation: q.explanation,
    hint: safeHint(quote, [right], q.options),
  });
}

function finish(ctx: BuildContext, q: Omit<Question, 'fiftyFifty'>): Question {
  const wrong = q.options.map((_, i) => i).filter((i) => i !== q.answer);
  // 50:50 leaves the answer and one wrong option: remove all but one wrong.
  const fiftyFifty = q.options.length > 2 ? ctx.rng.shuffle(wrong).slice(0, wrong.length - 1).sort((a, b) => a - b) : [];
  return { ...q, fiftyFifty };
}

/** Said plainly when the article's sentence cannot be shown without its answer. */
export const NO_HINT = 'No hint for this one: the article’s sentence would give the answer away.';

/** Every form of an option or key text: a lone number also as words, a name also by its parts. */
export function formsOfText(text: string): KeyForm[] {
  return textForms(text);
}

/** The quote with every form of every option and key blanked: a hint that cannot simply be read off. */
export function blank(quote: string, words: readonly string[]): string {
  const terms = [...new Set(words.filter((w) => w.trim().length > 0 && w !== 'True' && w !== 'False'))];
  return blankForms(quote, terms.flatMap(formsOfText));
}

/** A hint that never shows the key: the blanked quote, or NO_HINT when a form of the key would
 *  still show or too little of the sentence is left to be a clue. */
export function safeHint(quote: string, keys: readonly string[], others: readonly string[] = []): string {
  if (!quote) return '';
  const hint = blank(quote, [...keys, ...others]);
  const keyForms = keys.flatMap(formsOfText);
  const wordsLeft = tokenize(hint).filter((t) => t.kind === 'word').length;
  if (shownForm(hint, keyForms) !== undefined || wordsLeft < 3) return NO_HINT;
  return hint;
}
