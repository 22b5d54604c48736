// Comebacks: "He returned to the France squad for Euro 2020 last year" → the year, as an event.
import type { Candidate } from '../candidate';
import { possessive } from '../context';
import { findDate } from '../dates';
import { aboutSubject, base, yearOf, type Finder } from './shared';

export const findReturns: Finder = (view, ctx) => {
  const back = view.narrative.match('{return} to the? (#NationalTeam|#Organization|national)? (squad|team|side|fold)');
  if (!back.found || !aboutSubject(view, ctx)) return [];
  const when = findDate(view.narrative, ctx.today);
  if (!when) return [];
  const squad = ctx.team ? `the ${ctx.team} squad` : 'the squad';
  const year = yearOf(when.value);
  const out: Candidate = {
    ...base('return', view, ctx), key: 'return-year', dedupe: 'return',
    notes: when.relative ? [`date from “${when.words}”, counted from ${ctx.today}`] : [],
    relation: 'return to the squad',
    answer: { type: 'year', value: year },
    ask: `In which year did ${ctx.subject} return to ${squad}?`,
    statement: `${ctx.subject} returned to ${squad} in {answer}.`,
    event: `${possessive(ctx)} return to ${squad}`,
    date: when.value,
  };
  return [out];
};
