// One sentence read for drafting: quotations masked (a value inside a quotation is someone's
// words, not the report's), names typed and single surnames resolved against the article's full
// names, value spans found outside names, lists grouped, and each clause given its actor.
import { protagonist, resolveClauses, type Clause, type Memory } from './clauses';
import { findNames, fold, isSingle, type Name, type NameKind } from './names';
import { findValues, type Value } from './values';

export interface ListSpan {
  start: number;
  end: number;
  kind: NameKind | 'year';
  members: { text: string; canonical: string }[];
}

export interface ReadSentence {
  text: string;
  /** Quotations blanked with spaces: same offsets as text. */
  masked: string;
  names: Name[];
  values: Value[];
  lists: ListSpan[];
  clauses: Clause[];
  /** "the 24-year-old" and the person it stands for. */
  refs: { start: number; end: number; name: string }[];
  /** Where the text after a dateline starts. */
  bodyStart: number;
}

/** Quotation marks and what they hold become spaces; apostrophes stay. */
export function maskQuotes(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|‘[^’]{6,}’(?!\p{L})/gu, (q) => ' '.repeat(q.length));
}

/** "LONDON, Dec 18 (Reuters) - ": the dateline in front of the first paragraph. */
const DATELINE = /^(?:[\p{Lu}][\p{Lu} .'’-]+(?:,[^()\n]{0,40})?\s*\([\p{L} .]+\)|(?:Published|Updated|Posted):?\s+[^-–—\n]{4,40}?)\s*[-–—]+\s*/u;

export function readSentence(text: string, people: Map<string, string>, memory: Memory, today: string, found?: Name[]): ReadSentence {
  const masked = maskQuotes(text);
  const from = DATELINE.exec(masked)?.[0].length ?? 0;
  const names = (found ?? findNames(masked)).filter((n) => n.start >= from).flatMap((n) => resolveSingle(n, people, masked));
  const inName = (s: number, e: number) => names.some((n) => s < n.end && e > n.start);
  // In the dateline only its date counts (when the report was filed, usually the match day).
  const values = findValues(masked, (s, e) => !inName(s, e), today).filter((v) => v.start >= from || v.kind === 'date');
  const clauses = resolveClauses(masked, names, memory, from);
  const refs = [...masked.matchAll(/\b[Tt]he (\d{1,2})-year-old\b/g)].flatMap((m) => {
    const clause = clauses.find((c) => m.index >= c.start && m.index < c.end);
    const end = m.index + m[0].length;
    const named = names.find((n) => n.kind === 'person' && n.start > end && n.start <= end + 1);
    // "Mbappe converted…, and 97 seconds later the 23-year-old volleyed": the clause's own named actor first.
    const actor = clause?.actor?.kind === 'person' && (clause.actor.ref?.start === m.index || (clause.actor.named && clause.actor.named.end <= m.index)) ? clause.actor.name : undefined;
    // "…star player Aitana Bonmati has been crowned … for the 25-year-old midfielder": the one person named before it.
    const before = new Set(names.filter((n) => n.kind === 'person' && n.end <= m.index).map((n) => n.canonical));
    const only = !actor && before.size === 1 ? [...before][0] : undefined;
    const name = named ? named.canonical : actor ?? only ?? memory.lead ?? memory.person ?? protagonist(memory);
    // An age nobody can be found for is skipped, never credited to the clause's actor.
    return [{ start: m.index, end: m.index + m[0].length, name: name ?? '' }];
  });
  return { text, masked, names, values, lists: findLists(masked, names, values), clauses, refs, bodyStart: from };
}

/** A lone capitalised word is a person only as the surname of someone named in full, and only
 *  when one person has that surname ("Martinez" with Emiliano and Lautaro is nobody for sure).
 *  A shorter form of a full name ("Kolo Muani", "Di Maria") is that person. */
function resolveSingle(n: Name, people: Map<string, string>, text = ''): Name[] {
  if ((n as Name & { short?: boolean }).short) {
    const club = people.get(`#${fold(n.text)}`);
    return club && club !== AMBIGUOUS ? [{ kind: 'club', canonical: club, start: n.start, end: n.end, text: n.text }] : [];
  }
  // "Charlton" in Bobby Charlton's obituary is the man, not Charlton Athletic; "the town of Ashington" no club.
  if ((n.kind === 'club' || n.kind === 'team') && !/\s/.test(n.text) && people.has(fold(n.text))) return resolveSingle({ ...n, kind: 'person', single: true } as Name, people);
  if (n.kind === 'club' && !/\s/.test(n.text) && /\b(?:town|city|village|suburb|area) of\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start))) return [];
  if (!isSingle(n)) {
    const same = n.kind === 'person' ? people.get(`=${fold(n.canonical)}`) : undefined;
    if (same) return [{ ...n, canonical: same }];
    if (n.kind !== 'person') return [n];
    const longer = people.get(`~${fold(n.canonical)}`);
    return [longer && longer !== AMBIGUOUS ? { ...n, canonical: longer } : n];
  }
  // A surname two people share means the one named in full most recently ("Martinez saved").
  const key = fold(n.text);
  const known = people.get(key) ?? people.get(`*${key}`);
  const full = known === AMBIGUOUS ? people.get(`@${key}`) : known;
  return full && full !== AMBIGUOUS ? [{ kind: 'person', canonical: full, start: n.start, end: n.end, text: n.text }] : [];
}

