// Scores and minutes: "What was the score of City's win over Inter?", "In which minute did Rodri score?".
import { AUXILIARIES, finiteVerb } from '../verbs';
import { secondVerb, conjunctEnd } from './phrase';
import { finish, tidy } from './text';
import { refuse, tokens, type Core, type WhInput } from './types';
import { FOLLOWERS, GOAL, RESULT } from './words';


/** "Manchester City's 1-0 win over Inter Milan", "a 4-1 extra-time win over Benfica at Wembley":
 *  the result as a noun phrase names its own event. */
export function scoreOf(input: WhInput): string | undefined {
  const { text, span } = input;
  const words = tokens(text, input.clause.start, input.clause.end);
  const at = words.findIndex((w) => w.start === span.start);
  if (at < 0 || words[at]!.end !== span.end) return undefined;
  let head = at + 1;
  while (head < at + 4 && words[head] && !RESULT.test(words[head]!.text) && /^[\p{L}-]+$/u.test(words[head]!.text) && !FOLLOWERS.has(words[head]!.text.toLowerCase())) head++;
  if (!words[head] || !RESULT.test(words[head]!.text)) return undefined;
  const prep = words[head + 1]?.text.toLowerCase();
  if (!prep || !/^(?:over|against|by|to|with|at)$/.test(prep)) return undefined;
  const opponent = input.names.find((n) => n.start >= words[head + 1]!.end && n.start <= words[head + 1]!.end + 5 && (n.kind === 'club' || n.kind === 'team'));
  if (!opponent) return undefined;
  // How far the phrase runs: the opponent, then place and time phrases up to a comma or a verb.
  let end = opponent.end;
  const after = tokens(text, opponent.end, input.clause.end);
  for (let i = 0; i < after.length && i < 8; i++) {
    const w = after[i]!;
    if (i === 0 && /^[,;.]/.test(text.slice(opponent.end))) break;
    if (!/^(?:in|at|on)$/i.test(w.text) && i === 0) break;
    if (finiteVerb(w.text) || AUXILIARIES.has(w.text.toLowerCase()) || /^(?:and|but|as|when|after|before)$/i.test(w.text)) break;
    end = w.end - (/[,;.:]$/.test(w.text) ? 1 : 0);
    if (/[,;.:]$/.test(w.text)) break;
  }
  const before = words[at - 1];
  const ownerName = before && /[’']s$/.test(before.text) ? input.names.find((n) => n.end === before.end - 2 && (n.kind === 'club' || n.kind === 'team' || n.kind === 'person')) : undefined;
  const owner = ownerName ? `${ownerName.canonical}${before!.text.slice(-2)}` : 'the';
  const mods = text.slice(words[at]!.end, words[head]!.start).trim();
  // A place or time phrase cut short ("…at Wembley in") loses its dangling preposition.
  const question = tidy(`What was the score of ${owner} ${mods} ${text.slice(words[head]!.start, end)}`).replace(/(?:\s+(?:in|on|at))+$/, '');
  return finish(question, input);
}

/** "Rodri's 68th-minute strike": in which minute the named player scored. */
export function minuteOf(input: WhInput): string | undefined {
  const { text, span } = input;
  const words = tokens(text, input.clause.start, input.clause.end);
  const at = words.findIndex((w) => span.start >= w.start && span.start < w.end);
  const token = words[at];
  if (!token || !/^\d+(?:st|nd|rd|th)-minute$/.test(token.text)) return undefined;
  const noun = words[at + 1]?.text.replace(/[,;.:]+$/, '');
  const before = words[at - 1];
  if (!noun || !GOAL.test(noun) || !before || !/[’']s$/.test(before.text)) return undefined;
  const scorer = input.names.find((n) => n.kind === 'person' && n.end === before.end - 2);
  if (!scorer) return undefined;
  const what = /^(?:goal|strike|header|effort|finish|volley)$/i.test(noun) ? '' : ` the ${noun.toLowerCase()}`;
  return finish(`In which minute did ${scorer.canonical} score${what}`);
}

/** "What was the score when Arsenal beat Chelsea?": the score leaves the clause, the event stays. */
export function scoreQuestion(input: WhInput, core: Core): string | undefined {
  const { text, span } = input;
  if (span.start < core.verb.end || span.end > core.end) return refuse(input, 'a score before the verb, not a result of it');
  const second = secondVerb(input, core, span.start);
  if (second === 'unsafe') return undefined;
  let before = text.slice((second ?? core).verb.start, span.start);
  // "made it 3-0", "put Bayern 2-0 up": the score is the state the clause names, not a result to leave out.
  if (/\b(?:it|them|us)\s+$/u.test(before) || /^\s*(?:up|ahead|down|clear)\b/.test(text.slice(span.end))) return refuse(input, 'a score the verb makes (“made it 3-0”), not a result');
  let after = text.slice(span.end, conjunctEnd(input, core, span.end));
  // "a 2-1 victory over Fiorentina" reads "a victory over Fiorentina"; "won 2-1" reads "won".
  before = before.replace(/\b(?:by|a|an)\s+$/i, (m) => (/^by/i.test(m) ? '' : m));
  after = after.replace(/^\s*(?:on aggregate|on penalties|after extra time)\b/i, '');
  if (/-\S/.test(after.slice(0, 2))) return refuse(input, 'a score inside a longer word');
  const lead = core.lead ? `${text.slice(core.lead.start, core.lead.end)}, ` : '';
  const question = tidy(`What was the score when ${lead}${core.subject.as} ${before} ${after}`).replace(/\ba victory\b/, 'a victory').replace(/\ban (?=victory|win|defeat|draw)/, 'a ');
  return finish(question, input);
}
