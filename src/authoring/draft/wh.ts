// A clause and one span of it → a wh-question about the event, and the clause as a statement that
// stands on its own. "Arsenal signed Declan Rice from West Ham for £105m" with "West Ham" becomes
// "From which club did Arsenal sign Declan Rice for £105m?": the phrase holding the span moves to
// the front as a wh-phrase of the span's kind, the verb takes "did" (or its own auxiliary inverts),
// and the subject is named ("he" and "the midfielder" become the person they stand for). Only the
// shapes read with confidence are written; anything else returns undefined and the caller falls
// back to a gap-fill or skips the span.
import type { Clause } from './clauses';
import { CITIES, VENUES } from './data/places';
import { fold, type Name } from './names';
import { AUXILIARIES, finiteVerb, isBase, isParticiple, singularAux } from './verbs';

export type SpanKind = 'score' | 'minute' | 'money' | 'age' | 'rank' | 'count' | 'attendance' | 'date' | 'year' | 'duration'
  | 'team' | 'club' | 'competition' | 'venue' | 'award' | 'person';

export interface WhInput {
  /** The sentence as written, and with quotations blanked (same offsets). */
  text: string;
  masked: string;
  names: readonly Name[];
  clauses: readonly Clause[];
  clause: Clause;
  span: { start: number; end: number };
  kind: SpanKind;
  /** The value's unit ("goals", "years"), for "how many goals". */
  unit?: string;
  women: boolean;
}

export interface WhOutput {
  ask?: string;
  statement?: string;
}

const CITY_NAMES = new Set(CITIES.map(fold));
const STADIUM_NAMES = new Set(VENUES.map(fold));

/** Longest question written; longer ones are cut at a comma or given up. */
export const MAX_ASK = 110;
const MAX_STATEMENT = 170;

interface Token { text: string; start: number; end: number }
interface Core {
  start: number;
  end: number;
  subject: { start: number; end: number; as: string };
  verb: Token;
  /** "did" / "does" with the base form, or the auxiliary itself inverted. */
  aux: string;
  base?: string;
  /** A leading phrase of an earlier clause ("In the 65th minute, ") read as this core's adjunct. */
  lead?: { start: number; end: number };
  /** An appositive after the subject (", the eight-time winners,"), left out of what is written. */
  skip?: { start: number; end: number };
}

const OPENER = /^(?:(?:and|but|while|whereas|although|though|as|when|after|before|since|because|so|then|yet|once|also|until|where)\s+)+/i;
const PREPOSITIONS = new Set(['from', 'to', 'for', 'in', 'at', 'against', 'on', 'by', 'with', 'over', 'into', 'under', 'during', 'after',
  'before', 'since', 'behind', 'past', 'than', 'until', 'aged', 'through', 'beyond', 'towards', 'inside', 'within', 'without']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);
const FOLLOWERS = new Set([...PREPOSITIONS, 'and', 'but', 'as', 'when', 'while', 'last', 'this', 'next', 'despite', 'ahead', 'following',
  'having', 'later', 'earlier', 'twice', 'again', 'too', 'also', 'who', 'which', 'where', 'after', 'before', 'on', 'of', 'so', 'because',
  'if', 'until', 'since', 'earlier', 'then', 'alongside', 'instead', 'already', 'ago', 'in', 'at', 'around', 'only', 'each', 'apiece']);
const HEADS = /^(?:title|titles|final|finals|trophy|crown|semi-final|quarter-final|campaign|cup|tournament|qualifier|qualifiers|play-off|play-offs|season|squad)$/i;
const DEAL = /^(?:deal|fee|move|transfer|switch|bid|offer|package|contract)$/i;
const ADVERBS = /^(?:also|already|now|never|not|finally|just|still|recently|previously|again|reportedly|officially|since|then|eventually|once|ever|originally|initially)$/i;
const ROLES = /^(?:interim|caretaker|head|winger|midfielder|striker|forward|defender|goalkeeper|keeper|full-back|centre-back|manager|coach|boss|captain|chairman|owner|president|referee|teenager|veteran|star|champions|holders|leaders|hosts|side|club|rivals|substitute|team-mate|teammate)$/;
const PRONOUN_SUBJECT = /^(?:he|she|they)$/i;

