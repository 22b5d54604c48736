// What a player meets in rounds of a raw draft: every question of 40 seeds × 3 difficulties of
// 10-question rounds, sorted into wh-questions, gaps, fragments and true/false, with the hints
// that show the key and the questions with two right options. Classification is by the text the
// player reads, not by what the drafter meant.
import type { Fact, Pack } from '../../src/domain/pack/schema';
import { auditRound } from '../../src/domain/questions/audit';
import { answerText } from '../../src/domain/questions/forms';
import { generateQuestions } from '../../src/domain/questions/generate';
import type { Question } from '../../src/domain/questions/types';
import { DIFFICULTIES } from '../../src/domain/difficulty';
import { fold, sameThing, showsAnswer, showsDate } from './key-forms';

export const SEEDS = 40;
export const ROUND_SIZE = 10;

const WH = /^(?:(?:In|For|At|Against|From|To|With|On|By|Of|Since|Until|After|Before|Under|Over|Into|During|Behind|Between|Alongside|Than|Through)\s+(?:which|what|whom|whose|how)|Who|Whom|Whose|What|Which|When|Where|Why|How)\b/;
const PICK_CLOSEST = / Pick the closest\.$/;
const ELLIPSIS = /^(?:…|\.\.\.)|(?:…|\.\.\.)$/;

/** The prompt without the form's own lead ("True or false? ", "Fill the gap: ") or tail. */
function body(prompt: string): string {
  return prompt.replace(PICK_CLOSEST, '').replace(/^True or false\?\s*/, '').replace(/^Fill the gap:\s*/, '').trim();
}

export const isTrueFalse = (q: Pick<Question, 'form' | 'options'>): boolean => q.form === 'true-false';
export const isGap = (prompt: string): boolean => /_{3,}/.test(prompt) || /^Fill the gap\b/i.test(prompt);

