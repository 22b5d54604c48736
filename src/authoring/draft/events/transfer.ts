// Transfers: the contract's length ("agreed to a five-year contract", "on a five-year deal"), of
// the player the clause names ("completed the signing of … Erling Haaland … on a five-year deal").
// A deal still being talked about ("set to sign", "close to") is no signing and is skipped.
import { NUMBER, parseNumber } from '../numbers';
import type { EventFact, EventInput } from './types';
import { personAt } from './who';

const CONTRACT = new RegExp(String.raw`\b(?:a|an)\s+(${NUMBER})[- ]year\s+(?:contract|deal)\b`, 'giu');
const HEDGED = /\b(?:set to|will|would|could|expected|close to|closing in|poised|talks|bid|offer|want|wants|hope|hopes|plans?|linked)\b/i;

export function readTransfers(input: EventInput): EventFact[] {
  const { read } = input;
  // Most sentences report no contract: the cheap test first.
  if (!/-year\s+(?:contract|deal)\b/i.test(read.masked)) return [];
  const out: EventFact[] = [];
  for (const m of read.masked.matchAll(CONTRACT)) {
    const clause = input.clauseAt(m.index);
    if (!clause || HEDGED.test(read.masked.slice(clause.start, m.index))) continue;
    const signed = /\bsigning\s+of\s+/i.exec(read.masked.slice(clause.start, m.index));
    const signedAt = signed ? clause.start + signed.index + signed[0].length : -1;
    const player = read.names.find((n) => n.kind === 'person' && n.start >= signedAt && n.start <= signedAt + 50 && n.end <= m.index);
    const who = signed ? player?.canonical : personAt(input, m.index);
    const years = parseNumber(m[1]!);
    if (!who || years === undefined || years < 1 || years > 10) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({
      event: 'transfer', role: 'contract length', kind: 'duration', subject: who, span: { start, end: start + m[1]!.length },
      answer: { type: 'number', value: years, unit: 'years' }, min: 1, max: 10,
      ask: `For how many years did ${who} sign?`, statement: `${who} signed a {answer}-year contract.`,
      note: `the length of ${who}’s contract`,
    });
  }
  return out;
}
