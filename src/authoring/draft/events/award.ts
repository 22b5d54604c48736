// Awards: who won what. "Foden took home the Players' Player of the Year award", "Palmer was
// named the Young Player of the Year", "The women's … honour went to Shaw", "… award copped by
// Grace Clinton". Every winner the article gives an award of the same name (the men's and the
// women's) is kept out of that award's wrong answers.
import type { Name } from '../names';
import type { ReadSentence } from '../read-sentence';
import type { EventFact, EventInput } from './types';

const TITLE = String.raw`(?:(?:women|men)[’']s\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}(?:[\p{L}’'-]+\s+)?of\s+the\s+(?:[Yy]ear|[Ss]eason|[Mm]onth|[Tt]ournament)`;
const NOUN = String.raw`(?:\s+(award|honour|prize|trophy))?`;
/** Winner first: "X took home the … award", "X was named the …". */
const WON = new RegExp(String.raw`^\s+((?:has\s+|had\s+)?(?:took home|won|scooped|claimed|collected|picked up|landed|takes home|wins))\s+the\s+(${TITLE})${NOUN}\b`, 'u');
const NAMED = new RegExp(String.raw`^\s+((?:was|has been|had been|is)\s+(?:also\s+)?(?:named|crowned|voted))\s+(?:as\s+)?(?:the\s+)?(${TITLE})${NOUN}\b`, 'u');
/** Award first: "The … honour went to X", "… award copped by X". */
const WENT = new RegExp(String.raw`(?:\b[Tt]he\s+)?(${TITLE})\s+(award|honour|prize|trophy)\s+(?:went|goes|has gone|was)?\s*(?:to|copped by|won by|claimed by|taken by|scooped by|collected by)\s+$`, 'u');

interface Winner { canonical: string; text: string; start: number; end: number; bare: boolean }
interface Won { title: string; noun: string; verb: string; winner: Winner; start: number; end: number }

const NOT_A_NAME = /^(?:The|He|She|They|It|His|Her|Their|This|That|These|Those|There|But|And|While|With|After|Before|When|Also|Meanwhile|However|Both|Each|Every|Who|Which|What|Whose|Players?|Young|Women|Men)$/;

/** People the sentence names, and lone capitalised words no name of another kind covers: a report
 *  may give an award winner by surname only ("Foden took home…"), and the award's own words say
 *  that the word is a person. */