/** Opens or closes on "…", or quotes a sentence cut short ("“… he said”"). */
export function isFragment(prompt: string): boolean {
  const text = body(prompt).replace(/^[“"‘']+|[”"’'.?!]+$/g, '').trim();
  if (ELLIPSIS.test(text)) return true;
  return [...prompt.matchAll(/[“"]([^”"]*)[”"]/g)].some((m) => ELLIPSIS.test(m[1]!.trim().replace(/[.?!,;:]+$/, '')));
}

/** A real question: a wh-word first (after at most one preposition), a question mark last, whole. */
export function isWhQuestion(q: Pick<Question, 'form' | 'prompt'>): boolean {
  if (q.form === 'true-false') return false;
  const p = q.prompt.replace(PICK_CLOSEST, '').trim();
  return WH.test(p) && p.endsWith('?') && !isGap(p) && !isFragment(p);
}

/** Does the Hint lifeline's text (the quote with the options blanked) still show the key? */
export function hintShowsKey(q: Question, facts: ReadonlyMap<string, Fact>): boolean {
  const used = q.factIds.map((id) => facts.get(id)).filter((f): f is Fact => !!f);
  if (used.length === 1) return showsAnswer(q.hint, used[0]!);
  // Which-first and order: the key is the dates; any of them left in the hint gives the order away.
  return used.some((f) => !!f.date && showsDate(q.hint, f.date));
}

/** Facts asked with the very same prompt answer the same question. */
const askKey = (f: Fact) => fold(f.prompts.ask).replace(/\s+/g, ' ').trim();

const squash = (s: string) => fold(s).replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ');

/** Is the prompt's text, with this value in its gap, the article's own words? Then the value is
 *  right there too. Each piece between "…" must be in the article (folded, quotes ignored). */
export function filledIsInArticle(template: string, value: string, articleText: string): boolean {
  const filled = template.replace(/_{3,}|\{answer\}/g, value).replace(/^True or false\?\s*/, '').replace(/^Fill the gap:\s*/, '');
  const article = squash(articleText);
  const pieces = filled.split(/…|\.\.\./).map((p) => squash(p).replace(/^[\s,;:.]+|[\s,;:.?!]+$/g, '')).filter((p) => p.length > 0);
  return pieces.length > 0 && pieces.some((p) => p.includes(squash(value))) && pieces.every((p) => article.includes(p));
}

/** Is `a` another member of a list that holds `b` in this sentence ("Arsenal, Chelsea and Spurs")? */
export function listMates(sentence: string, a: string, b: string): boolean {
  const s = fold(sentence);
  const [fa, fb] = [fold(a), fold(b)];
  const ia = s.indexOf(fa);
  const ib = s.indexOf(fb);
  if (ia < 0 || ib < 0 || ia === ib) return false;
  const between = ia < ib ? s.slice(ia + fa.length, ib) : s.slice(ib + fb.length, ia);
  // Only list glue and other items between them (the items were folded to lower case).
  const glue = between.replace(/[\p{L}\p{N}'.-]+/gu, (w) => (['and', 'or', 'nor', 'plus'].includes(w) ? ` ${w} ` : 'x'));
  return /^(?:\s*(?:,|and|or|nor|plus|&|\/)\s*(?:x\s*)*)+$/u.test(glue);
}

/** The value a true/false statement shows, read back from the prompt. */
function shownValue(q: Question, fact: Fact): string | undefined {
  const statement = fact.prompts.statement;
  if (!statement) return undefined;
  const [before, after] = statement.split('{answer}') as [string, string | undefined];
  const text = q.prompt.replace(/^True or false\?\s*/, '');
  if (after === undefined || !text.startsWith(before) || !text.endsWith(after)) return undefined;
  return text.slice(before.length, text.length - after.length);
}

interface Context { facts: ReadonlyMap<string, Fact>; byAsk: ReadonlyMap<string, Fact[]>; articleText: string }

/** Is `value`, put where the key goes, also true by the article: an alias or surname of the key,
 *  a member of the key's set, another fact's answer to the same prompt, the article's own words
 *  once filled into a gap or statement, or (asked as a question) another member of the key's list. */
function alsoRight(value: string, template: string, fact: Fact, key: string, ctx: Context): boolean {
  if (sameThing(value, key)) return true;
  if (fact.answer.type === 'set' && fact.answer.values.some((v) => sameThing(value, v))) return true;
  if ((ctx.byAsk.get(askKey(fact)) ?? []).some((s) => s.id !== fact.id && sameThing(value, answerText(s)))) return true;
  if (/_{3,}|\{answer\}/.test(template)) return filledIsInArticle(template, value, ctx.articleText);
  return fact.answer.type !== 'number' && fact.answer.type !== 'year' && fact.answer.type !== 'date' && listMates(fact.quote, key, value);
}

/** Options of a single-fact question that the article makes right as well as the key. */
export function secondRightOptions(q: Question, ctx: Context): string[] {
  if (q.factIds.length !== 1 || q.form === 'odd-one-out' || q.form === 'hand-written') return [];
  const fact = ctx.facts.get(q.factIds[0]!);
  if (!fact) return [];
  if (q.form === 'true-false') {
    if (q.answer !== 1 || !fact.prompts.statement) return [];
    const shown = shownValue(q, fact);
    return shown !== undefined && alsoRight(shown, fact.prompts.statement, fact, answerText(fact), ctx) ? [`False, though “${shown}” is true`] : [];
  }
  const key = q.options[q.answer]!;
  return q.options.filter((o, i) => i !== q.answer && alsoRight(o, q.prompt, fact, key, ctx));
}

export interface RoundFigures {
  rounds: number;
  fullRounds: number;
  questions: number;
  wh: number;
  gaps: number;
  fragments: number;
  trueFalse: number;
  hintShowsKey: number;
  twoRight: number;
  auditProblems: number;
  promptLengths: number[];
  /** A few examples of each fault, for the reader of the bench. */
  examples: { twoRight: string[]; hintShowsKey: string[] };
}

export function roundFigures(pack: Pack, articleText: string): RoundFigures {
  const facts = new Map(pack.facts.map((f) => [f.id, f]));
  const byAsk = new Map<string, Fact[]>();
  for (const f of pack.facts) byAsk.set(askKey(f), [...(byAsk.get(askKey(f)) ?? []), f]);
  const ctx: Context = { facts, byAsk, articleText };
  const out: RoundFigures = { rounds: 0, fullRounds: 0, questions: 0, wh: 0, gaps: 0, fragments: 0, trueFalse: 0, hintShowsKey: 0, twoRight: 0, auditProblems: 0, promptLengths: [], examples: { twoRight: [], hintShowsKey: [] } };
  for (let seed = 0; seed < SEEDS; seed++) {
    for (const difficulty of DIFFICULTIES) {
      const round = generateQuestions(pack, { seed, count: ROUND_SIZE, difficulty });
      out.rounds++;
      if (round.length >= ROUND_SIZE) out.fullRounds++;
      out.auditProblems += auditRound(pack, round).length;
      for (const q of round) {
        out.questions++;
        out.promptLengths.push(q.prompt.length);
        if (isWhQuestion(q)) out.wh++;
        if (isGap(q.prompt)) out.gaps++;
        if (isFragment(q.prompt)) out.fragments++;
        if (isTrueFalse(q)) out.trueFalse++;
        if (hintShowsKey(q, facts)) {
          out.hintShowsKey++;
          if (out.examples.hintShowsKey.length < 3) out.examples.hintShowsKey.push(`${q.prompt} | hint: ${q.hint}`);
        }
        const second = secondRightOptions(q, ctx);
        if (second.length > 0) {
          out.twoRight++;
          if (out.examples.twoRight.length < 3) out.examples.twoRight.push(`${q.prompt} [${q.options.join(' | ')}] right: ${q.options[q.answer]}; also: ${second.join(', ')}`);
        }
      }
    }
  }
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
