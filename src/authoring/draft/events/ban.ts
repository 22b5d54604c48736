// Bans and fines: how long ("suspended for 10 weeks", "banned from all football for eight months")
// and how much ("fined £70,000"). The question keeps the report's own tense ("has been").
import { NUMBER, parseNumber } from '../numbers';
import type { EventFact, EventInput } from './types';
import { personAt } from './who';

const AUX = String.raw`(?:has been|have been|had been|was|were|is|will be)`;
const BAN = new RegExp(String.raw`\b(${AUX}\s+)?(?:also\s+)?(banned|suspended)\s+((?:from\s+(?:all\s+)?(?:football|playing|all football-related activity)\s+)?)for\s+(${NUMBER})\s+(weeks|months|years|matches|games)\b`, 'giu');
const FINE = new RegExp(String.raw`\b(?:(${AUX})\s+(?:also\s+)?|and\s+)fined\s+(£|€|\$)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(m|k| million)?(?![\d,])`, 'giu');
const CURRENCY: Record<string, string> = { '£': 'pounds', '€': 'euros', $: 'dollars' };
const MAX_BAN: Record<string, number> = { weeks: 104, months: 60, years: 25, matches: 60, games: 60 };

export function readBans(input: EventInput): EventFact[] {
  // Most sentences report no ban: the cheap test first.
  if (!/\b(?:banned|suspended|fined)\b/i.test(input.read.masked)) return [];
  const { read } = input;
  const out: EventFact[] = [];
  let banAux: string | undefined;
  for (const m of read.masked.matchAll(BAN)) {
    const verbAt = m.index + (m[1]?.length ?? 0);
    const who = personAt(input, verbAt);
    const value = parseNumber(m[4]!);
    const unit = m[5]!.toLowerCase();
    if (!who || value === undefined || value < 1 || value > MAX_BAN[unit]!) continue;
    const aux = (m[1] ?? 'was ').trim().toLowerCase();
    banAux = aux;
    const [first, ...rest] = aux.split(/\s+/);
    const from = m[3]!.trim();
    const start = m.index + m[0].length - m[5]!.length - 1 - m[4]!.length;
    out.push({
      event: 'ban', role: 'ban length', kind: 'duration', subject: who, span: { start, end: start + m[4]!.length },
      answer: { type: 'number', value, unit }, min: 1, max: MAX_BAN[unit]!,
      ask: `For how many ${unit} ${first} ${who} ${[...rest, m[2]!.toLowerCase(), from].filter(Boolean).join(' ')}?`,
      statement: `${who} ${[aux, m[2]!.toLowerCase(), from].filter(Boolean).join(' ')} for {answer} ${unit}.`,
      note: `how long ${who} is banned`,
    });
  }
  for (const m of read.masked.matchAll(FINE)) {
    const aux = (m[1] ?? banAux)?.toLowerCase();
    const who = personAt(input, m.index);
    const value = parseNumber(m[3]!);
    if (!aux || !who || value === undefined || m[4]) continue;
    const [first, ...rest] = aux.split(/\s+/);
    const start = m.index + m[0].length - m[3]!.length;
    out.push({
      event: 'ban', role: 'fine', kind: 'money', subject: who, span: { start, end: start + m[3]!.length },
      answer: { type: 'number', value, unit: m[2]! }, min: 0,
      ask: `How much, in ${CURRENCY[m[2]!]}, ${first} ${who} ${[...rest, 'fined'].join(' ')}?`,
      statement: `${who} ${aux} fined ${m[2]}{answer}.`,
      note: `the fine ${who} was given`,
    });
  }
  return out;
}