const AMBIGUOUS = '\u0000';

/** After each sentence: the people it named in full are the latest bearers of their surnames. */
export function noteRecent(names: readonly Name[], people: Map<string, string>): void {
  for (const n of names) {
    const parts = n.canonical.split(/\s+/);
    if (n.kind === 'person' && parts.length >= 2 && n.text === n.canonical) people.set(`@${fold(parts.at(-1)!)}`, n.canonical);
  }
}

/** Full names in the article, by surname: "messi" → "Lionel Messi" (the first full mention wins). */
export function registerPeople(names: readonly Name[], people: Map<string, string>): void {
  for (const n of names) {
    if (n.kind === 'club' && !(n as Name & { short?: boolean }).short) {
      for (const w of n.canonical.split(/\s+/).filter((x) => x.length > 2)) {
        const key = `#${fold(w)}`;
        const known = people.get(key);
        if (known === undefined) people.set(key, n.canonical);
        else if (known !== n.canonical) people.set(key, AMBIGUOUS);
      }
    }
    if (n.kind !== 'person' || isSingle(n)) continue;
    const parts = n.canonical.split(/\s+/);
    if (parts.length < 2) continue;
    const surname = fold(parts.at(-1)!);
    // "Leo Messi" after "Lionel Messi": the same surname and initial is the same man, named as before.
    const earlier = people.get(`=${fold(n.canonical)}`) ?? sameInitial(people.get(surname), parts);
    if (earlier && earlier !== AMBIGUOUS) {
      people.set(`=${fold(n.canonical)}`, earlier);
      continue;
    }
    people.set(`=${fold(n.canonical)}`, n.canonical);
    const claim = (key: string) => {
      const known = people.get(key);
      if (known === undefined) people.set(key, n.canonical);
      else if (known !== n.canonical && !n.canonical.endsWith(known) && !known.endsWith(n.canonical)) people.set(key, AMBIGUOUS);
    };
    claim(surname);
    for (let k = 1; k < parts.length - 1; k++) claim(`~${fold(parts.slice(k).join(' '))}`);
    // "Son Heung-min", "Vinícius Júnior": the first word may be how the report names them.
    claim(`*${fold(parts[0]!)}`);
  }
}

/** The person already known by this surname, when the new full name shares their first initial
 *  and length ("Leo Messi" for Lionel Messi); none for "Theo Hernandez" after Lucas. */
function sameInitial(known: string | undefined, parts: readonly string[]): string | undefined {
  if (!known || known === AMBIGUOUS) return undefined;
  const other = known.split(/\s+/);
  return other.length === parts.length && fold(other[0]!)[0] === fold(parts[0]!)[0] && fold(other.at(-1)!) === fold(parts.at(-1)!) ? known : undefined;
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** Three or more names of one kind (or years) joined by commas and "and". */
function findLists(text: string, names: readonly Name[], values: readonly Value[]): ListSpan[] {
  const items: { start: number; end: number; kind: NameKind | 'year'; text: string; canonical: string }[] = [
    ...names.map((n) => ({ start: n.start, end: n.end, kind: n.kind, text: n.text, canonical: n.canonical })),
    ...values.filter((v) => v.kind === 'year').map((v) => ({ start: v.start, end: v.end, kind: 'year' as const, text: v.text, canonical: v.text })),
  ].sort((a, b) => a.start - b.start);
  const out: ListSpan[] = [];
  let run: typeof items = [];
  const flush = () => {
    const closesWithAnd = run.length >= 3 && /\band\s+$/.test(text.slice(run.at(-2)!.end, run.at(-1)!.start));
    if (closesWithAnd) out.push({ start: run[0]!.start, end: run.at(-1)!.end, kind: run[0]!.kind, members: run.map((r) => ({ text: r.text, canonical: r.canonical })) });
    run = [];
  };
  for (const it of items) {
    const last = run.at(-1);
    if (last && last.kind === it.kind && LIST_GAP.test(text.slice(last.end, it.start))) run.push(it);
    else {
      flush();
      run = [it];
    }
  }
  flush();
  return out;
}
