// "made his international debut against Austria in March 2007": the opponent and the date, one
// group (each gives the other away). "since his debut 15 years ago" gives a year against today.
import type { Candidate } from '../candidate';
import { possessive } from '../context';
import { findDate } from '../dates';
import { findClub, findNationalTeam } from '../lexicon';
import { firstSpan } from '../nlp';
import { aboutSubject, base, yearOf, type Finder } from './shared';

export const findDebut: Finder = (view, ctx) => {
  if (!view.doc.has('debut') || !aboutSubject(view, ctx)) return [];
  const out: Candidate[] = [];
  const kindView = view.doc.match('[(international|senior|professional|competitive|#NationalTeam|#Club)] debut', 0);
  const kindText = firstSpan(kindView, view.text)?.text;
  const debut = kindText ? `${kindText} debut` : 'debut';
  const made = `${ctx.subject} made ${ctx.pronoun} ${debut}`;
  const group = 'debut';

  const opponent = firstSpan(view.doc.match('debut against [(#NationalTeam|#Club)+]', 0), view.text);
  if (opponent) {
    const team = findNationalTeam(opponent.text);
    const value = team?.name ?? findClub(opponent.text) ?? opponent.text;
    out.push({
      ...base('debut', view, ctx), key: 'debut-opponent', group,
      relation: 'debut opponent',
      answer: { type: 'team', value },
      ask: `Against which team did ${ctx.subject} make ${ctx.pronoun} ${debut}?`,
      statement: `${made} against {answer}.`,
      pool: team ? 'national-teams' : 'clubs',
    });
  }

  const when = findDate(view.narrative, ctx.today);
  if (when) {
    const year = yearOf(when.value);
    const isYear = when.value.length === 4;
    out.push({
      ...base('debut', view, ctx), key: isYear ? 'debut-year' : 'debut-date', group,
      dedupe: 'debut-when', priority: when.relative ? 1 : 2,
      notes: when.relative ? [`date from “${when.words}”, counted from ${ctx.today}`] : [],
      relation: 'debut date',
      answer: isYear ? { type: 'year', value: year } : { type: 'date', value: when.value },
      ask: isYear ? `In which year did ${ctx.subject} make ${ctx.pronoun} ${debut}?` : `When did ${ctx.subject} make ${ctx.pronoun} ${debut}?`,
      statement: `${made} in {answer}.`,
      event: `${possessive(ctx)} ${debut}`,
      date: when.value,
    });
  }
  return out;
};
