// Where a clause's subject and finite verb stand, and the subject as a question names it
// ("he" and "the midfielder" become the person they stand for).
import type { Clause } from '../clauses';
import type { Name } from '../names';
import { AUXILIARIES, finiteVerb, isBase, isParticiple } from '../verbs';
import { refuse, tokens, type Core, type Token, type WhInput } from './types';
import { ADVERBS, DETERMINERS, OPENER, PREPOSITIONS, PRONOUN_SUBJECT, ROLES, SUBORDINATORS } from './words';

/** Where the clause's own subject and finite verb are, when it reads "Subject verb …". */
export function coreOf(input: WhInput, clause: Clause): Core | undefined {
  const { text, masked } = input;
  let start = clause.start;
  let end = clause.end;
  while (end > start && /[\s,;:.!?)–—-]/.test(text[end - 1]!)) end--;
  if (masked.slice(start, end) !== text.slice(start, end)) return refuse(input, 'the clause holds a quotation');
  const opener = OPENER.exec(text.slice(start, end));
  if (opener) start += opener[0].length;
  // "However, Napoli restored parity…": a sentence adverb before its comma is no subject.
  const adverb = /^(?:However|Meanwhile|Surprisingly|Instead|Eventually|Finally|Later|Earlier|Then|Now|Still|Indeed|Ultimately|Elsewhere|Previously|Overall|Crucially|Remarkably|Incredibly|Unsurprisingly|Ironically|Hence|Sadly|Notably|Importantly|Subsequently|Nevertheless|Additionally|Unfortunately|Fortunately|Thankfully|Interestingly|Initially|Again|Predictably),\s+/.exec(text.slice(start, end));
  if (adverb) start += adverb[0].length;
  // "Linked with a big-money move to Chelsea, midfielder Declan Rice praised…": a leading participle
  // phrase is an aside; the clause starts after its comma (a span inside it is not this clause's).
  const participle = /^(?:\p{Lu}\p{Ll}+(?:ed|ing)|Known|Born|Signed|Named)\s[^,;:]{3,120},\s+/u.exec(text.slice(start, end));
  if (participle && !/^(?:During|Following|According|Including|Regarding|Considering)\b/.test(participle[0])) {
    if (input.span.start < start + participle[0].length) return refuse(input, 'the span is in a leading participle phrase (“Linked with …,”)');
    start += participle[0].length;
  }
  const words = tokens(text, start, end);
  if (words.length < 3) return refuse(input, 'the clause is too short to hold a subject and a verb');
  // "it was Martínez Quarta’s strike that put the home side ahead": a cleft reads as "X put …".
  const cleft = /^it (?:was|is) (.{3,60}?) (?:that|who) /i.exec(text.slice(start, end));
  if (cleft) {
    const subject = { start: start + 'it was '.length, end: start + 'it was '.length + cleft[1]!.length };
    const as = subjectAs(input, clause, subject, cleft[1]!) ?? possessedAs(input, subject);
    const v = words.findIndex((w) => w.start === start + cleft[0].length);
    if (!as) return refuse(input, 'a cleft (“it was X that …”) whose X is not named');
    return v > 0 ? verbAt(words, v, { ...subject, as }, start, end) : undefined;
  }
  const actor = clause.actor;
  // "…, who moved from Aston Villa": the relative pronoun stands for the person before it.
  if (/^who$/i.test(words[0]!.text)) {
    // "Colombia, who were …, opened the scoring…": the name right before "who" is what it stands for.
    const before = input.names.find((n) => n.kind !== 'venue' && /^,\s*$/.test(text.slice(n.end, words[0]!.start)) && n.end < words[0]!.start);
    const named = actor && (actor.kind === 'person' || (before && before.canonical === actor.name)) ? actor.name : undefined;
    if (!named) return refuse(input, 'a relative clause (“who …”) about no named person');
    const who = { start: words[0]!.start, end: words[0]!.end, as: named };
    // The main clause's verb after the relative clause's closing comma, when the span is in it.
    const main = words.findIndex((w, i) => i > 2 && /,$/.test(words[i - 1]!.text) && (AUXILIARIES.has(w.text.toLowerCase()) || !!finiteVerb(w.text)));
    if (main > 0 && input.span.start >= words[main]!.start) return verbAt(words, main, who, words[main]!.start, end);
    return verbAt(words, 1, who, start, end);
  }
  // "At club level Bobby Charlton scored…": a short leading phrase without a comma is an adjunct.
  let lead: Core['lead'];
  let s0 = 0;
  if (PREPOSITIONS.has(words[0]!.text.toLowerCase()) || /^(?:At|In|On|For|After|Before|During|Since|Under)$/.test(words[0]!.text)) {
    const named = words.findIndex((w, i) => i > 0 && i <= 4 && input.names.some((n) => n.start === w.start && (n.kind === 'person' || n.kind === 'club' || n.kind === 'team')));
    if (named < 0) return refuse(input, 'the clause opens on a phrase (“After …”, “In …”) with no named subject after it');
    if (words.slice(0, named).some((w) => /,$/.test(w.text))) return refuse(input, 'the clause opens on a phrase (“After …”, “In …”) with no named subject after it');
    lead = { start: words[0]!.start, end: words[named - 1]!.end };
    s0 = named;
  }
  // "Super Eagles forward, Victor Osimhen, was the hero…", "Spanish La Liga club, Sevilla defeated…":
  // a description before the name leaves the question, and the clause starts at the name.
  const described = describedName(input, words, s0, end);
  if (described) {
    const core = verbAt(words, described.verb, { start: described.name.start, end: described.name.end, as: asNamed(described.name) }, described.name.start, end);
    if (core) return core;
  }
  // "Germany, the eight-time winners, were level…": the appositive leaves the question.
  const appositive = /^([^,]+), [^,]{3,60}, /.exec(text.slice(words[s0]!.start, end));
  if (appositive) {
    const nameEnd = words[s0]!.start + appositive[1]!.length;
    const name = input.names.find((n) => n.start === words[s0]!.start && n.end === nameEnd && (n.kind === 'person' || n.kind === 'club' || n.kind === 'team'));
    const v = words.findIndex((w) => w.start === words[s0]!.start + appositive[0].length);
    if (name && v > 0) {
      const core = verbAt(words, v, { start: name.start, end: name.end, as: name.kind === 'person' ? name.canonical : name.text }, start, end);
      return core && { ...core, skip: { start: name.end, end: words[v]!.start } };
    }
  }
  for (let v = s0 + 1; v < Math.min(words.length, s0 + 9); v++) {
    const raw = words[v]!.text;
    // "GRAHAM POTTER HAS been sacked": a capitalised lead's auxiliary reads as written small.
    const w = /^\p{Lu}{2,}$/u.test(raw) && AUXILIARIES.has(raw.toLowerCase()) ? raw.toLowerCase() : raw;
    if (!/^\p{Ll}/u.test(w)) continue;
    // A past tense the verb list does not know still ends the subject ("Domenech insisted"); only
    // questions that need its base form ("did … insist") are then refused.
    // "Lauren Hemp also scored", "Kane expertly curled": an adverb between the subject and its verb.
    const adverb = v - 2 >= s0 && (ADVERBS.test(words[v - 1]!.text) || /^\p{Ll}{3,}ly$/u.test(words[v - 1]!.text)) ? 1 : 0;
    const ends = words[v - 1 - adverb]!;
    const unknown = !AUXILIARIES.has(w.toLowerCase()) && !finiteVerb(w) && /^\p{Ll}{3,}ed$/u.test(w) && input.names.some((n) => n.end === ends.end - (/[’']s$/.test(ends.text) ? 2 : 0));
    // "Chelsea play Liverpool": a bare present after a club's name (clubs take the plural).
    const plural = isBase(w) && !ROLES.test(w) && !/^(?:head|record|return|move|transfer|name|deal|fan|fans|star|goal|cut)$/.test(w) && input.names.some((n) => n.end === ends.end && (n.kind === 'club' || n.kind === 'team'));
    if (!AUXILIARIES.has(w.toLowerCase()) && !finiteVerb(w) && !unknown && !plural) continue;
    const before = ends.text.toLowerCase();
    if (DETERMINERS.has(before) || /^\d/.test(before) || PREPOSITIONS.has(before)) continue;
    const subject = { start: words[s0]!.start, end: ends.end };
    // A subject opens on a name, a determiner or a pronoun: "Ten years later Charlton…" does not.
    const opensOn = words[s0]!;
    if (!input.names.some((n) => n.start === opensOn.start) && !/^(?:the|his|her|their|its|he|she|they)$/i.test(opensOn.text) && !ROLES.test(opensOn.text)) {
      // "Former England and Manchester City midfielder Colin Bell has died", "a dominant Chelsea had":
      // descriptive words before a name that ends the subject; the question names the person or club.
      const named = premodifiedName(input, words, s0, v - adverb);
      const bare = named ? undefined : bareProperName(input, words, s0, v - adverb);
      if (!named && !bare) return refuse(input, 'the subject does not open on a name, a pronoun or “the”');
      const core = verbAt(words, v, { ...subject, as: named ? asNamed(named) : bare! }, start, end);
      return core && lead ? { ...core, lead } : core;
    }
    const subjectText = text.slice(subject.start, subject.end);
    if (/[,;:()“”"]/.test(subjectText) || /\b(?:which|who|that|whose)\b/i.test(subjectText)) return refuse(input, 'the subject holds an aside (a comma, brackets or “who …”)');
    const as = subjectAs(input, clause, subject, subjectText);
    if (!as) return refuse(input, 'the subject is a pronoun or epithet not resolved to a name');
    const core = verbAt(words, v, { ...subject, as }, start, end);
    return core && lead ? { ...core, lead } : core;
  }
  return refuse(input, 'no verb the drafter knows after the subject');
}

/** The subject as a question names it: pronouns and epithets become the person they stand for. */
export function subjectAs(input: WhInput, clause: Clause, subject: { start: number; end: number }, written: string): string | undefined {
  const actor = clause.actor;
  if (PRONOUN_SUBJECT.test(written)) return actor?.ref && actor.ref.start === subject.start ? actor.name : undefined;
  const ref = actor?.ref;
  if (ref && ref.start >= subject.start && ref.end <= subject.end) {
    if (actor.possessive) return `${written.slice(0, ref.start - subject.start)}${actor.name}’s${written.slice(ref.end - subject.start)}`;
    return ref.start === subject.start && ref.end === subject.end ? actor.name : undefined;
  }
  const inside = input.names.filter((n) => n.start >= subject.start && n.end <= subject.end && n.kind !== 'venue');
  if (inside.length === 0) return thingAs(input, clause, subject, written);
  // "The Gunners" is Arsenal to a reader without the article.
  const only = inside.length === 1 ? inside[0]! : undefined;
  // "Rice overtakes…" asks about Declan Rice.
  if (only && only.kind === 'person' && only.start === subject.start && only.end === subject.end) return only.canonical;
  if (/^The\s/.test(written)) return `the${written.slice(3)}`;
  if (only && (only.kind === 'club' || only.kind === 'team') && /^(?:[Tt]he\s+)?$/.test(written.slice(0, only.start - subject.start)) && only.end === subject.end)
    return only.canonical;
  return written.charAt(0).toUpperCase() + written.slice(1);
}

export function verbAt(words: Token[], v: number, subject: Core['subject'], start: number, end: number): Core | undefined {
  const written = words[v];
  if (!written) return undefined;
  const verb = /^\p{Lu}{2,}$/u.test(written.text) ? { ...written, text: written.text.toLowerCase() } : written;
  const w = verb.text.toLowerCase();
  if (AUXILIARIES.has(w)) {
    // "has won" inverts; "has back-to-back crowns" is the verb "have" and takes "does".
    if (/^(?:has|have|had)$/.test(w)) {
      const next = words.slice(v + 1).find((x) => !ADVERBS.test(x.text));
      if (next && !isParticiple(next.text.replace(/[,;:.]+$/, '')) && next.text !== 'been' && !/^to$/i.test(next.text))
        return { start, end, subject, verb, aux: w === 'had' ? 'did' : w === 'has' ? 'does' : 'do', base: 'have' };
    }
    // "has been", "was handed": the auxiliary inverts; a bare "is"/"was" (copula) too.
    return { start, end, subject, verb, aux: w };
  }
  const form = finiteVerb(w) ?? (isBase(w) ? { base: w, tense: 'present' as const } : undefined);
  if (!form) return /^\p{Ll}{3,}ed$/u.test(w) ? { start, end, subject, verb, aux: '' } : undefined;
  return { start, end, subject, verb, aux: form.tense === 'past' ? 'did' : form.tense === 'present-s' ? 'does' : 'do', base: form.base };
}


/** "…, before Gonzalo Montiel converted the decisive kick": a subordinate clause with a named
 *  subject of its own inside the clause is read as a clause of its own. */
export function innerCore(input: WhInput): Core | undefined {
  const words = tokens(input.text, input.clause.start, input.clause.end);
  const before = words.filter((w) => w.end <= input.span.start).length;
  for (let i = before - 1; i >= 1; i--) {
    if (!SUBORDINATORS.test(words[i]!.text)) continue;
    if (!input.names.some((n) => n.start === words[i + 1]?.start && (n.kind === 'person' || n.kind === 'club' || n.kind === 'team'))) continue;
    return coreOf(input, { start: words[i]!.start, end: input.clause.end });
  }
  return undefined;
}

/** "…play at Euro 2012 | and World Cup 2014": a clause cut at "and" before a name is the end of
 *  the clause before it. */
export function joinedCore(input: WhInput): Core | undefined {
  const i = input.clauses.indexOf(input.clause);
  const before = input.clauses[i - 1];
  if (!before || !/^and\s/i.test(input.text.slice(input.clause.start, input.clause.end))) return undefined;
  const core = coreOf(input, { ...before, end: input.clause.end });
  return core && core.verb.end <= before.end ? core : undefined;
}

/** "In the 65th minute, Saka scored": a leading phrase without its own verb belongs to the next clause. */
export function leadingCore(input: WhInput): Core | undefined {
  const i = input.clauses.indexOf(input.clause);
  const next = input.clauses[i + 1];
  if (i !== 0 || !next) return undefined;
  const first = /^\s*(\p{L}+)/u.exec(input.text.slice(input.clause.start))?.[1]?.toLowerCase();
  if (!first || !PREPOSITIONS.has(first)) return undefined;
  // "After impressing in the finals, …" is an event of its own, not a time or place of the next clause.
  if (tokens(input.text, input.clause.start, input.clause.end).slice(1).some((w) => /\p{Ll}{3,}ing\b/u.test(w.text) || finiteVerb(w.text) || AUXILIARIES.has(w.text.toLowerCase()))) return undefined;
  const core = coreOf(input, next);
  if (!core) return undefined;
  let end = input.clause.end;
  while (end > input.clause.start && /[\s,]/.test(input.text[end - 1]!)) end--;
  return { ...core, lead: { start: input.clause.start, end } };
}

const asNamed = (name: Name): string => (name.kind === 'person' || name.kind === 'club' || name.kind === 'team' ? name.canonical || name.text : name.text);
const ACTOR_KINDS = new Set(['person', 'club', 'team']);
/** Words that may describe a name before it: capitalised words (other names, "Former"), a few small
 *  words, and lower-case adjectives and roles; never a verb, a number or a comma. */
const DESCRIBING = /^(?:a|an|and|of|former|ex-[\p{L}-]+|[\p{L}-]+-(?:time|born|old|year-old)|[\p{Lu}][\p{L}’'-]*|dominant|late|young|veteran|new|star|experienced|in-form|prolific|injured|influential|teenage|talented|relegated|promoted|struggling|resurgent|fellow|international|man|winner|winners)$/u;

/** The name that ends a premodified subject ("Former … midfielder Colin Bell", "a dominant Chelsea"). */
function premodifiedName(input: WhInput, words: Token[], s0: number, v: number): Name | undefined {
  const last = words[v - 1]!;
  const name = input.names.find((n) => n.end === last.end && ACTOR_KINDS.has(n.kind));
  if (!name || name.start <= words[s0]!.start) return undefined;
  const before = words.filter((w) => w.start >= words[s0]!.start && w.end <= name.start);
  if (before.length === 0 || before.length > 8) return undefined;
  return before.every((w) => DESCRIBING.test(w.text) || ROLES.test(w.text) || input.names.some((n) => w.start >= n.start && w.end <= n.end)) ? name : undefined;
}

/** "Super Eagles forward, Victor Osimhen, was…" / "Spanish La Liga club, Sevilla defeated…": a short
 *  description ending on a role, a comma, a name, then (after an optional comma) the verb. */
function describedName(input: WhInput, words: Token[], s0: number, end: number): { name: Name; verb: number } | undefined {
  const comma = words.findIndex((w, i) => i >= s0 && /,$/.test(w.text));
  if (comma < s0 || comma - s0 > 5) return undefined;
  const role = words[comma]!.text.slice(0, -1);
  if (!ROLES.test(role.toLowerCase())) return undefined;
  if (words.slice(s0, comma).some((w) => !DESCRIBING.test(w.text) && !input.names.some((n) => w.start >= n.start && w.end <= n.end))) return undefined;
  const name = input.names.find((n) => n.start === words[comma + 1]?.start && ACTOR_KINDS.has(n.kind));
  if (!name || name.end > end) return undefined;
  const v = words.findIndex((w) => w.start > name.end);
  if (v < 0) return undefined;
  // "Victor Osimhen, was…": the closing comma of the aside sits on the name's last word.
  const verb = words[v]!.text.toLowerCase();
  if (!AUXILIARIES.has(verb) && !finiteVerb(verb)) return undefined;
  if (input.text.slice(name.end, words[v]!.start).replace(/\s+/g, '') !== (/,/.test(input.text.slice(name.end, words[v]!.start)) ? ',' : '')) return undefined;
  return { name, verb: v };
}


/** Capitalised words that open sentences without naming anyone. */
const NOT_A_NAME = /^(?:There|Here|It|This|That|These|Those|What|Everyone|Everybody|Nobody|Someone|Somebody|Everything|Nothing|Something|Anyone|One|Both|All|Many|Most|Some|Few|Each|Such|Football|Police|Fans|Officials|Reports|Sources|Tickets|Injury|Rain|Today|Tonight|Yesterday|Tomorrow)$/;

/** "Napoli restored parity…", "Foden took home…": one capitalised word right before the verb is the
 *  article's own name for the subject even when the name finder could not type it (a club the
 *  lexicon takes for a city, a surname given alone). The question keeps it as written; it is never
 *  an answer, so its kind does not matter. A plural ("Goals came from…"), a possessive, a month or
 *  a word that opens sentences without naming anyone is not one. */
function bareProperName(input: WhInput, words: Token[], s0: number, v: number): string | undefined {
  // "Ex-City man Palmer had…", "Two-time Young Player winner Foden had…": a description before it.
  const before = words.slice(s0, v - 1);
  if (before.length > 6 || !before.every((x) => DESCRIBING.test(x.text) || ROLES.test(x.text))) return undefined;
  if (before.length > 0 && !before.some((x) => ROLES.test(x.text) || /^(?:man|winner|winners)$/.test(x.text))) return undefined;
  const w = words[v - 1]!.text;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) || /[^s]s$/.test(w)) return undefined;
  if (NOT_A_NAME.test(w) || isBase(w) || finiteVerb(w) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(w)) return undefined;
  return input.names.some((n) => n.start === words[v - 1]!.start) ? undefined : w;
}

/** Heads that stand for a person or a team ("the English champions", "the London club", "the
 *  visitors"): who they are is the question's business, so they are never kept as written. */
const STANDS_FOR_SOMEONE = /^(?:champions|holders|hosts|visitors|club|side|team|men|women|girls|boys|outfit|giants|leaders|rivals|winners|runners-up|opponents|hosts|newcomers|champion)$/i;

/** "The injury will rule Messi out…", "The ban means Ivan Toney will miss…": a thing, not a
 *  person, as subject is kept as written ("the injury") when the clause names someone to anchor it. */
function thingAs(input: WhInput, clause: Clause, subject: { start: number; end: number }, written: string): string | undefined {
  const m = /^[Tt]he((?:\s+[\p{Ll}-]+){1,3})$/u.exec(written);
  if (!m) return undefined;
  const head = m[1]!.trim().split(/\s+/).at(-1)!;
  if (ROLES.test(head) || STANDS_FOR_SOMEONE.test(head) || /-year-old$/.test(head) || /(?:ing|ly)$/.test(head)) return undefined;
  const anchored = input.names.some((n) => n.start >= subject.end && n.end <= clause.end && (n.kind === 'person' || n.kind === 'club' || n.kind === 'team'));
  return anchored ? `the${m[1]}` : undefined;
}

/** "Martínez Quarta’s strike" as a subject, when the possessor is a name: kept as written. */
function possessedAs(input: WhInput, subject: { start: number; end: number }): string | undefined {
  const owner = input.names.find((n) => n.start === subject.start && (n.kind === 'person' || n.kind === 'club' || n.kind === 'team'));
  const rest = input.text.slice(owner?.end ?? subject.start, subject.end);
  return owner && /^[’']s\s+[\p{Ll}-]+$/u.test(rest) ? `${owner.canonical}${rest}` : undefined;
}
