// The wrong answers of a fact as an author handles them on its card, without the DOM: the ones a
// player can meet (the author's own list, then those the engine draws from the pool for the
// preview), removing one (off the list, or excluded from the pool), adding one (typed, or picked
// from the article's names of the same kind), and the people the fact may be about.
import type { Fact, Pack } from '../domain/pack/schema';
import type { Question } from '../domain/questions/types';
import { normalizeOption } from '../domain/text';

/** Answers whose wrong options the author picks; numbers and dates get theirs from bounds. */
export function hasChips(fact: Fact): boolean {
  return fact.answer.type !== 'number' && fact.answer.type !== 'year' && fact.answer.type !== 'date' && fact.answer.type !== 'set';
}

const answerValue = (fact: Fact): string => ('value' in fact.answer && typeof fact.answer.value === 'string' ? fact.answer.value : '');
const same = (a: string, b: string) => normalizeOption(a) === normalizeOption(b);

/** The author's wrong answers, then the others the previews show, once each. */
export function wrongChips(fact: Fact, questions: readonly Question[]): string[] {
  const out: string[] = [];
  const add = (v: string) => {
    if (v.trim() && !same(v, answerValue(fact)) && !out.some((o) => same(o, v))) out.push(v);
  };
  for (const w of fact.distractors?.wrong ?? []) add(w);
  for (const q of questions) if (q.form === 'identify') q.options.forEach((o, i) => i !== q.answer && add(o));
  return out;
}

/** Without `value`: off the author's list, and kept out of the pool's draw too. */
export function removeWrong(fact: Fact, value: string): Fact {
  const d = fact.distractors ?? {};
  const wrong = (d.wrong ?? []).filter((w) => !same(w, value));
  const fromPool = !(d.wrong ?? []).some((w) => same(w, value));
  const exclude = fromPool && !(d.exclude ?? []).some((x) => same(x, value)) ? [...(d.exclude ?? []), value] : d.exclude;
  const next: NonNullable<Fact['distractors']> = { ...d };
  if (wrong.length) next.wrong = wrong;
  else delete next.wrong;
  if (exclude?.length) next.exclude = exclude;
  return { ...fact, distractors: next };
}

/** With `value` on the author's list (and no longer excluded); the fact as it was if it is the answer. */
export function addWrong(fact: Fact, value: string): Fact {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v || same(v, answerValue(fact))) return fact;
  const d = fact.distractors ?? {};
  const wrong = (d.wrong ?? []).some((w) => same(w, v)) ? d.wrong! : [...(d.wrong ?? []), v];
  const exclude = (d.exclude ?? []).filter((x) => !same(x, v));
  const next: NonNullable<Fact['distractors']> = { ...d, wrong };
  if (exclude.length) next.exclude = exclude;
  else delete next.exclude;
  return { ...fact, distractors: next };
}

/** Names of the same kind as the fact's answer that the article has: its pool's, and other facts' answers. */
export function sameKindNames(pack: Pack, fact: Fact, articleText: string): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim() && !same(v, answerValue(fact)) && !out.some((o) => same(o, v))) out.push(v);
  };
  for (const other of pack.facts) if (other.answer.type === fact.answer.type && 'value' in other.answer) add(other.answer.value);
  const pool = fact.distractors?.pool ? pack.pools?.[fact.distractors.pool] : undefined;
  // The article's own names first (the drafter puts them at the head of its pools).
  const inArticle = (pool ?? []).filter((v) => articleText.includes(v));
  for (const v of inArticle) add(v);
  for (const v of pool ?? []) add(v);
  return out;
}

/** The people the article names: person answers, and the people pools' names that it mentions. */
export function articlePeople(pack: Pack, articleText: string): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim() && !out.some((o) => same(o, v))) out.push(v);
  };
  for (const f of pack.facts) if (f.answer.type === 'person' && 'value' in f.answer) add(f.answer.value);
  for (const [name, values] of Object.entries(pack.pools ?? {})) if (/people|coach|player|manager/.test(name)) for (const v of values) if (articleText.includes(v)) add(v);
  for (const f of pack.facts) if (articleText.includes(f.subject)) add(f.subject);
  return out;
}

/** The fact about `person` instead: its subject, and the name in its wording (not the article's quote). */
export function changeSubject(fact: Fact, person: string): Fact {
  const old = fact.subject;
  if (!person.trim() || old === person) return fact;
  // Where the article's own sentence has the old name, the wording quotes the article there (a
  // name the drafter misread is still the article's word): only a name put in for "he" moves.
  const swap = (s: string) => (old.trim() && !fact.quote.includes(old) ? s.split(old).join(person) : s);
  const prompts = Object.fromEntries(Object.entries(fact.prompts).map(([k, v]) => [k, typeof v === 'string' ? swap(v) : v])) as Fact['prompts'];
  return { ...fact, subject: person, explanation: swap(fact.explanation), prompts };
}

/** Every other fact about `from` made about `to` (one misread name is misread on many cards). */
export function changeSubjectOnOthers(pack: Pack, except: number, from: string, to: string): { pack: Pack; changed: number } {
  let changed = 0;
  const facts = pack.facts.map((f, i) => {
    if (i === except || f.subject !== from) return f;
    changed++;
    return changeSubject(f, to);
  });
  return { pack: changed ? { ...pack, facts } : pack, changed };
}

/** How many facts other than `except` are about `subject`. */
export const othersAbout = (pack: Pack, except: number, subject: string): number => pack.facts.filter((f, i) => i !== except && f.subject === subject).length;
