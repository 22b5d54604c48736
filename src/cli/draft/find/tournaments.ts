// "Euro 2008", "2010 World Cup", "World Cup 2014": tournaments named with their edition, each
// read as one the subject went to (selected, played, returned) or missed (left out, absence).
import { slug, type Candidate } from '../candidate';
import type { ArticleContext } from '../context';
import { findCompetition } from '../lexicon';
import { spans } from '../nlp';
import type { SentenceView } from '../candidate';
import { aboutSubject, base, positions, type Finder } from './shared';

export interface TournamentMention {
  /** As written: "2010 World Cup". */
  text: string;
  /** As packs spell it: "World Cup 2010". */
  name: string;
  year: number;
  term: number;
  known: boolean;
}

export function tournamentMentions(view: SentenceView): TournamentMention[] {
  const found = spans(view.doc.match('(#Year #Competition+|#Competition+ #Year)'), view.text);
  return found.flatMap((s) => {
    const year = Number(/\d{4}/.exec(s.text)?.[0]);
    const compText = s.text.replace(/\d{4}/, '').trim();
    const comp = findCompetition(compText);
    if (!comp || !year) return [];
    return [{ text: s.text, name: `${comp.name} ${year}`, year, term: s.term, known: comp.editions.includes(year) }];
  });
}

const WENT = ['{select}', '{play}', '{return}', '{feature}', '{appear}', '{call} up', '{name} in', '{score}', '{star}'];
const MISSED = ['{leave} out', '{omit}', '{miss}', 'absence', '{exclude}', '{drop}', '{snub}', 'without', '{overlook}', '{ban}', '{injure}'];

export type Attendance = 'went' | 'missed';

/** The nearest cue before the mention decides; no cue, no fact. */
export function attendance(view: SentenceView, mention: TournamentMention): Attendance | undefined {
  const went = positions(view.doc, view.text, WENT).filter((p) => p < mention.term).at(-1) ?? -1;
  const missed = positions(view.doc, view.text, MISSED).filter((p) => p < mention.term).at(-1) ?? -1;
  if (went < 0 && missed < 0) return undefined;
  return missed > went ? 'missed' : 'went';
}

export const findTournaments: Finder = (view, ctx) => {
  if (!aboutSubject(view, ctx)) return [];
  const out: Candidate[] = [];
  for (const mention of tournamentMentions(view)) {
    const how = attendance(view, mention);
    if (!how) continue;
    const notes = mention.known ? [] : [`${mention.name} is not an edition the lexicon knows`];
    out.push(how === 'went' ? went(view, ctx, mention, notes) : missed(view, ctx, mention, notes));
  }
  return out;
};

function went(view: SentenceView, ctx: ArticleContext, m: TournamentMention, notes: string[]): Candidate {
  const squad = ctx.team ? `the ${ctx.team} squad` : 'the squad';
  const verb = positions(view.doc, view.text, ['{select}']).some((p) => p < m.term)
    ? { ask: `For which tournament was ${ctx.subject} selected in ${squad}?`, statement: `${ctx.subject} was selected in ${squad} for {answer}.` }
    : positions(view.doc, view.text, ['{return}']).some((p) => p < m.term)
      ? { ask: `For which tournament did ${ctx.subject} return to ${squad}?`, statement: `${ctx.subject} returned to ${squad} for {answer}.` }
      : { ask: `At which of these tournaments did ${ctx.subject} play${ctx.team ? ` for ${ctx.team}` : ''}?`, statement: `${ctx.subject} played at {answer}.` };
  return {
    ...base('tournament-in', view, ctx), notes: [...notes, 'pool tournaments outside the article may have been played too'],
    key: `${slug(m.name)}`, dedupe: `tournament:${m.name}`,
    relation: 'tournament squads',
    answer: { type: 'tournament', value: m.name },
    ...verb,
    pool: 'tournaments',
  };
}

function missed(view: SentenceView, ctx: ArticleContext, m: TournamentMention, notes: string[]): Candidate {
  return {
    ...base('tournament-missed', view, ctx), notes,
    key: `${slug(m.name)}-missed`, dedupe: `tournament:${m.name}`,
    relation: 'tournaments missed',
    answer: { type: 'tournament', value: m.name },
    ask: `Which of these tournaments did ${ctx.subject} miss?`,
    statement: `${ctx.subject} missed {answer}.`,
  };
}
