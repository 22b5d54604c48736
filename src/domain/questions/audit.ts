// An independent check of a generated question against the fairness rules (GUIDE §3). Tests run
// it over thousands of seeds, the bench times it, and a server can run it on what it serves.
import type { Pack } from '../pack/schema';
import { formatPartialDate, normalizeOption, parseNumber } from '../text';
import { answerText } from './forms';
import { indexPack } from './pack-index';
import { shownForm, textForms } from './key-forms';
import type { Question } from './types';

const NUMERIC_FORMS = new Set(['direct', 'closest']);

export function auditQuestion(pack: Pack, q: Question): string[] {
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${q.id}: ${m}`);
  const index = indexPack(pack);
  const expectedCount = q.form === 'true-false' ? 2 : q.form === 'hand-written' ? undefined : 4;
  if (expectedCount !== undefined && q.options.length !== expectedCount) say(`has ${q.options.length} options`);
  if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length) say('answer index out of range');
  const norms = q.options.map(normalizeOption);
  if (new Set(norms).size !== norms.length) say(`options not distinct: ${q.options.join(' | ')}`);
  for (let i = 0; i < norms.length; i++)
    for (let j = 0; j < norms.length; j++)
      if (i !== j && norms[i]!.includes(norms[j]!)) say(`"${q.options[j]}" is inside "${q.options[i]}"`);
  if (!q.quote && q.form !== 'hand-written') say('no quote');
  if (!q.explanation) say('no explanation');
  for (const removed of q.fiftyFifty) if (removed === q.answer) say('50:50 removes the answer');

  if (q.factIds.length === 1 && q.form !== 'true-false') {
    const info = index.facts.get(q.factIds[0]!)!;
    const fact = info.fact;
    const a = fact.answer;
    const right = q.options[q.answer]!;
    if (q.form === 'direct') {
      if (right !== answerText(fact)) say(`right option "${right}" is not the fact's answer`);
    }
    if (NUMERIC_FORMS.has(q.form) && (a.type === 'number' || a.type === 'year')) {
      const values = q.options.map(parseNumber);
      if (values.some((n) => Number.isNaN(n))) say('non-numeric option');
      for (let i = 1; i < values.length; i++) if (values[i]! <= values[i - 1]!) say('numbers not ascending');
      if (Number.isInteger(a.value) && values.some((n) => !Number.isInteger(n))) say('fractions for a whole answer');
      const { min, max } = info.bounds!;
      if (values.some((n) => n < min || n > max)) say(`option outside bounds ${min}–${max}: ${values.join(',')}`);
      if (q.form === 'closest') {
        const distances = values.map((n) => Math.abs(n - a.value));
        const best = Math.min(...distances);
        if (distances.filter((d) => d === best).length !== 1) say('closest has a tie');
        if (distances[q.answer] !== best) say('closest answer is not the nearest');
      } else {
        values.forEach((n, i) => {
          if (i !== q.answer && n === a.value) say('a wrong option equals the answer');
        });
      }
    }
    if (q.form === 'direct' && a.type === 'date') {
      // Shown ascending, the right one is the fact's date, and the rest are real dates too.
      if (right !== formatPartialDate(a.value)) say('date answer mismatch');
    }
    if (q.form === 'identify' || q.form === 'odd-one-out') {
      const members = a.type === 'set' ? a.values.map(normalizeOption) : [normalizeOption(String(a.value))];
      q.options.forEach((o, i) => {
        const isMember = members.includes(normalizeOption(o));
        const isRight = i === q.answer;
        const shouldBeMember = q.form === 'identify' ? isRight : !isRight;
        if (isMember !== shouldBeMember) say(`option "${o}" is ${isMember ? '' : 'not '}true but marked ${isRight ? 'right' : 'wrong'}`);
        const isFalseOption = q.form === 'identify' ? !isRight : isRight;
        if (isFalseOption) {
          if (info.trueValues.has(normalizeOption(o))) say(`wrong option "${o}" is true under another fact`);
          if (!info.candidates.includes(o)) say(`wrong option "${o}" is not from the fact's pool or wrong list`);
        }
      });
    }
  }
  return problems;
}

/** Every question's own problems, plus any fact group that appears twice in the round. */
export function auditRound(pack: Pack, questions: readonly Question[]): string[] {
  const problems: string[] = [];
  const groups = new Map<string, string>();
  for (const q of questions) {
    for (const g of q.groups) {
      const other = groups.get(g);
      if (other) problems.push(`group "${g}" appears in ${other} and ${q.id}`);
      groups.set(g, q.id);
    }
    problems.push(...auditQuestion(pack, q));
  }
  return problems;
}

/** What a question's hint must never show: the right option, and for true/false, which-first and
 *  order questions the facts' own answers and dates; for "closest" the exact figure too. */
export function questionKeys(pack: Pack, q: Question): string[] {
  const index = indexPack(pack);
  const facts = q.factIds.map((id) => index.facts.get(id)?.fact).filter((f) => f !== undefined);
  if (q.form === 'which-first' || q.form === 'order') return facts.map((f) => formatPartialDate(f.date ?? ''));
  if (q.form === 'true-false') return facts.flatMap((f) => (f.answer.type === 'set' ? f.answer.values : [answerText(f)]));
  const right = q.options[q.answer] ?? '';
  return q.form === 'closest' ? [right, ...facts.map(answerText)] : [right];
}

/** The form of its key a question's hint shows ("23rd", "seven", "Mbappé"), or undefined. */
export function hintShowsKey(pack: Pack, q: Question): string | undefined {
  if (!q.hint) return undefined;
  return shownForm(q.hint, questionKeys(pack, q).flatMap((k) => textForms(k)));
}
