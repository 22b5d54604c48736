// Who does what in each clause. A sentence is cut into clauses ("…, but he…", "…; Spain…",
// "…, breaking…"); each clause's actor is the first person or team it names outside a
// prepositional phrase, or a pronoun or epithet ("he", "the midfielder", "the 24-year-old",
// "the Welshman") resolved to the last person the article made an actor. A clause without one
// inherits from its neighbour. Facts take their subject from the clause they sit in.
import { NATIONALITY_NOUNS } from './lexicon';
import type { Name } from './names';

export interface Actor {
  /** Canonical name: "Karim Benzema", "Spain". */
  name: string;
  kind: 'person' | 'team' | 'club';
  /** How the clause refers to it, when not by name ("He", "the midfielder"): made explicit in prompts. */
  ref?: { start: number; end: number; text: string };
  /** The name's own span when named. */
  named?: Name;
  /** Referred to by "his"/"her": the prompt keeps the possessive. */
  possessive?: boolean;
}

export interface Clause {
  start: number;
  end: number;
  actor?: Actor;
  /** The clause had a pronoun or epithet nothing could resolve: draft nothing about it. */
  unresolved?: boolean;
}

/** What the previous sentences leave for pronouns to point at. */
export interface Memory {
  /** The person a sentence-opening "he" or "the striker" means: the previous sentence's named
   *  lead actor, else the article's protagonist so far. Set per clause inside a sentence. */
  person?: string;
  /** The previous sentence opened on this named person. */
  lead?: string;
  /** The previous sentence opened on this named team: "they" and "their" at the next one's start. */
  leadTeam?: { name: string; kind: 'team' | 'club' };
  /** How often each person has been an actor or named: the protagonist is the most. */
  counts?: Map<string, number>;
  /** The people the previous sentence named: when it opened on none of them and named several,
   *  a "he" opening this one could be any of them. */
  namedLast?: string[];
  /** People who acted in the sentence so far (set per sentence): a "he" after two of them is unsure. */
  actorsHere?: string[];
  team?: { name: string; kind: 'team' | 'club' };
  /** Last person introduced as a manager or coach. */
  manager?: string;
  /** People the article shows to be women (women's names, "her", "women's"): "she" means one of them. */
  female?: Set<string>;
  lastFemale?: string;
  lastMale?: string;
  women: boolean;
}

