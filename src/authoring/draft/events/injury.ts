// Injuries: what (a hamstring injury, a torn muscle in the femoral biceps), which side, and how
// long the player is out ("ruled out for the next three weeks", "sidelined for up to two months").
// Wrong answers are other injuries of the same shape that the article never gives anyone.
import { NUMBER, parseNumber } from '../numbers';
import type { EventFact, EventInput } from './types';
import { personAt } from './who';

const PARTS = ['hamstring', 'calf', 'groin', 'knee', 'ankle', 'thigh', 'back', 'foot', 'shoulder', 'hip', 'Achilles', 'adductor', 'quad', 'wrist', 'toe', 'neck', 'elbow', 'muscle', 'ligament', 'metatarsal'];
const PART = PARTS.join('|');
const WHAT = 'injury|problem|strain|tear|issue|complaint';
/** Parts a muscle injury may be: never wrong for "a muscle injury". */
const MUSCLES = new Set(['hamstring', 'calf', 'groin', 'thigh', 'adductor', 'quad', 'muscle']);
const COMMON = ['hamstring', 'calf', 'knee', 'ankle', 'groin', 'thigh', 'foot', 'back', 'shoulder'];
const TORN_MUSCLES = ['quadriceps', 'adductor', 'calf muscle', 'hip flexor', 'soleus'];

const INJURY = new RegExp(`\\b(?:a|an|his|her)\\s+(?:(?:serious|minor|small|slight|significant|recurring|long-term|fresh|new|suspected|nasty|bad)\\s+)?((?:(left|right)\\s+)?(${PART})\\s+(?:${WHAT}))\\b`, 'gi');
const SIDE = new RegExp(`\\b(?:injur(?:ing|ed|es)|damag(?:ing|ed|es)|tore|tearing|strain(?:ed|ing|s)|pull(?:ed|ing|s)|hurt(?:ing|s)?)\\s+(?:his|her)\\s+((left|right)\\s+(${PART}))\\b`, 'gi');
const TORN = /\b(?:torn|strained|pulled|ruptured) (?:muscle|tendon) in (?:the|his|her) ((?:[\p{Ll}-]+ ){0,2}?[\p{Ll}-]+)(?= of\b|[,.;]|$| and\b)/giu;
const OUT = new RegExp(`\\b((?:(?:is|are|was|were|will be|has been|have been|had been)\\s+)?(?:(?:set|likely|expected|due|going)\\s+to\\s+be\\s+)?)(ruled out|sidelined|absent)\\s+for\\s+(up to |around |about |at least |roughly |a further |another |the next )?(${NUMBER})\\s+(days|weeks|months)\\b`, 'giu');
const MAX_OUT: Record<string, number> = { days: 60, weeks: 40, months: 12 };

/** Every injury the article names anyone with ("hamstring", "knee"), read once per article. */
const named = new WeakMap<object, Set<string>>();
function injuriesNamed(input: EventInput): Set<string> {
  const reads = input.reads ?? [input.read];
  const known = named.get(reads);
  if (known) return known;
  const found = new Set<string>();
  const part = new RegExp(`\\b(?:(?:left|right|his|her)\\s+(${PART})|(${PART})\\s+(?:${WHAT}|issues|problems|injuries))\\b`, 'gi');
  for (const r of reads) for (const m of r.text.matchAll(part)) found.add((m[1] ?? m[2])!.toLowerCase());
  for (const r of reads) for (const m of r.text.matchAll(TORN)) found.add(m[1]!.toLowerCase());
  named.set(reads, found);
  return found;
}

export function readInjuries(input: EventInput): EventFact[] {
  // Most sentences report no injury: the cheap test first.
  if (!/\b(?:injur|torn|strain|pull|damag|hurt|ruled out|sidelined|absent)/i.test(input.read.masked)) return [];
  const { read } = input;
  const out: EventFact[] = [];
  const taken = injuriesNamed(input);
  const free = (part: string) => !taken.has(part.toLowerCase());
  for (const m of read.masked.matchAll(INJURY)) {
    const start = m.index + m[0].length - m[1]!.length;
    const who = personAt(input, start);
    if (!who) continue;
    const part = m[3]!.toLowerCase();
    const noun = m[1]!.slice(m[1]!.toLowerCase().lastIndexOf(part) + part.length).trim();
    const side = m[2] ? `${m[2]} ` : '';
    const others = COMMON.filter((p) => p !== part && free(p) && !(part === 'muscle' && MUSCLES.has(p))).slice(0, 5);
    out.push({
      event: 'injury', role: 'injury', kind: 'injury', subject: who, span: { start, end: start + m[1]!.length },
      answer: { type: 'text', value: m[1]! }, wrong: others.map((p) => `${side}${p} ${noun}`),
      ask: `What injury has ${who} suffered?`, statement: `${who} has suffered a {answer}.`,
      note: `injury “${m[1]}” of ${who}`,
    });
  }
  for (const m of read.masked.matchAll(SIDE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const who = personAt(input, start);
    if (!who) continue;
    const part = m[3]!.toLowerCase();
    const wrong = COMMON.filter((p) => p !== part && free(p)).slice(0, 3).flatMap((p) => [`left ${p}`, `right ${p}`]);
    out.push({
      event: 'injury', role: 'injured part', kind: 'injury', subject: who, span: { start, end: start + m[1]!.length },
      answer: { type: 'text', value: m[1]! }, wrong,
      ask: `What did ${who} injure?`, statement: `${who} injured ${input.women ? 'her' : 'his'} {answer}.`,
      note: `the ${m[3]} ${who} injured, and its side`,
    });
  }
  for (const m of read.masked.matchAll(TORN)) {
    const start = m.index + m[0].length - m[1]!.length;
    const who = personAt(input, start);
    if (!who) continue;
    const wrong = TORN_MUSCLES.filter((x) => free(x) && x !== m[1]!.toLowerCase());
    out.push({
      event: 'injury', role: 'torn muscle', kind: 'injury', subject: who, span: { start, end: start + m[1]!.length },
      answer: { type: 'text', value: m[1]! }, wrong,
      ask: `In which muscle has ${who} suffered a tear?`, statement: `${who} has suffered a tear in the {answer}.`,
      note: `the muscle ${who} tore`,
    });
  }
  for (const m of read.masked.matchAll(OUT)) {
    const verbAt = m.index + m[1]!.length;
    const who = personAt(input, verbAt);
    const value = parseNumber(m[4]!);
    const unit = m[5]!.toLowerCase();
    if (!who || value === undefined || value < 1 || value > MAX_OUT[unit]!) continue;
    const aux = m[1]!.trim().split(/\s+/).filter(Boolean);
    const [first, ...rest] = aux.length ? aux : ['is'];
    const upTo = /^(?:up to|at least|around|about|roughly)/i.test(m[3] ?? '') ? `${m[3]!.trim().toLowerCase()} ` : '';
    const start = m.index + m[0].length - m[4]!.length - m[5]!.length - 1;
    out.push({
      event: 'injury', role: 'time out', kind: 'duration', subject: who, span: { start, end: start + m[4]!.length },
      answer: { type: 'number', value, unit }, min: 1, max: MAX_OUT[unit]!,
      ask: `For ${upTo}how many ${unit} ${first!.toLowerCase()} ${who} ${[...rest, m[2]!].join(' ')}?`.replace(/\s+/g, ' '),
      statement: `${who} ${[first!.toLowerCase(), ...rest, m[2]!].join(' ')} for ${upTo}{answer} ${unit}.`,
      note: `how long ${who} is out`,
    });
  }
  return out;
}
