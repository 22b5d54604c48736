// League positions and leads: "third-placed Chelsea", "Chelsea 11th in the Premier League table",
// "a three-point lead at the top of La Liga", "a 16-point advantage over Bayern". A position is
// a past fact of the report ("Where in the table were Chelsea?"), never a claim about today.
import type { Name } from '../names';
import { NUMBER, ORDINAL, parseNumber, parseOrdinal, writeOrdinal } from '../numbers';
import type { EventFact, EventInput } from './types';
import { sideAt } from './who';

const PLACED = new RegExp(`\\b(${ORDINAL})-placed\\s+$`, 'iu');
const IN_TABLE = new RegExp(`^\\s+(?:(?:are|were|is|was|sit|sat|lie|lay|remain|remained|stay|stayed|finished|now|still|currently)\\s+){0,2}(${ORDINAL})\\s+in\\s+the\\s+(?:([\\p{Lu}][\\p{L}’' -]{1,40}?)\\s+)?(?:table|standings)\\b`, 'u');
const LEAD = new RegExp(`\\b(?:a|an)\\s+(${NUMBER})-point\\s+(?:lead|advantage|cushion)\\s+(?:at\\s+the\\s+top\\s+of\\s+(?:the\\s+)?|over\\s+)`, 'giu');
const SIDES = new Set(['club', 'team']);

/** Wrong places near the right one, written the same way ("third" → "second", "fifth"). */
function nearPlaces(n: number, like: string): string[] {
  return [n + 1, n - 1, n + 2, n + 3, n - 2].filter((x) => x >= 1 && x <= 24).map((x) => writeOrdinal(x, like));
}

export function readTable(input: EventInput): EventFact[] {
  // Most sentences give no position: the cheap test first.
  if (!/-placed\b|\btable\b|\bstandings\b|-point\b/i.test(input.read.masked)) return [];
  const { read } = input;
  const out: EventFact[] = [];
  for (const n of read.names) {
    if (!SIDES.has(n.kind)) continue;
    const placed = PLACED.exec(read.masked.slice(Math.max(0, n.start - 30), n.start));
    const inTable = IN_TABLE.exec(read.masked.slice(n.end, n.end + 90));
    const m = placed ?? inTable;
    if (!m) continue;
    const place = parseOrdinal(m[1]!);
    if (!place || place > 24) continue;
    const start = placed ? n.start - placed[0].length + placed[0].indexOf(m[1]!) : n.end + inTable!.index + inTable![0].indexOf(m[1]!, inTable![0].search(/\S/) + 1);
    const competition = inTable?.[2] && read.names.some((c) => c.kind === 'competition' && c.text === inTable[2]) ? `${inTable[2]} ` : '';
    const club = n.canonical;
    out.push({
      event: 'table', role: 'league position', kind: 'rank', subject: club, span: { start, end: start + m[1]!.length },
      answer: { type: 'text', value: m[1]! }, wrong: nearPlaces(place, m[1]!),
      ask: `Where in the ${competition}table were ${club}?`, statement: `${club} were {answer} in the ${competition}table.`,
      note: `${club}’s league position`,
    });
  }
  for (const m of read.masked.matchAll(LEAD)) {
    const after = m.index + m[0].length;
    const target: Name | undefined = read.names.find((x) => x.start === after && (x.kind === 'competition' || SIDES.has(x.kind)));
    const side = sideAt(input, m.index);
    const points = parseNumber(m[1]!);
    if (!target || !side || points === undefined || points < 1 || points > 40 || side.canonical === target.canonical) continue;
    const where = target.kind === 'competition' ? `at the top of ${target.text}` : `of ${target.canonical}`;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({
      event: 'table', role: 'lead in points', kind: 'count', subject: side.canonical, span: { start, end: start + m[1]!.length },
      answer: { type: 'number', value: points, unit: 'points' }, min: 1, max: 40,
      ask: `How many points clear ${where} were ${side.canonical}?`, statement: `${side.canonical} were {answer} points clear ${where}.`,
      note: `${side.canonical}’s lead in points ${where}`,
    });
  }
  return out;
}