const SPLIT = /;\s+|,\s+(?=(?:for|with|of|to|from|against) whom\b)|,\s+(?=(?:and|but|while|whereas|although|though|before|after|when|as|who|which|where|with|having|breaking|becoming|making|scoring|taking|leaving|ending|helping|setting|earning|winning|beating|adding|including|meaning|sending|giving|joining|finishing)\b)|\s+(?=but\b)|\s+(?=when\s+(?:the|he|she|they|\p{Lu}))|(?<![\p{Lu}][\p{L}’'-]*)\s+(?=and (?:(?:he|she|they)\b|\p{Lu}))/gu;
const LEADING = /^(?:After|Despite|Following|Although|Though|When|While|Having|Since|With|Before|Until|As|In|On|At|During|Under|Without|Once|Speaking|Asked|Born|Like|Unlike|Amid|Ahead of|Three|Two|Four|Five|Six|Seven|Eight|Nine|Ten)\b/;
const INHERITS = /^(?:and|but|while|whereas|which|where|with|having|breaking|becoming|making|scoring|taking|leaving|ending|helping|setting|earning|winning|beating|adding|including|meaning|sending|giving|joining|finishing|before|after|as|when)\b/i;
const POSSESSIVE_LEAD = /^(?:(?:and|but|while|whereas|though|although|as|when)\s+)?(his|her|their)\b/i;
const PRONOUN = /\b(he|she|they)\b/gi;
const ROLES = 'midfielder|striker|forward|winger|defender|goalkeeper|keeper|full-back|centre-back|centre-forward|playmaker|manager|coach|boss|captain|skipper|veteran|teenager|youngster|star|player|international|legend|forward|frontman|head coach';
const EPITHET = new RegExp(`\\b[Tt]he (?:(?:\\d{1,2}-year-old)|(?:[\\p{L}’'-]+ ){0,3}(?:${ROLES})|${NATIONALITY_NOUNS.join('|')})\\b`, 'gu');
const PREPOSITION = /\b(?:after|before|since|until|against|for|to|from|with|by|at|of|over|in|on|into|past|than|beat|beating|joined|joining|signed|leave|left|behind|under|ahead of|like|replacing|replace|replaced|and)\s+(?:the\s+)?$/i;
const ATTRIBUTE_AFTER = new RegExp(`^(?:[’']s\\s+\\p{Lu}|[’']?s?\\s*(?:${ROLES}|team-mate|teammate|chairman|owner|president|squad|side|team|shirt|fans|supporters|career|debut|record)\\b)`, 'iu');
const NATIONALITY = new RegExp(`\\b(?:${NATIONALITY_NOUNS.join('|')})\\b`);
const VERB_AFTER = /^[’']?s?\s+(?:had\s+|has\s+|have\s+)?(?:\p{Ll}+ed|scored|won|lost|beat|signed|left|moved|arrived|died|was|were|came|went|made|took|gave|put|held|became|broke|struck|ran|hit|fell|drew)\b/u;
const TEAM_OF = /^[’'](?:s)?\s+(?:team|side|squad|men|women|players|Lionesses)\b/;
const MANAGER_NEAR = /\b(?:manager|coach|boss|head coach)\s*,?\s*$/i;

export function splitClauses(text: string, from = 0): { start: number; end: number }[] {
  const cuts = [from];
  for (const m of text.matchAll(SPLIT)) if (m.index > from) cuts.push(m.index + m[0].length);
  // A leading phrase ("After impressing in the finals, …") is its own clause.
  const lead = LEADING.exec(text.slice(from));
  if (lead) {
    const comma = text.indexOf(', ', from);
    if (comma > 0 && comma < from + 140 && !cuts.includes(comma + 2)) cuts.push(comma + 2);
  }
  cuts.sort((a, b) => a - b);
  return cuts.map((c, i) => ({ start: c, end: i + 1 < cuts.length ? cuts[i + 1]! : text.length }));
}

export function resolveClauses(text: string, names: readonly Name[], memory: Memory, from = 0): Clause[] {
  const parts = splitClauses(text, from);
  const clauses: Clause[] = parts.map((p) => ({ ...p }));
  // Pronouns at the start of a sentence point at its lead; later ones at the last person actor.
  const named = memory.namedLast ?? [];
  // "Boly felled Antonio and Atkinson allowed Fornals to take it. He played…": nobody for sure.
  const unsure = !memory.lead && named.length >= 2;
  const local: Memory = { ...memory, person: unsure ? undefined : memory.lead ?? named[0] ?? protagonist(memory) ?? memory.person, actorsHere: [], ...(unsure ? { lastMale: undefined, lastFemale: undefined } : {}) };
  // First pass: actors named or referred to in each clause.
  parts.forEach((p, i) => {
    const body = text.slice(p.start, p.end);
    if (i > 0 && /^who\b/i.test(body)) {
      // "…to Vinicius, who finished calmly": the name right before "who"; nothing else is safe.
      const antecedent = lastPerson(text, parts[i - 1]!.start, parts[i - 1]!.end, names, local);
      if (antecedent) {
        clauses[i]!.actor = antecedent;
        if (antecedent.kind === 'person') actedHere(local, antecedent.name);
      } else clauses[i]!.unresolved = true;
      return;
    }
    // "…, after Germany forward Kai Havertz joined…" is a clause of its own; "…, after United in 1999" is not.
    const opener = /^(?:after|before|since|until)\s+/i.exec(body);
    if (i > 0 && opener) {
      const own = names.find((n) => (n.kind === 'person' || n.kind === 'team' || n.kind === 'club') && n.start >= p.start && n.start <= p.start + 40
        && VERB_AFTER.test(text.slice(n.end, n.end + 20)));
      if (own) clauses[i]!.actor = { name: own.canonical, kind: own.kind as Actor['kind'], named: own };
      // "…, after his winner against Liverpool": the person this sentence is talking about.
      else if (/^(?:after|before|since|until)\s+(?:his|her)\b/i.test(body) && local.person) clauses[i]!.actor = { name: local.person, kind: 'person' };
      return;
    }
    if (i > 0 && INHERITS.test(body) && !/^(?:and|but|while|whereas|as|when|though|although)\s+(?:he|she|they|the|[A-Z])/i.test(body)) return;
    const actor = firstActor(text, p.start, p.end, names, local);
    if (actor === 'unresolved') clauses[i]!.unresolved = true;
    else if (actor) {
      clauses[i]!.actor = actor;
      if (actor.kind === 'person') actedHere(local, actor.name);
    }
  });
  // Second pass: leading phrases take the next clause's actor, the rest the previous one's.
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (c.actor || c.unresolved) continue;
    const body = text.slice(c.start, c.end);
    const next = clauses.slice(i + 1).find((x) => x.actor || x.unresolved);
    // A relative clause ("…Putellas, who won…") passes its actor on to nothing after it.
    const prev = clauses.slice(0, i).reverse().find((x) => (x.actor || x.unresolved) && !/^who\b/i.test(text.slice(x.start, x.end)));
    const source = i === 0 ? (LEADING.test(body) ? next : undefined) : prev;
    if (source?.actor) c.actor = { ...source.actor, ref: undefined };
    else if (source?.unresolved) c.unresolved = true;
  }
  return clauses;
}

function actedHere(local: Memory, name: string): void {
  local.person = name;
  if (!local.actorsHere!.includes(name)) local.actorsHere!.push(name);
}

/** "Bowen rifled it home when Fornals hit the post, and he could have had a hat-trick": after two
 *  people of the pronoun's gender have acted in the sentence, "he" or "she" opening a clause of its
 *  own ("and he…", "but she…") could be either, and is not resolved. ("…Vonlanthen, who was 18
 *  when he scored": a "when" clause hangs on the clause just before it, and stays resolved.) */
function pronounIsUnsure(memory: Memory, female: boolean): boolean {
  const isFemale = (n: string) => memory.women || (memory.female?.has(n) ?? false);
  return (memory.actorsHere ?? []).filter((n) => isFemale(n) === female).length >= 2;
}

function firstActor(text: string, start: number, end: number, names: readonly Name[], memory: Memory): Actor | 'unresolved' | undefined {
  type Hit = { at: number; actor: Actor | 'unresolved' };
  const hits: Hit[] = [];
  for (const n of names) {
    if (n.start < start || n.end > end) continue;
    if (n.kind !== 'person' && n.kind !== 'team' && n.kind !== 'club') continue;
    const before = text.slice(Math.max(start, n.start - 30), n.start);
    // "…and Rooney passed…": the conjunction opening the clause is no preposition.
    if (PREPOSITION.test(before) && !/^(?:and|but|while|whereas)\s+$/i.test(before)) continue;
    if (n.kind !== 'person' && ATTRIBUTE_AFTER.test(text.slice(n.end, n.end + 30))) continue;
    // "Scaloni's team lost": the actor is the team, and Scaloni is no antecedent for "he".
    if (n.kind === 'person' && TEAM_OF.test(text.slice(n.end, n.end + 20))) {
      hits.push({ at: n.start, actor: { name: `${n.canonical}’s team`, kind: 'team', named: n } });
      continue;
    }
    hits.push({ at: n.start, actor: { name: n.canonical, kind: n.kind, named: n } });
  }
  const body = text.slice(start, end);
  for (const m of body.matchAll(PRONOUN)) {
    const at = start + m.index;
    // "…, and he could have had…": the conjunction opening the clause is no preposition either.
    const before = text.slice(Math.max(start, at - 30), at);
    if (PREPOSITION.test(before) && !/^(?:and|but|while|whereas)\s+$/i.test(before)) continue;
    const ref = { start: at, end: at + m[0].length, text: m[0] };
    const word = m[0].toLowerCase();
    // "they" is the team named last in this sentence, else the last team that acted.
    const team = names.filter((n) => (n.kind === 'team' || n.kind === 'club') && n.end <= at).at(-1);
    const target = word === 'they' ? (team ? { name: team.canonical, kind: team.kind as 'team' | 'club' } : memory.leadTeam)
      : /^(?:and|but|while|whereas)\b/i.test(body) && pronounIsUnsure(memory, word === 'she') ? undefined : person(memory, word === 'she');
    hits.push({ at, actor: target ? { ...target, ref } : 'unresolved' });
  }
  // "…but his part in the plot led to…": a clause opening on a possessive is about its owner.
  const owner = POSSESSIVE_LEAD.exec(body);
  if (owner) {
    const at = start + owner.index + owner[0].length - owner[1]!.length;
    const ref = { start: at, end: at + owner[1]!.length, text: owner[1]! };
    const target = /their/i.test(owner[1]!) ? memory.leadTeam : person(memory, /her/i.test(owner[1]!));
    hits.push({ at, actor: target ? { ...target, ref, possessive: true } : 'unresolved' });
  }
  // "Lovric put Udinese ahead, but the Nigerian striker levelled": an epithet after "but" is someone
  // else, and who is not safe to guess.
  const contrast = /^(?:but|while|whereas|although|though)\b/i.test(body);
  for (const m of body.matchAll(EPITHET)) {
    const at = start + m.index;
    if (contrast && !/\d-year-old/.test(m[0])) {
      hits.push({ at, actor: 'unresolved' });
      continue;
    }
    // "The 35-year-old Messi": an epithet in front of a name only describes it.
    if (names.some((n) => n.kind === 'person' && n.start > at + m[0].length - 1 && n.start <= at + m[0].length + 1)) continue;
    if (PREPOSITION.test(text.slice(Math.max(start, at - 30), at))) continue;
    const ref = { start: at, end: at + m[0].length, text: m[0] };
    const isManager = /manager|coach|boss/i.test(m[0]);
    // An epithet has no gender unless it says so ("the Welshman", "the Dutchwoman").
    const gendered = /woman\b/i.test(m[0]) ? true : /man\b/i.test(m[0]) ? false : undefined;
    // "…younger than Pele was when the Brazilian scored": a nationality points at the person just named.
    const isNationality = NATIONALITY.test(m[0]);
    const earlier = names.filter((n) => n.kind === 'person' && n.end <= at && n.canonical !== memory.person).at(-1);
    const who = isManager ? memory.manager : isNationality && earlier ? earlier.canonical : gendered === undefined ? memory.person : person(memory, gendered)?.name;
    hits.push({ at, actor: who ? { name: who, kind: 'person', ref } : 'unresolved' });
  }
  hits.sort((a, b) => a.at - b.at);
  // English puts the subject first: a name deep in the clause is an object ("…over goalkeeper Frohms").
  const lead = body.replace(/^(?:and|but|while|whereas|as|when|before|after|though|although|then|so)\s+/i, '');
  const offset = start + body.length - lead.length;
  const first = hits[0];
  if (!first) return undefined;
  const before = text.slice(offset, first.at);
  const wordsBefore = before.split(/\s+/).filter(Boolean).length;
  // "The new owners backed Tuchel": after a verb, a name is the object.
  return wordsBefore <= 4 && !/\b\p{Ll}{3,}ed\b/u.test(before) ? first.actor : undefined;
}

/** After a sentence: who it opened on, who acted in it, and who was named as a manager. */
export function remember(memory: Memory, clauses: readonly Clause[], names: readonly Name[], text: string): void {
  memory.counts ??= new Map();
  const bump = (name: string, by: number) => memory.counts!.set(name, (memory.counts!.get(name) ?? 0) + by);
  const actors = clauses.map((c) => c.actor).filter((a): a is Actor => !!a);
  for (const a of actors) if (a.kind === 'person') bump(a.name, 1);
  for (const n of names) if (n.kind === 'person') bump(n.canonical, 0.5);
  const opener = clauses.find((c) => c.actor);
  memory.lead = opener?.actor?.kind === 'person' && opener.actor.named ? opener.actor.name : undefined;
  memory.namedLast = [...new Set(names.filter((n) => n.kind === 'person').map((n) => n.canonical))];
  const teamOpener = opener?.actor && opener.actor.kind !== 'person' && (opener.actor.named || opener.actor.ref) ? opener.actor : undefined;
  memory.leadTeam = teamOpener && !/’s team$/.test(teamOpener.name) ? { name: teamOpener.name, kind: teamOpener.kind as 'team' | 'club' } : undefined;
  memory.female ??= new Set();
  for (const n of names) {
    if (n.kind !== 'person') continue;
    const clause = clauses.find((c) => n.start >= c.start && n.start < c.end);
    const body = clause ? text.slice(clause.start, clause.end) : '';
    if (n.women || /\b(?:she|her|women’s|women's|woman)\b/i.test(body)) memory.female.add(n.canonical);
  }
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    if (a.ref && /^(?:she|her)$/i.test(a.ref.text)) memory.female.add(a.name);
    if (memory.women || memory.female.has(a.name)) memory.lastFemale = a.name;
    else memory.lastMale = a.name;
  }
  const last = [...actors].reverse().find((a) => a.kind === 'person');
  if (last) memory.person = last.name;
  const team = actors.find((a) => a.kind !== 'person');
  if (team) memory.team = { name: team.name, kind: team.kind as 'team' | 'club' };
  for (const n of names) {
    if (n.kind !== 'person') continue;
    if (MANAGER_NEAR.test(text.slice(Math.max(0, n.start - 40), n.start)) || /^,?\s*(?:the\s+)?(?:[\w’'-]+\s+)?(?:manager|coach|boss)\b/i.test(text.slice(n.end, n.end + 40)))
      memory.manager = n.canonical;
  }
}

/** The person "he" or "she" means: the current one if the gender fits, else the last who fits. */
function person(memory: Memory, female: boolean): { name: string; kind: 'person' } | undefined {
  const isFemale = (n: string) => memory.women || (memory.female?.has(n) ?? false);
  const current = memory.person;
  if (current && isFemale(current) === female) return { name: current, kind: 'person' };
  const fallback = female ? memory.lastFemale : memory.lastMale;
  return fallback ? { name: fallback, kind: 'person' } : undefined;
}

export function protagonist(memory: Memory): string | undefined {
  let best: [string, number] | undefined;
  for (const e of memory.counts ?? []) if (!best || e[1] > best[1]) best = e;
  return best?.[0];
}

/** "…for the Manchester City forward, who had torn…": the person a "who" clause hangs on. */
function lastPerson(text: string, start: number, end: number, names: readonly Name[], memory: Memory): Actor | undefined {
  const body = text.slice(start, end);
  const epithets = [...body.matchAll(EPITHET)].map((m) => ({ at: start + m.index, text: m[0] }));
  const people = names.filter((n) => n.kind === 'person' && n.start >= start && n.end <= end);
  const adjacent = (e: number) => /^[\s,’'s]*$/.test(text.slice(e, end));
  const lastName = people.at(-1);
  const lastEpithet = epithets.at(-1);
  if (lastName && adjacent(lastName.end)) return { name: lastName.canonical, kind: 'person', named: lastName };
  const team = names.filter((n) => (n.kind === 'team' || n.kind === 'club') && n.start >= start && n.end <= end && adjacent(n.end)).at(-1);
  if (team) return { name: team.canonical, kind: team.kind as 'team' | 'club', named: team };
  if (lastEpithet && adjacent(lastEpithet.at + lastEpithet.text.length) && memory.person && !/manager|coach|boss/i.test(lastEpithet.text))
    return { name: memory.person, kind: 'person', ref: { start: lastEpithet.at, end: lastEpithet.at + lastEpithet.text.length, text: lastEpithet.text } };
  return undefined;
}