/** The wh-question and the standalone statement for one span, as far as each can be written. */
export function askAbout(input: WhInput): WhOutput {
  const core = innerCore(input) ?? coreOf(input, input.clause) ?? leadingCore(input) ?? joinedCore(input);
  if (!core) {
    const ask = input.kind === 'score' ? scoreOf(input) : input.kind === 'minute' ? minuteOf(input) : undefined;
    return ask ? { ask } : {};
  }
  const statement = statementOf(input, core);
  const ask = questionOf(input, core);
  return { ...(ask ? { ask } : {}), ...(statement ? { statement } : {}) };
}

function tokens(text: string, start: number, end: number): Token[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: start + m.index, end: start + m.index + m[0].length }));
}

/** Where the clause's own subject and finite verb are, when it reads "Subject verb …". */
function coreOf(input: WhInput, clause: Clause): Core | undefined {
  const { text, masked } = input;
  let start = clause.start;
  let end = clause.end;
  while (end > start && /[\s,;:.!?)–—-]/.test(text[end - 1]!)) end--;
  if (masked.slice(start, end) !== text.slice(start, end)) return undefined; // holds a quotation
  const opener = OPENER.exec(text.slice(start, end));
  if (opener) start += opener[0].length;
  const words = tokens(text, start, end);
  if (words.length < 3) return undefined;
  const actor = clause.actor;
  // "…, who moved from Aston Villa": the relative pronoun stands for the person before it.
  if (/^who$/i.test(words[0]!.text)) {
    if (actor?.kind !== 'person') return undefined;
    return verbAt(words, 1, { start: words[0]!.start, end: words[0]!.end, as: actor.name }, start, end);
  }
  // "At club level Bobby Charlton scored…": a short leading phrase without a comma is an adjunct.
  let lead: Core['lead'];
  let s0 = 0;
  if (PREPOSITIONS.has(words[0]!.text.toLowerCase()) || /^(?:At|In|On|For|After|Before|During|Since|Under)$/.test(words[0]!.text)) {
    const named = words.findIndex((w, i) => i > 0 && i <= 4 && input.names.some((n) => n.start === w.start && (n.kind === 'person' || n.kind === 'club' || n.kind === 'team')));
    if (named < 0) return undefined;
    if (words.slice(0, named).some((w) => /,$/.test(w.text))) return undefined;
    lead = { start: words[0]!.start, end: words[named - 1]!.end };
    s0 = named;
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
    const unknown = !AUXILIARIES.has(w.toLowerCase()) && !finiteVerb(w) && /^\p{Ll}{3,}ed$/u.test(w) && input.names.some((n) => n.end === words[v - 1]!.end - (/[’']s$/.test(words[v - 1]!.text) ? 2 : 0));
    // "Chelsea play Liverpool": a bare present after a club's name (clubs take the plural).
    const plural = isBase(w) && !ROLES.test(w) && !/^(?:head|record|return|move|transfer|win|name|deal|fan|fans|star|goal|score|start|end|play|lead|set|top|hit|cut)$/.test(w) && input.names.some((n) => n.end === words[v - 1]!.end && (n.kind === 'club' || n.kind === 'team'));
    if (!AUXILIARIES.has(w.toLowerCase()) && !finiteVerb(w) && !unknown && !plural) continue;
    const before = words[v - 1]!.text.toLowerCase();
    if (DETERMINERS.has(before) || /^\d/.test(before) || PREPOSITIONS.has(before)) continue;
    const subject = { start: words[s0]!.start, end: words[v - 1]!.end };
    // A subject opens on a name, a determiner or a pronoun: "Ten years later Charlton…" does not.
    const opensOn = words[s0]!;
    if (!input.names.some((n) => n.start === opensOn.start) && !/^(?:the|his|her|their|its|he|she|they)$/i.test(opensOn.text) && !ROLES.test(opensOn.text)) return undefined;
    const subjectText = text.slice(subject.start, subject.end);
    if (/[,;:()“”"]/.test(subjectText)) return undefined;
    const as = subjectAs(input, clause, subject, subjectText);
    if (!as) return undefined;
    const core = verbAt(words, v, { ...subject, as }, start, end);
    return core && lead ? { ...core, lead } : core;
  }
  return undefined;
}

/** The subject as a question names it: pronouns and epithets become the person they stand for. */
function subjectAs(input: WhInput, clause: Clause, subject: { start: number; end: number }, written: string): string | undefined {
  const actor = clause.actor;
  if (PRONOUN_SUBJECT.test(written)) return actor?.ref && actor.ref.start === subject.start ? actor.name : undefined;
  const ref = actor?.ref;
  if (ref && ref.start >= subject.start && ref.end <= subject.end) {
    if (actor.possessive) return `${written.slice(0, ref.start - subject.start)}${actor.name}’s${written.slice(ref.end - subject.start)}`;
    return ref.start === subject.start && ref.end === subject.end ? actor.name : undefined;
  }
  const inside = input.names.filter((n) => n.start >= subject.start && n.end <= subject.end && n.kind !== 'venue');
  if (inside.length === 0) return undefined;
  // "The Gunners" is Arsenal to a reader without the article.
  const only = inside.length === 1 ? inside[0]! : undefined;
  // "Rice overtakes…" asks about Declan Rice.
  if (only && only.kind === 'person' && only.start === subject.start && only.end === subject.end) return only.canonical;
  if (/^The\s/.test(written)) return `the${written.slice(3)}`;
  if (only && (only.kind === 'club' || only.kind === 'team') && /^(?:[Tt]he\s+)?$/.test(written.slice(0, only.start - subject.start)) && only.end === subject.end)
    return only.canonical;
  return written.charAt(0).toUpperCase() + written.slice(1);
}

function verbAt(words: Token[], v: number, subject: Core['subject'], start: number, end: number): Core | undefined {
  const written = words[v];
  if (!written) return undefined;
  const verb = /^\p{Lu}{2,}$/u.test(written.text) ? { ...written, text: written.text.toLowerCase() } : written;
  const w = verb.text.toLowerCase();
  if (AUXILIARIES.has(w)) {
    // "has won" inverts; "has back-to-back crowns" is the verb "have" and takes "does".
    if (/^(?:has|have|had)$/.test(w)) {
      const next = words.slice(v + 1).find((x) => !ADVERBS.test(x.text));
      if (next && !isParticiple(next.text) && next.text !== 'been' && !/^to$/i.test(next.text))
        return { start, end, subject, verb, aux: w === 'had' ? 'did' : w === 'has' ? 'does' : 'do', base: 'have' };
    }
    // "has been", "was handed": the auxiliary inverts; a bare "is"/"was" (copula) too.
    return { start, end, subject, verb, aux: w };
  }
  const form = finiteVerb(w) ?? (isBase(w) ? { base: w, tense: 'present' as const } : undefined);
  if (!form) return /^\p{Ll}{3,}ed$/u.test(w) ? { start, end, subject, verb, aux: '' } : undefined;
  return { start, end, subject, verb, aux: form.tense === 'past' ? 'did' : form.tense === 'present-s' ? 'does' : 'do', base: form.base };
}

const SUBORDINATORS = /^(?:as|before|after|when|while|until|since|because|though|although|once|whereas|where)$/i;

/** "…, before Gonzalo Montiel converted the decisive kick": a subordinate clause with a named
 *  subject of its own inside the clause is read as a clause of its own. */
function innerCore(input: WhInput): Core | undefined {
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
function joinedCore(input: WhInput): Core | undefined {
  const i = input.clauses.indexOf(input.clause);
  const before = input.clauses[i - 1];
  if (!before || !/^and\s/i.test(input.text.slice(input.clause.start, input.clause.end))) return undefined;
  const core = coreOf(input, { ...before, end: input.clause.end });
  return core && core.verb.end <= before.end ? core : undefined;
}

/** "In the 65th minute, Saka scored": a leading phrase without its own verb belongs to the next clause. */
function leadingCore(input: WhInput): Core | undefined {
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

/** The clause as a sentence that stands alone, the span replaced by {answer}. */
function statementOf(input: WhInput, core: Core): string | undefined {
  const { text, span } = input;
  const from = core.lead ? core.lead.start : core.start;
  if (span.start < from || span.end > core.end) return undefined;
  const inSubject = span.start >= core.subject.start && span.end <= core.subject.end;
  const subject = inSubject ? text.slice(core.subject.start, span.start) + '{answer}' + text.slice(span.end, core.subject.end) : core.subject.as;
  const rest = (a: number, b: number) => (span.start >= a && span.end <= b ? text.slice(a, span.start) + '{answer}' + text.slice(span.end, b) : text.slice(a, b));
  let body = `${subject}${core.skip ? text.slice(core.skip.start, core.skip.end).trimEnd() : ''} ${core.verb.text}${rest(core.verb.end, core.end)}`;
  if (core.lead) body = `${rest(core.lead.start, core.lead.end)}${core.lead.end < core.subject.start && text[core.lead.end] === ',' ? ',' : ''} ${body}`;
  body = tidy(body);
  if (body.length > MAX_STATEMENT) body = cutAtComma(body, '{answer}') ?? body;
  if (body.length > MAX_STATEMENT || !body.includes('{answer}')) return undefined;
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
}

function questionOf(input: WhInput, core: Core): string | undefined {
  const { text, span, kind } = input;
  const inSubject = span.start >= core.subject.start && span.end <= core.subject.end;
  if (kind === 'score') return scoreOf(input) ?? (inSubject ? undefined : scoreQuestion(input, core));
  if (kind === 'minute' && inSubject) return minuteOf(input);
  if (inSubject) return subjectQuestion(input, core);
  const phrase = movedPhrase(input, core);
  if (!phrase) return undefined;
  if (phrase.start < core.verb.end && !core.lead) return undefined;
  const second = phrase.start > core.verb.end ? secondVerb(input, core, phrase.start) : undefined;
  if (second === 'unsafe') return undefined;
  const main = second ?? core;
  if (!main.aux) return undefined; // a verb whose base form is not known: no "did" question
  const verb = main.base ?? '';
  const restStart = main.verb.end;
  // "…switched allegiance and won his first cap in March 2019": the conjunct the span is not in goes.
  const restEnd = conjunctEnd(input, core, Math.max(phrase.end, main.verb.end));
  const after = text.slice(restStart, restEnd);
  const cut = (s: string) => `${s.slice(0, phrase.start - restStart)} ${phrase.keep ?? ''} ${s.slice(phrase.end - restStart)}`;
  const rest = phrase.start >= restStart ? cut(after) : after;
  const lead = core.lead && !(phrase.start >= core.lead.start && phrase.end <= core.lead.end) ? `, ${lowerFirst(text.slice(core.lead.start, core.lead.end))}` : '';
  const front = phrase.wh.charAt(0).toUpperCase() + phrase.wh.slice(1);
  // "his first season" in a question about a club points at nobody the player can see.
  if (!isPersonSubject(input, core) && /\b(?:his|her|him)\b/i.test(rest)) return undefined;
  const question = tidy(`${front} ${main.aux} ${core.subject.as} ${verb} ${rest}${lead}`);
  return finish(question);
}

function isPersonSubject(input: WhInput, core: Core): boolean {
  return input.names.some((n) => n.kind === 'person' && n.start >= core.subject.start && n.end <= core.subject.end) || core.subject.as === input.clause.actor?.name && input.clause.actor.kind === 'person';
}

/** "Who scored in the 65th minute?": the span is the clause's subject. */
function subjectQuestion(input: WhInput, core: Core): string | undefined {
  const { text, span, kind } = input;
  const written = text.slice(core.subject.start, core.subject.end);
  const name = input.names.find((n) => n.start === span.start && n.end === span.end);
  if (!name) return undefined;
  // Only the name itself (or "The Gunners", "coach Raymond Domenech") as subject: "Bowen's winner" is no who-question.
  const prefix = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,2})(\p{L}+(?:-\p{L}+)?)\s+$/u.exec(text.slice(core.subject.start, span.start));
  const role = prefix?.[2] && (!prefix[1] || input.names.some((n) => n.start === core.subject.start + text.slice(core.subject.start).indexOf(prefix[1]!) && (n.kind === 'team' || n.kind === 'club')))
    ? `${prefix[1] ?? ''}${prefix[2]}` : undefined;
  const roleWord = prefix?.[2];
  if (span.end !== core.subject.end) return undefined;
  const asRole = !!role && !!roleWord && ROLES.test(roleWord.toLowerCase()) && kind === 'person';
  if (!/^(?:[Tt]he\s+)?$/.test(text.slice(core.subject.start, span.start)) && !asRole) return undefined;
  void written;
  // "The Gunners" as an answer would be a nickname; the club itself is asked elsewhere.
  if ((kind === 'club' || kind === 'team') && name.canonical !== name.text && !name.canonical.includes(name.text)) return undefined;
  const wh = asRole ? `which ${role.replace(/\p{L}+$/u, (w) => w.toLowerCase())}` : entityWh(kind, name, input.women, undefined);
  if (!wh) return undefined;
  const verb = !core.aux || core.aux === 'did' || core.aux === 'does' || core.aux === 'do' ? text.slice(core.verb.start, core.verb.end) : singularAux(core.verb.text);
  const lead = core.lead ? `, ${lowerFirst(text.slice(core.lead.start, core.lead.end))}` : '';
  return finish(tidy(`${wh.charAt(0).toUpperCase()}${wh.slice(1)} ${verb} ${text.slice(core.verb.end, core.end)}${lead}`));
}

const RESULT = /^(?:win|victory|defeat|draw|loss|thrashing|triumph|rout|success|hammering|drubbing|beating|home win|away win)$/i;
const GOAL = /^(?:winner|equaliser|equalizer|goal|strike|header|penalty|opener|effort|leveller|volley|finish|free-kick|spot-kick)$/i;

/** "Manchester City's 1-0 win over Inter Milan", "a 4-1 extra-time win over Benfica at Wembley":
 *  the result as a noun phrase names its own event. */
function scoreOf(input: WhInput): string | undefined {
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
  const question = tidy(`What was the score of ${owner} ${mods} ${text.slice(words[head]!.start, end)}`);
  return finish(question);
}

/** "Rodri's 68th-minute strike": in which minute the named player scored. */
function minuteOf(input: WhInput): string | undefined {
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
function scoreQuestion(input: WhInput, core: Core): string | undefined {
  const { text, span } = input;
  if (span.start < core.verb.end || span.end > core.end) return undefined;
  const second = secondVerb(input, core, span.start);
  if (second === 'unsafe') return undefined;
  let before = text.slice((second ?? core).verb.start, span.start);
  let after = text.slice(span.end, conjunctEnd(input, core, span.end));
  // "a 2-1 victory over Fiorentina" reads "a victory over Fiorentina"; "won 2-1" reads "won".
  before = before.replace(/\b(?:by|a|an)\s+$/i, (m) => (/^by/i.test(m) ? '' : m));
  after = after.replace(/^\s*(?:on aggregate|on penalties|after extra time)\b/i, '');
  if (/-\S/.test(after.slice(0, 2))) return undefined;
  const lead = core.lead ? `${text.slice(core.lead.start, core.lead.end)}, ` : '';
  const question = tidy(`What was the score when ${lead}${core.subject.as} ${before} ${after}`).replace(/\ba victory\b/, 'a victory').replace(/\ban (?=victory|win|defeat|draw)/, 'a ');
  return finish(question);
}

/** Between the verb and the span: a second finite verb after "and" takes over the question
 *  ("…and won his first cap in March 2019"); a comma, a participle, a subordinator or a pronoun
 *  means the span hangs on another verb ("after being released by Chelsea", "the shirt he wore at
 *  West Ham"), and no question is safe. */
function secondVerb(input: WhInput, core: Core, phraseStart: number): { verb: Token; aux: string; base?: string } | 'unsafe' | undefined {
  const words = tokens(input.text, core.verb.end, phraseStart);
  let found: { verb: Token; aux: string; base?: string } | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text;
    const lw = w.toLowerCase().replace(/[,;:]$/, '');
    if (/[,;:]$/.test(w)) return 'unsafe';
    if (lw === 'and' && words[i + 1]) {
      // "…and four months later led Chelsea": a short time phrase may sit before the verb.
      let j = i + 1;
      while (j < i + 5 && words[j] && !finiteVerb(words[j]!.text) && /^(?:then|later|also|\p{L}+|\d+)$/u.test(words[j]!.text) && /^(?:then|later|also|months?|years?|weeks?|days?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a|few|soon|after|eventually|finally)$/i.test(words[j]!.text)) j++;
      const next = words[j];
      const form = next ? finiteVerb(next.text) : undefined;
      if (next && (form?.tense === 'past' || form?.tense === 'present-s')) {
        found = { verb: next, aux: form.tense === 'past' ? 'did' : 'does', base: form.base };
        i = j;
        continue;
      }
      if (next && /^(?:was|were|is|are|has|have|had)$/i.test(next.text)) {
        found = { verb: next, aux: next.text.toLowerCase() };
        i = j;
        continue;
      }
    }
    if (/^(?:after|before|while|when|since|having|despite|following|whose|who|which|that|he|she|they|we|i|you|where|because|until|if|whether)$/.test(lw)) return 'unsafe';
    if (/\p{Ll}ing$/u.test(lw) && lw.length > 5 && !/^(?:during|morning|evening|opening|signing|ending|meeting|spring|king|ring|thing|nothing|something|everything|outing|pudding|booking|wing|training|sporting|ranking|standing|building|sing)$/.test(lw)) return 'unsafe';
  }
  return found;
}

/** Where the conjunct holding the span ends: before "and <verb>" or a comma. */
function conjunctEnd(input: WhInput, core: Core, from: number): number {
  const words = tokens(input.text, from, core.end);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text.toLowerCase();
    if (/[,;:]$/.test(words[i]!.text)) return words[i]!.end - 1;
    if (w !== 'and' && w !== 'but') continue;
    const ahead = words.slice(i + 1, i + 5);
    if (ahead.some((x) => finiteVerb(x.text) || /^\p{Ll}{3,}ed$/u.test(x.text) || AUXILIARIES.has(x.text.toLowerCase()) || /^(?:after|who|whom)$/i.test(x.text))) return words[i]!.start;
  }
  return core.end;
}

interface Phrase {
  start: number;
  end: number;
  wh: string;
  /** What stays in the span's place ("a 128th-minute equaliser" → "the equaliser"). */
  keep?: string;
}

/** The phrase holding the span ("from West Ham", "36 goals", "in the 90th minute") and its wh-phrase. */
function movedPhrase(input: WhInput, core: Core): Phrase | undefined {
  const { text, span, kind } = input;
  const words = tokens(text, core.lead ? core.lead.start : core.start, core.end);
  const at = words.findIndex((w) => span.start >= w.start && span.start < w.end);
  let last = words.findIndex((w) => span.end > w.start && span.end <= w.end);
  if (at < 0 || last < 0) return undefined;
  const tokenText = text.slice(words[at]!.start, words[last]!.end);
  if (/[’']s?$/.test(tokenText) && !/^\d/.test(tokenText)) return undefined; // a possessive: "the Hammers’ academy"
  const spanEndsToken = span.end === words[last]!.end || /^[,;.:)]+$/.test(text.slice(span.end, words[last]!.end));
  // NP: determiners before, a head noun or unit after.
  let first = at;
  while (first > 0 && DETERMINERS.has(words[first - 1]!.text.toLowerCase())) first--;
  const lower = (i: number) => words[i]?.text.toLowerCase().replace(/[,;.:]+$/, '');
  let wh: string | undefined;
  let head: string | undefined;
  let keep: string | undefined;
  const isName = !['score', 'minute', 'money', 'age', 'rank', 'count', 'attendance', 'date', 'year', 'duration'].includes(kind);
  if (isName) {
    if (!spanEndsToken) return undefined;
    // "winger Nicolas Pépé", "champions Manchester City": the role goes with the name.
    while (first > 0 && ROLES.test(words[first - 1]!.text)) first--;
    while (first > 0 && DETERMINERS.has(words[first - 1]!.text.toLowerCase())) first--;
    const next = lower(last + 1);
    if (next && !FOLLOWERS.has(next) && !/[,;.:]$/.test(words[last]!.text)) {
      if (kind === 'competition' && HEADS.test(next)) {
        head = next;
        last++;
      } else return undefined;
    }
    const name = input.names.find((n) => n.start === span.start && n.end === span.end);
    wh = entityWh(kind, name, input.women, head);
    // "at Euro 2012 and World Cup 2014": the second of two is asked "other than" the first.
    const left = words[first - 2];
    const partner = lower(first - 1) === 'and' && left ? input.names.find((n) => n.kind === name?.kind && n.end === left.end - (/,$/.test(left.text) ? 1 : 0)) : undefined;
    if (wh && partner) {
      let p = words.findIndex((w) => w.start === partner.start);
      if (p < 0) return undefined;
      while (p > 0 && DETERMINERS.has(words[p - 1]!.text.toLowerCase())) p--;
      wh = `${wh} other than ${text.slice(partner.start, partner.end)}`;
      first = p;
    }
  } else {
    const value = numericWh(kind, words, at, last, lower, input.unit);
    if (!value) return undefined;
    ({ wh } = value);
    keep = value.keep;
    last = value.last;
    first = value.first ?? first;
    while (first > 0 && DETERMINERS.has(words[first - 1]!.text.toLowerCase())) first--;
  }
  if (!wh) return undefined;
  const prep = lower(first - 1);
  let start = words[first]!.start;
  const end = words[last]!.end - (/[,;.:]+$/.exec(words[last]!.text)?.[0].length ?? 0);
  if (prep === 'in' && lower(first - 2) === 'front' && lower(first - 3) === 'in' && kind === 'attendance') {
    start = words[first - 3]!.start;
    wh = `in front of how many spectators`;
  } else if (prep && PREPOSITIONS.has(prep)) {
    start = words[first - 1]!.start;
    if (kind === 'money' && /^(?:for what fee)$/.test(wh)) { /* the deal phrase replaces its preposition */ }
    else if (kind === 'date' && prep === 'in') { /* "in May 2017" asks "When" */ }
    else if (prep === 'aged') { /* "aged 86" asks "At what age" */ }
    else wh = `${prep} ${wh === 'who' ? 'whom' : wh}`;
  } else if (kind === 'date' || kind === 'year' || kind === 'minute' || kind === 'age' || kind === 'attendance') return undefined;
  else if (first - 1 >= 0 && !isObjectSlot(words, first - 1, core)) return undefined;
  return { start, end, wh, ...(keep ? { keep } : {}) };
}

/** An object right after the clause's verb ("signed Rice", "scored 36 goals", "will pay £100m"). */
function isObjectSlot(words: Token[], i: number, core: Core): boolean {
  const w = words[i]!;
  if (w.start < core.verb.start) return false;
  if (w.start === core.verb.start) return true;
  if (!finiteVerb(w.text) && !isParticiple(w.text) && !isBase(w.text)) return false;
  // "has scored", "was fined", "will pay": the participle or base after the auxiliary.
  const between = words.filter((x) => x.start > core.verb.start && x.start <= w.start);
  return between.length <= 2 && between.slice(0, -1).every((x) => ADVERBS.test(x.text) || AUXILIARIES.has(x.text.toLowerCase()) || x.text === 'been') && /^\p{Ll}+$/u.test(w.text);
}

function numericWh(kind: SpanKind, words: Token[], at: number, last: number, lower: (i: number) => string | undefined, unit?: string): { wh: string; last: number; first?: number; keep?: string } | undefined {
  const token = words[at]!.text;
  switch (kind) {
    case 'money': {
      if (DEAL.test(lower(last + 1) ?? '')) return { wh: 'for what fee', last: last + 1 };
      // "a club-record £105m" is still the fee; "an initial £100m" is not the whole of it.
      let first = at;
      while (first > 0 && /^(?:[\w-]*record|reported)$/.test(lower(first - 1) ?? '')) first--;
      const before = lower(first - 1);
      if (before && !DETERMINERS.has(before) && !PREPOSITIONS.has(before) && !finiteVerb(before) && !isBase(before)) return undefined;
      let end = last;
      while (/^(?:million|billion|m|bn|pounds|euros|dollars|francs)[,;.]?$/i.test(words[end + 1]?.text ?? '')) end++;
      if (DEAL.test(lower(end + 1) ?? '')) return { wh: 'for what fee', last: end + 1 };
      return { wh: 'how much', last: end, first };
    }
    case 'minute': {
      // "headed a 128th-minute equaliser" asks "In which minute did … head the equaliser".
      const noun = lower(last + 1);
      if (/^\d+(?:st|nd|rd|th)-minute$/.test(token) && noun && GOAL.test(noun)) return { wh: 'in which minute', last: last + 1, keep: `the ${noun}` };
      if (/-minute/.test(token)) return undefined;
      if (lower(last + 1) === 'minute') return { wh: 'which minute', last: last + 1 };
      return undefined;
    }
    case 'count': {
      if (!unit || /-/.test(token)) return undefined;
      // "36 Premier League goals": the words up to the unit are part of the question.
      for (let j = last + 1; j <= last + 4 && j < words.length; j++) {
        const w = lower(j)!;
        if (w === unit || w === `${unit}s` || w.replace(/s$/, '') === unit.replace(/s$/, '')) {
          const words_ = words.slice(last + 1, j + 1).map((x) => x.text.replace(/[,;.:]+$/, '')).join(' ');
          if (/[,;]/.test(words.slice(last + 1, j).map((x) => x.text).join(' '))) return undefined;
          return { wh: `how many ${words_}`, last: j };
        }
        if (!/^(?:[\p{Ll}-]+|[\p{Lu}][\p{L}’'-]+)$/u.test(words[j]!.text) || FOLLOWERS.has(w) || DETERMINERS.has(w)) break;
      }
      return undefined;
    }
    case 'duration': {
      const dash = /^[\p{L}\d]+-(?:and-a-half-)?(year|month|week|day|season)(?:s)?(?:-long)?$/u.exec(token);
      if (dash) {
        const noun = lower(last + 1);
        if (!noun || !/^(?:contract|deal|ban|spell|absence|wait|suspension|extension|stint|reign|loan|run|drought|stay)$/.test(noun)) return undefined;
        return { wh: `how long a ${noun}`, last: last + 1 };
      }
      const next = lower(last + 1);
      if (next && /^(?:years?|months?|weeks?|days?|seasons?|decades?)$/.test(next)) return { wh: `how many ${next.replace(/^(\w+?)s?$/, '$1s')}`, last: last + 1 };
      return undefined;
    }
    case 'age':
      if (lower(at - 1) === 'aged') return { wh: 'at what age', last, first: at - 1 };
      if (lower(at - 1) === 'of' && lower(at - 2) === 'age' && lower(at - 3) === 'the' && lower(at - 4) === 'at') return { wh: 'at what age', last, first: at - 4 };
      return undefined;
    case 'date':
      return /^\d{4}$/.test(lower(last) ?? '') || lower(last)?.match(/^\d{4}[,.]?$/) ? { wh: 'when', last } : { wh: 'what date', last };
    case 'year':
      return { wh: 'which year', last };
    case 'rank':
      if (lower(last + 1) === 'minute') return { wh: 'which minute', last: last + 1 };
      return undefined;
    case 'attendance':
      if (/^(?:fans|spectators|supporters|people)$/.test(lower(last + 1) ?? '')) return { wh: `how many ${lower(last + 1)}`, last: last + 1 };
      return { wh: 'how many', last };
    default:
      return undefined;
  }
}

function entityWh(kind: SpanKind, name: Name | undefined, women: boolean, head?: string): string | undefined {
  switch (kind) {
    case 'person':
      return 'who';
    case 'club':
      return 'which club';
    case 'team':
      return women ? 'which national team' : 'which country';
    case 'competition':
      return head ? `which ${head}` : name?.year ? 'which tournament' : 'which competition';
    case 'venue':
      if (!name) return undefined;
      if (STADIUM_NAMES.has(fold(name.text))) return 'which stadium';
      if (CITY_NAMES.has(fold(name.text))) return 'which city';
      return /Stadium|Arena|Park|Stade|Estadio|Estádio|Stadio|Ground|Road|Lane|Bridge/.test(name.text) ? 'which stadium' : undefined;
    case 'award':
      return 'which award';
    default:
      return undefined;
  }
}

/** "At club level" → "at club level" at the end of a question; names keep their capitals. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}*\b/u.test(s) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\s+([,;:.?])/g, '$1').replace(/,\s*,/g, ',').replace(/(?:[\s,;:–—-]+|\s+(?:and|but|or|while|as|with|then|in|on|at|until|to|of|for|by|from|the|a|an))+$/i, '').trim();
}

function cutAtComma(s: string, keep?: string): string | undefined {
  for (let i = s.length - 1; i > 0; i--) {
    if (s[i] !== ',' || s[i + 1] !== ' ') continue;
    const head = s.slice(0, i);
    if (keep && !head.includes(keep)) break;
    if (head.length <= (keep ? MAX_STATEMENT : MAX_ASK)) return head;
  }
  return undefined;
}

/** A question mark, and short enough: cut at a comma, else given up. */
function finish(question: string): string | undefined {
  let q = question.replace(/[.!?]+$/, '');
  if (q.length > MAX_ASK) q = cutAtComma(q) ?? q;
  // Then trailing adjuncts, last first ("… and the rest of the tournament", "… on Sunday").
  for (let guard = 0; q.length > MAX_ASK && guard < 4; guard++) {
    const m = [...q.matchAll(/\s+(?:and|in|on|at|for|with|after|before|as|during|since|to|from|against|over)\s+/g)].at(-1);
    if (!m || m.index < 40) break;
    q = q.slice(0, m.index);
  }
  if (q.length > MAX_ASK || q.length < 12) return undefined;
  if (/[“”"]|…/.test(q)) return undefined;
  // "he"/"she" left inside the question would point at nobody the player can see.
  return `${q}?`;
}