function candidates(read: ReadSentence): Winner[] {
  const people: Winner[] = read.names.filter((n) => n.kind === 'person').map((n) => ({ canonical: n.canonical, text: n.text, start: n.start, end: n.end, bare: false }));
  for (const m of read.masked.matchAll(/(?<![\p{L}’'-])\p{Lu}[\p{Ll}’'-]+(?![\p{L}’'-])/gu)) {
    const end = m.index + m[0].length;
    if (NOT_A_NAME.test(m[0]) || read.names.some((n: Name) => m.index < n.end && end > n.start)) continue;
    people.push({ canonical: m[0], text: m[0], start: m.index, end, bare: true });
  }
  return people;
}

function awardsIn(read: ReadSentence): Won[] {
  const out: Won[] = [];
  for (const n of candidates(read)) {
    const after = read.masked.slice(n.end, n.end + 140);
    const m = WON.exec(after) ?? NAMED.exec(after);
    if (m) {
      const start = n.end + after.indexOf(m[2]!, m[1]!.length);
      out.push({ title: m[2]!.replace(/\s+/g, ' '), noun: m[3] ?? '', verb: m[1]!.replace(/\s+also\b/, '').replace(/\s+/g, ' '), winner: n, start, end: start + m[2]!.length });
      continue;
    }
    const before = read.masked.slice(Math.max(0, n.start - 140), n.start);
    const w = WENT.exec(before);
    if (w) {
      const start = n.start - before.length + w.index + w[0].indexOf(w[1]!);
      out.push({ title: w[1]!.replace(/\s+/g, ' '), noun: w[2]!, verb: 'won', winner: n, start, end: start + w[1]!.length });
    }
  }
  return out;
}

/** "FWA Footballer" read as a person is part of an award's name: never a wrong winner. */
const AWARD_WORD = /\b(?:Footballer|Player|Players|Award|Awards|Year|Season|Team)\b/;

const base = (title: string) => title.replace(/^(?:women|men)[’']s\s+/i, '').toLowerCase();

/** Winners of each award name across the article ("young player of the year" → Palmer, Clinton). */
const winners = new WeakMap<object, Map<string, Set<string>>>();
function winnersOf(input: EventInput): Map<string, Set<string>> {
  const reads = input.reads ?? [input.read];
  const known = winners.get(reads);
  if (known) return known;
  const map = new Map<string, Set<string>>();
  for (const r of reads) for (const a of awardsIn(r)) map.set(base(a.title), (map.get(base(a.title)) ?? new Set()).add(a.winner.canonical));
  winners.set(reads, map);
  return map;
}

/** Surnames of the article's other people: wrong answers written as a surname-only winner is. */
function surnames(input: EventInput, not: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const n of peopleOf(input)) {
    const surname = n.split(/\s+/).at(-1)!;
    if (out.size < 8 && !not.has(surname)) out.add(surname);
  }
  return [...out];
}

/** The article's people (no award words), read once per article: a long article asks this per award. */
const people = new WeakMap<object, string[]>();
function peopleOf(input: EventInput): string[] {
  const reads = input.reads ?? [input.read];
  const known = people.get(reads);
  if (known) return known;
  const found = [...new Set(reads.flatMap((r) => r.names.filter((n) => n.kind === 'person' && !AWARD_WORD.test(n.canonical)).map((n) => n.canonical)))];
  people.set(reads, found);
  return found;
}

/** The article's other people by full name, leaving out names that are part of an award. */
function fullNames(input: EventInput, not: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const n of peopleOf(input)) if (out.length < 8 && /\s/.test(n) && !not.has(n)) out.push(n);
  return out;
}

export function readAwards(input: EventInput): EventFact[] {
  // Most sentences name no award: the cheap test first.
  if (!/\bof\s+the\s+(?:year|season|month|tournament)\b/i.test(input.read.masked)) return [];
  const all = winnersOf(input);
  return awardsIn(input.read).flatMap((a) => {
    const who = a.winner.canonical;
    const award = `${a.title}${a.noun ? ` ${a.noun}` : ''}`;
    // "Uefa’s player of the year" takes no article; "Young Player of the Year" does.
    const the = /^(?!(?:women|men)[’']s\b)\S+[’']s\s/iu.test(a.title) ? '' : 'the ';
    const named = /named|crowned|voted/.test(a.verb);
    const verb = named ? a.verb.replace(/^(?:is|has been|had been)\b/, 'was') : a.verb.replace(/^(?:has|had)\s+/, '').replace(/^takes home$/, 'took home').replace(/^wins$/, 'won');
    const others = [...(all.get(base(a.title)) ?? [])].filter((x) => x !== who);

    // A winner named by surname alone is asked among surnames, never among full names.
    // Wrong winners are the article's other people, written as the winner is (a surname, or a full name).
    const wrong = a.winner.bare ? surnames(input, new Set([who, ...others.map((o) => o.split(/\s+/).at(-1)!)])) : fullNames(input, new Set([who, ...others]));
    if (a.winner.bare && wrong.length < 3) return [];
    return [{
      event: 'award', role: 'winner', kind: 'person', subject: award.replace(/^the\s+/i, ''),
      span: { start: a.winner.start, end: a.winner.end },
      answer: { type: 'person', value: who },
      ...(wrong.length >= 3 ? { wrong } : { entity: { kind: 'person' as const, canonical: [who, a.winner.text] } }),
      exclude: others,
      ask: `Who ${verb} ${the}${award}?`, statement: `{answer} ${verb} ${the}${award}.`,
      note: `the winner of the ${award}${a.winner.bare ? ' (named by surname only)' : ''}`,
    } satisfies EventFact];
  });
}
