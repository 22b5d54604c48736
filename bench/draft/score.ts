// One article against its draft: which key facts the draft holds (strict recall), the reviewer's
// verdict on every drafted fact, and the automatic truth checks that need no reviewer.
import type { Fact } from '../../src/domain/pack/schema';
import { answerText } from '../../src/domain/questions/forms';
import type { Article, Judged, Key } from './corpus';
import { fold, sameThing, showsAnswer, showsNumber } from './key-forms';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The year, month and day a key's value names, as far as it names them. */
function dateParts(value: string): { y?: number; m?: number; d?: number } {
  const t = fold(value);
  const y = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/.exec(t)?.[1];
  const mi = MONTHS.findIndex((m) => t.includes(m));
  const d = mi >= 0 ? /(?<!\d)([0-3]?\d)(?:st|nd|rd|th)?(?!\d)/.exec(t.replace(/(1[89]|2[01])\d\d/, ''))?.[1] : undefined;
  return { ...(y ? { y: Number(y) } : {}), ...(mi >= 0 ? { m: mi + 1 } : {}), ...(d ? { d: Number(d) } : {}) };
}

/** Does the drafted answer hold the key's value? Numbers in any written form; dates part by part,
 *  never coarser than the key; names whole, or one inside the other ("Kerr" for "Sam Kerr"). */
export function holds(fact: Fact, value: string): boolean {
  const a = fact.answer;
  if (a.type === 'number' || a.type === 'year') return showsNumber(value, a.value);
  if (a.type === 'date') {
    const [y, m, d] = a.value.split('-').map(Number);
    const key = dateParts(value);
    if (key.y === undefined && key.m === undefined) return false;
    if ((key.y !== undefined && key.y !== y) || (key.m !== undefined && key.m !== m) || (key.d !== undefined && key.d !== d)) return false;
    return (key.m === undefined || m !== undefined) && (key.d === undefined || d !== undefined);
  }
  const shown = a.type === 'set' ? a.values : [a.value];
  const v = ` ${fold(value).replace(/^the /, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const norm = (s: string) => ` ${fold(s).replace(/^the /, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return shown.some((s) => sameThing(s, value) || norm(s).includes(v) || (norm(s).trim().length >= 3 && v.includes(norm(s))));
}

/** The verdict that applies to this fact: same quote, answer and subject, and the same question
 *  when the verdict recorded one (a reworded question is judged again). */
export function verdictFor(fact: Fact, judged: readonly Judged[]): Judged | undefined {
  const answer = answerText(fact);
  return judged.find((j) => j.quote === fact.quote && j.answer === answer && (j.subject === undefined || j.subject === fact.subject) &&
    (j.ask === undefined || j.ask === fact.prompts.ask));
}

/** Reasons a fact is false that need no reviewer: its answer is not in its quote in any form, or
 *  its quote is not the article's own text. */
export function automaticFault(fact: Fact, articleText: string): string | undefined {
  if (!articleText.includes(fact.quote)) return 'quote is not verbatim from the article';
  if (showsAnswer(fact.quote, fact)) return undefined;
  // "City" in the quote for Manchester City, which the article names: a resolution for the reviewer to judge.
  const a = fact.answer;
  if (a.type !== 'number' && a.type !== 'year' && a.type !== 'date' && a.type !== 'set') {
    const words = fold(a.value).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
    if (fold(articleText).includes(fold(a.value)) && words.some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(fold(fact.quote)))) return undefined;
  }
  return 'answer is not in its quote';
  return undefined;
}

export interface ArticleScore {
  keys: number;
  found: number;
  /** Keys found by a fact the reviewer judged good or weak (not false, not unjudged). */
  foundFair: number;
  missed: Key[];
  facts: number;
  good: number;
  weak: number;
  judgedFalse: number;
  automaticFalse: number;
  unjudged: number;
  unjudgedFacts: Fact[];
  falseFacts: Array<{ fact: Fact; why: string }>;
}

export function scoreArticle(article: Article, facts: readonly Fact[]): ArticleScore {
  const verdicts = new Map<Fact, { verdict: Judged['verdict'] | 'auto-false'; why: string }>();
  for (const f of facts) {
    const auto = automaticFault(f, article.text);
    const j = verdictFor(f, article.judged);
    verdicts.set(f, auto ? { verdict: 'auto-false', why: auto } : { verdict: j?.verdict ?? '?', why: j?.reason ?? '' });
  }
  const holding = (k: Key) => facts.filter((f) => f.quote.includes(k.sentence) && holds(f, k.value));
  const found = article.keys.filter((k) => holding(k).length > 0);
  const foundFair = article.keys.filter((k) => holding(k).some((f) => ['good', 'weak'].includes(verdicts.get(f)!.verdict)));
  const of = (v: string) => facts.filter((f) => verdicts.get(f)!.verdict === v);
  return {
    keys: article.keys.length,
    found: found.length,
    foundFair: foundFair.length,
    missed: article.keys.filter((k) => !found.includes(k)),
    facts: facts.length,
    good: of('good').length,
    weak: of('weak').length,
    judgedFalse: of('false').length,
    automaticFalse: of('auto-false').length,
    unjudged: of('?').length,
    unjudgedFacts: of('?'),
    falseFacts: [...of('false'), ...of('auto-false')].map((fact) => ({ fact, why: verdicts.get(fact)!.why })),
  };
}
