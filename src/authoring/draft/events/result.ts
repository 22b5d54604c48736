// Results and records: the opponent of a win, defeat or draw ("a 5-0 win against Werder Bremen",
// "a surprise win away to Sassuolo", "defeat at home to Aston Villa"), asked of the side that
// played it; and a record's previous holders' mark ("Alan Shearer and Andrew Cole's previous best
// of 34"). A result someone hopes for ("need a win against…") is no result and is skipped.
import { NUMBER, parseNumber } from '../numbers';
import type { EventFact, EventInput } from './types';
import { sideAt } from './who';

const ADJECTIVES = 'surprise|shock|famous|comfortable|convincing|narrow|thumping|stunning|emphatic|dramatic|late|first|crucial|vital|impressive|deserved|hard-fought|memorable|heavy|humiliating|goalless|scoreless';
const RESULT = new RegExp(String.raw`\b(?:a|an|the|their|his|her|its|[’']s)\s+(?:(\d{1,2}[-–]\d{1,2})\s+)?(?:(?:${ADJECTIVES})\s+){0,2}(win|victory|defeat|loss|draw)\s+(away to|away at|at home to|against|over|at|to|with)\s+$`, 'iu');
/** "Sevilla defeated Jose Mourinho’s Roma": a verb of winning, a manager's possessive allowed. */
const BEAT = /\b(beat|defeated|thrashed|overcame|edged|hammered|stunned|knocked out|eliminated)\s+(?:[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,2}[’']s\s+)?$/u;
const BASE: Record<string, string> = { beat: 'beat', defeated: 'defeat', thrashed: 'thrash', overcame: 'overcome', edged: 'edge', hammered: 'hammer', stunned: 'stun', 'knocked out': 'knock out', eliminated: 'eliminate' };
/** "…in the final of the UEFA Europa League" after the opponent: where the result came, kept in the question. */
const STAGE = /^\s+(in the (?:final|semi-final|semi-finals|quarter-final|quarter-finals|last 16|round of 16|play-off final)(?: of (?:the )?[\p{Lu}][\p{L}’' -]{2,40}?)?)(?=[,.;]| on\b| at\b|$)/u;

const HOPED = /\b(?:need|needs|needed|want|wants|hope|hopes|hoping|chance|could|would|will|seek|seeking|chasing|targeting)\b/i;
const BEST = new RegExp(String.raw`[’']s\s+(previous|old|former)\s+(best|record)\s+of\s+(${NUMBER})\b`, 'giu');

export function readResults(input: EventInput): EventFact[] {
  // Most sentences report no result: the cheap test first.
  if (!/\b(?:win|victory|defeat|loss|draw|previous|old|former|beat|defeated|thrashed|overcame|edged|hammered|stunned|knocked out|eliminated)\b/i.test(input.read.masked)) return [];
  const { read } = input;
  const out: EventFact[] = [];
  // The opponent as typed by the name finder, or a capitalised word it could not type ("away to
  // Sassuolo"): after "a win away to", only a club or a team can stand.
  const typed = read.names.filter((n) => n.kind === 'club' || n.kind === 'team');
  // Single capitalised words outside every name, then runs of them joined ("Blyth Spartans").
  const words = [...read.masked.matchAll(/(?<![\p{L}’'-])\p{Lu}[\p{Ll}'-]+(?![\p{L}’'-])/gu)]
    .filter((m) => !read.names.some((n) => m.index < n.end && m.index + m[0].length > n.start));
  const untyped: { start: number; end: number; text: string; canonical: string; kind: undefined }[] = [];
  for (const m of words) {
    const last = untyped.at(-1);
    if (last && m.index === last.end + 1 && read.masked[last.end] === ' ' && last.text.split(' ').length < 3) {
      last.end = m.index + m[0].length;
      last.text = last.canonical = read.masked.slice(last.start, last.end);
    } else untyped.push({ start: m.index, end: m.index + m[0].length, text: m[0], canonical: m[0], kind: undefined });
  }
  for (const n of [...typed, ...untyped]) {
    const from = Math.max(0, n.start - 90);
    const beat = BEAT.exec(read.masked.slice(from, n.start));
    if (beat) {
      const at = from + beat.index;
      const clause = input.clauseAt(at);
      const side = clause && !HOPED.test(read.masked.slice(clause.start, at)) ? sideAt(input, at) : undefined;
      if (side && side.canonical !== n.canonical && read.masked.slice(clause!.start, at).includes(side.text.split(' ')[0]!)) {
        // The rest of the clause after the opponent ("4-2 on penalties", "in the final of …") says which match.
        // A weekday ("on Wednesday") means nothing without the report's date: it is left out.
        const rest = (/^[^,;:.()“”"]{0,70}(?=[,;:.]|$)/u.exec(read.masked.slice(n.end, clause!.end))?.[0] ?? '').replace(/\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$/u, '').trim();
        const stage = rest || (STAGE.exec(read.masked.slice(n.end))?.[1] ?? '');
        // An opponent the name finder could not type takes the kind of the side that beat it.
        const kind: 'club' | 'team' = n.kind === 'team' || n.kind === 'club' ? n.kind : 'kind' in side && side.kind === 'team' ? 'team' : 'club';
        const which = kind;
        out.push({
          event: 'result', role: 'opponent', kind, subject: side.canonical, span: { start: n.start, end: n.end },
          answer: { type: kind, value: n.canonical }, entity: { kind, canonical: [n.canonical, n.text] },
          ask: `Which ${which} did ${side.canonical} ${BASE[beat[1]!]}${stage ? ` ${stage}` : ''}?`,
          statement: `${side.canonical} ${beat[1]} {answer}${stage ? ` ${stage}` : ''}.`,
          note: `the side ${side.canonical} beat`,
        });
        continue;
      }
    }
    const m = RESULT.exec(read.masked.slice(from, n.start));
    if (!m) continue;
    const at = from + m.index;
    const clause = input.clauseAt(at);
    if (!clause || HOPED.test(read.masked.slice(clause.start, at))) continue;
    const side = sideAt(input, at);
    if (!side || side.canonical === n.canonical) continue;
    const kind: 'club' | 'team' = n.kind === 'team' || n.kind === 'club' ? n.kind : 'kind' in side && side.kind === 'team' ? 'team' : 'club';
    const noun = m[2]!.toLowerCase();
    const prep = m[3]!.toLowerCase();
    const score = m[1] ? ` ${m[1]}` : '';
    const which = kind === 'team' ? 'team' : 'club';
    const won = noun === 'win' || noun === 'victory';
    const ask = won ? `${prep === 'against' || prep === 'over' ? 'Against' : 'Away to'} which ${which} did ${side.canonical} win${score}?`
      : noun === 'draw' ? `Which ${which} did ${side.canonical} draw with${score}?`
      : `Which ${which} did ${side.canonical} lose to${score}${prep === 'at home to' ? ' at home' : ''}?`;
    const statement = won ? `${side.canonical} won${score} ${prep === 'against' || prep === 'over' ? 'against' : 'away to'} {answer}.`
      : noun === 'draw' ? `${side.canonical} drew${score} with {answer}.` : `${side.canonical} lost${score} to {answer}${prep === 'at home to' ? ' at home' : ''}.`;
    out.push({
      event: 'result', role: 'opponent', kind, subject: side.canonical, span: { start: n.start, end: n.end },
      answer: { type: kind, value: n.canonical }, entity: { kind, canonical: [n.canonical, n.text] },
      ask, statement, note: `the opponent of ${side.canonical}’s ${noun}`,
    });
  }
  for (const m of read.masked.matchAll(BEST)) {
    // The owners: the names joined by "and" that end on the possessive.
    const owners = read.names.filter((x) => x.kind === 'person' && x.end <= m.index && x.end >= m.index - 60);
    const last = owners.at(-1);
    if (!last || last.end !== m.index) continue;
    const first = owners.findLast((x, i) => i === 0 || !/^\s*(?:,|and)\s*$/.test(read.masked.slice(owners[i - 1]!.end, x.start))) ?? last;
    const group = owners.slice(owners.indexOf(first));
    const who = group.map((x) => x.canonical).join(group.length === 2 ? ' and ' : ', ');
    const value = parseNumber(m[3]!);
    if (value === undefined) continue;
    const start = m.index + m[0].length - m[3]!.length;
    out.push({
      event: 'record', role: `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`, kind: 'count', subject: who, span: { start, end: start + m[3]!.length },
      answer: { type: 'number', value }, min: 1,
      ask: `What was ${who}’s ${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}?`, statement: `${who}’s ${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()} was {answer}.`,
      note: `the mark ${who} held`,
    });
  }
  return out;
}
