// "37 goals in 97 caps": two number facts sharing a group, goals bounded by caps.
import { slug, type Candidate } from '../candidate';
import { matches } from '../nlp';
import { base, nationalTeamIn, teamIn, wholeNumber, type Finder } from './shared';

const DONE: Record<string, string> = { goals: 'score', assists: 'provide' };
const PLAYED: Record<string, string> = { caps: 'win', appearances: 'make', games: 'play', matches: 'play', outings: 'make' };
const PAST: Record<string, string> = { score: 'scored', provide: 'provided', win: 'won', make: 'made', play: 'played' };

export const PATTERN = '[<a>#Value+] [<what>(goals|assists)] in [<b>#Value+] [<of>(caps|appearances|games|matches|outings)]';

export const findStats: Finder = (view, ctx) => {
  const out: Candidate[] = [];
  for (const m of matches(view.doc, PATTERN)) {
    const a = wholeNumber(m.groups('a'));
    const b = wholeNumber(m.groups('b'));
    const what = m.groups('what').text('normal');
    const of = m.groups('of').text('normal');
    if (a === undefined || b === undefined || a > b) continue;
    // Caps are won for a national team; otherwise the team the stats are "for".
    const team = of === 'caps' ? nationalTeamIn(view) ?? ctx.team : teamIn(view, ctx);
    const forTeam = team ? ` for ${team}` : '';
    const prefix = slug(team ?? 'career');
    const group = `${prefix}-totals`;
    const explanation = `${ctx.subject} ${PAST[DONE[what]!]} ${a} ${what} in ${b} ${of}${forTeam}.`;
    const aKey = `${prefix}-${what}`;
    const bKey = `${prefix}-${of}`;
    out.push({
      ...base('stat', view, ctx), key: aKey, group, explanation,
      relation: `${what}${forTeam}`,
      answer: { type: 'number', value: a, unit: what },
      ask: `How many ${what} did ${ctx.subject} ${DONE[what]}${forTeam}?`,
      statement: `${ctx.subject} ${PAST[DONE[what]!]} {answer} ${what}${forTeam}.`,
      min: 0, maxKey: bKey,
    }, {
      ...base('stat', view, ctx), key: bKey, group, explanation,
      relation: `${of}${forTeam}`,
      answer: { type: 'number', value: b, unit: of },
      ask: `How many ${of} did ${ctx.subject} ${PLAYED[of]}${forTeam}?`,
      statement: `${ctx.subject} ${PAST[PLAYED[of]!]} {answer} ${of}${forTeam}.`,
      minKey: aKey,
    });
  }
  return out;
};
