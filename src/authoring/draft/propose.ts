// Spans → proposed facts. Every typed span of a sentence (value, name, list) may become a fact
// about the actor of its clause: a templated question where a finder knows the relation (a debut,
// an age at death), else a gap-fill of the article's own sentence. The most salient few are kept.
import type { Answer, EntityType } from '../../domain/pack/schema';
import type { Actor, Clause } from './clauses';
import { gapFill, type Replace } from './gap';
import { MAX_FACTS_PER_SENTENCE } from './limits';
import type { NameKind } from './names';
import type { ReadSentence } from './read-sentence';
import type { Sentence } from './sentences';
import type { ValueKind } from './values';
import { findSaid } from './quotes';
import { askAbout } from './wh';
import { readEvents, type EventFact } from './events';
import { exitedPeople, pastForExits } from './events/exits';

export type EntityKind = NameKind | 'year';

export interface Proposal {
  sentence: Sentence;
  kind: ValueKind | NameKind | 'list' | 'injury';
  subject: string;
  relation: string;
  answer: Answer;
  ask: string;
  /** A complete sentence with {answer}; none when the clause cannot stand alone. */
  statement?: string;
  salience: number;
  /** For entity answers: what kind of name, to pick wrong answers of the same kind. */
  entity?: { kind: EntityKind; canonical: string[] };
  wrong?: string[];
  /** Values the article makes true of the same relation: never offered as wrong answers. */
  exclude?: string[];
  min?: number;
  max?: number;
  note: string;
  /** A dated event the timeline questions may use ("Karim Benzema’s international debut"). */
  event?: string;
  date?: string;
  /** The span itself, for --explain. */
  text: string;
  /** Where the span sits in the sentence: its clause becomes the fact's quote. */
  span: { start: number; end: number };
  /** Why it is asked as a gap to fill and not as a wh-question (for --explain and the bench). */
  whyGap?: string;
}

export interface Skip {
  text: string;
  why: string;
}

export interface ArticleView {
  title: string;
  mainSubject?: string;
  women: boolean;
  /** Competitions the article is about (in its headline or named again and again): no gap-fill asks them. */
  topics?: Set<string>;
  /** Main subject already offered as an answer once. */
  askedMain?: Set<string>;
  /** Every sentence as read: events look across the article for what is true elsewhere. */
  reads?: readonly ReadSentence[];
  /** Event questions already asked: the same question twice (two injuries of one player) is dropped. */
  askedEvents?: Set<string>;
}

const SALIENCE: Record<Proposal['kind'], number> = {
  score: 10, money: 9, minute: 8, rank: 8, age: 8, attendance: 7, date: 7, list: 7, count: 6, duration: 6,
  team: 5, club: 5, person: 5, competition: 5, venue: 4, award: 4, year: 4, injury: 8,
};
/** An event's role asked by its own template outranks a span read alone. */
const EVENT_SALIENCE = 9;
const ENTITY_TYPE: Record<EntityKind, EntityType> = {
  team: 'team', club: 'club', competition: 'tournament', person: 'person', venue: 'text', award: 'text', year: 'text',
};
const LABEL: Record<Proposal['kind'], string> = {
  score: 'score', money: 'fee or sum', minute: 'minute', rank: 'rank', age: 'age', attendance: 'attendance', date: 'date',
  list: 'list', count: 'count', duration: 'duration', team: 'team', club: 'club', person: 'person', competition: 'competition',
  venue: 'venue', award: 'award', year: 'year', injury: 'injury',
};

export function propose(sentence: Sentence, read: ReadSentence, article: ArticleView): { facts: Proposal[]; skipped: Skip[] } {
  const facts: Proposal[] = [];
  const skipped: Skip[] = [];
  const clauseAt = (pos: number) => read.clauses.find((c) => pos >= c.start && pos < c.end) ?? read.clauses.at(-1);
  const inList = (s: number) => read.lists.some((l) => s >= l.start && s < l.end);
  const add = (kind: Proposal['kind'], start: number, end: number, answer: Answer, extra: Partial<Proposal>, unit?: string) => {
    const text = read.text.slice(start, end);
    const clause = clauseAt(start);
    if (!clause || clause.unresolved) return void skipped.push({ text, why: 'its clause says “he”, “she” or “they” and no earlier name resolves it' });
    const isActor = clause.actor?.named && clause.actor.named.start === start;
    // "the 24-year-old" is an age of whoever the epithet stands for; a dateline's date is the event's.
    const epithet = read.refs.find((r) => start >= r.start && end <= r.end);
    if (epithet && !epithet.name) return void skipped.push({ text, why: 'an age of someone the article has not named yet' });
    const subject = epithet ? epithet.name : isActor || !clause.actor || start < read.bodyStart ? article.title : clause.actor.name;
    // A dateline's date is when the report was filed, not an event of it.
    if (start < read.bodyStart) return void skipped.push({ text, why: 'the dateline: when the report was filed, not what happened' });
    const via = clause.actor?.ref ? `; subject ${subject} from “${clause.actor.ref.text}”` : '';
    const templated = template(kind, read, clause, start, answer, article);
    const prompts = templated.ask ? { ask: templated.ask, statement: templated.statement! } : promptsFor(kind, read, clause, start, end, article, unit);
    if (typeof prompts === 'string') return void skipped.push({ text, why: prompts });
    facts.push({
      sentence, kind, subject, answer, text, span: { start, end },
      relation: `${LABEL[kind]} (sentence ${sentence.number})`,
      ...prompts,
      salience: SALIENCE[kind] - (isActor ? 2 : 0),
      note: `${LABEL[kind]} “${text}”${via}`,
      ...templated,
      ...extra,
    });
  };

  // Events first: a role an event reads is asked by its template, and no span path asks it again.
  const events = readEvents({ read, clauseAt, women: article.women, ...(article.reads ? { reads: article.reads } : {}) });
  const byEvent = (s: number, e: number) => events.some((f) => s < f.span.end && e > f.span.start);
  for (const e of events) {
    const why = eventRefusal(e, article);
    if (why) skipped.push({ text: read.text.slice(e.span.start, e.span.end), why });
    else facts.push(eventProposal(e, sentence, read));
  }
  for (const v of read.values) {
    if (inList(v.start) || byEvent(v.start, v.end)) continue;
    add(v.kind, v.start, v.end, v.answer, {
      ...(v.wrong ? { wrong: v.wrong } : {}), ...(v.min !== undefined ? { min: v.min } : {}), ...(v.max !== undefined ? { max: v.max } : {}),
      ...(v.kind === 'count' && !v.unit ? { salience: 3 } : {}),
    }, v.unit);
  }
  for (const n of read.names) {
    if (inList(n.start) || byEvent(n.start, n.end)) continue;
    // The article's own subject is asked once, where it is first named in full ("who retired?").
    if (n.kind === 'person' && n.canonical === article.mainSubject && !(n.text === n.canonical && !article.askedMain?.has(n.canonical) && article.askedMain?.add(n.canonical))) {
      skipped.push({ text: n.text, why: 'the article’s own subject: no question' });
      continue;
    }
    const short = n.kind === 'club' && !/\s/.test(n.text) && n.canonical !== n.text && n.canonical.includes(n.text);
    const value = n.kind === 'competition' && n.year ? n.text : n.kind === 'person' || n.kind === 'team' || short ? n.canonical : n.text;
    add(n.kind, n.start, n.end, { type: ENTITY_TYPE[n.kind], value }, {
      entity: { kind: n.kind, canonical: [n.canonical, n.text] },
      ...(n.kind === 'competition' && !n.year ? { salience: article.topics?.has(n.canonical) ? 0 : 3 } : {}),
      // "France’s squad", "his France career": the team as an attribute is rarely worth asking.
      ...((n.kind === 'team' || n.kind === 'club') && ATTRIBUTE.test(read.masked.slice(n.end, n.end + 25)) ? { salience: 2 } : {}),
    });
  }
  // Who said what: the speaker of a short whole quotation, named in the sentence.
  const said = findSaid(read.text, read.names);
  if (said) {
    const who = said.speaker.canonical;
    facts.push({
      // Who said it and what: the whole sentence is the quote.
      sentence, kind: 'person', subject: article.title, answer: { type: 'person', value: who }, text: said.speaker.text, span: { start: 0, end: read.text.length },
      relation: `speaker (sentence ${sentence.number})`, ask: `Who said: “${said.words}”?`, statement: `{answer} said: “${said.words}”`,
      salience: 8, note: `the speaker of “${said.words}”`, entity: { kind: 'person', canonical: [who, said.speaker.text] },
    });
  }
  for (const l of read.lists) {
    const values = [...new Set(l.members.map((m) => (l.kind === 'person' || l.kind === 'team' ? m.canonical : m.text)))];
    if (values.length < 3) continue;
    add('list', l.start, l.end, { type: 'set', of: ENTITY_TYPE[l.kind], values }, {
      entity: { kind: l.kind, canonical: l.members.map((m) => m.canonical) },
    });
  }
  for (const f of facts.filter((x) => x.salience <= 2)) skipped.push({ text: f.text, why: 'what the whole article is about, or an attribute (“France’s squad”): no question' });
  facts.splice(0, facts.length, ...facts.filter((x) => x.salience > 2));
  // One sentence gives its own facts away: keep the few that matter most.
  // Equal salience: a real question before a gap-fill.
  const gapLast = (f: Proposal) => (f.ask.startsWith('Fill the gap') ? 1 : 0);
  facts.sort((a, b) => b.salience - a.salience || gapLast(a) - gapLast(b) || a.sentence.number - b.sentence.number);
  // Each event read adds a fact the sentence states plainly: up to two more than the spans alone.
  const cap = MAX_FACTS_PER_SENTENCE + Math.floor(read.text.length / 150) + Math.min(events.length, 2);
  for (const f of facts.splice(cap)) skipped.push({ text: f.text, why: `only ${cap} facts from a sentence this long; this one matters less` });
  for (const f of facts) if (f.answer.type === 'set') decorateSet(f);
  // "Which club does Graham Potter manage?" after his sacking is false: the past holds.
  if (article.reads) for (const f of facts) f.ask = pastForExits(f.ask, exitedPeople(article.reads));
  return { facts, skipped };
}

/** Why an event fact is not drafted: the article's own subject as the answer again, or a question already asked. */
function eventRefusal(e: EventFact, article: ArticleView): string | undefined {
  const value = 'value' in e.answer ? String(e.answer.value) : '';
  if (e.answer.type === 'person' && value === article.mainSubject) {
    if (article.askedMain?.has(value)) return 'the article’s own subject: no question';
    article.askedMain?.add(value);
  }
  article.askedEvents ??= new Set();
  if (article.askedEvents.has(e.ask)) return `“${e.ask}” is already asked of an earlier sentence`;
  article.askedEvents.add(e.ask);
  return undefined;
}

function eventProposal(e: EventFact, sentence: Sentence, read: ReadSentence): Proposal {
  return {
    sentence, kind: e.kind, subject: e.subject, answer: e.answer, text: read.text.slice(e.span.start, e.span.end), span: e.span,
    relation: `${e.role} (sentence ${sentence.number})`, ask: e.ask, statement: e.statement, salience: EVENT_SALIENCE,
    note: `${e.event}: ${e.note}`,
    ...(e.wrong ? { wrong: e.wrong } : {}), ...(e.exclude?.length ? { exclude: e.exclude } : {}),
    ...(e.min !== undefined ? { min: e.min } : {}), ...(e.max !== undefined ? { max: e.max } : {}),
    ...(e.entity ? { entity: e.entity } : {}),
  };
}

/** The wh-question where the clause reads plainly; else a gap-fill of the clause as a sentence of
 *  its own; else of the whole sentence if it is short; else a reason to skip. Never a cut fragment. */
function promptsFor(kind: Proposal['kind'], read: ReadSentence, clause: Clause, start: number, end: number, article: ArticleView, unit?: string): { ask: string; statement?: string; whyGap: string } | { ask: string; statement?: string } | string {
  const wh = kind === 'list' || kind === 'injury' ? {} : askAbout({
    text: read.text, masked: read.masked, names: read.names, clauses: read.clauses, clause, span: { start, end }, kind: kind, ...(unit ? { unit } : {}), women: article.women,
  });
  const cut = [wh.ask, wh.statement].map((t) => t && droppedConjunct(t, read, { start, end })).find(Boolean);
  const misfit = wh.ask ? answerMisfit(wh.ask, kind) : undefined;
  // A month alone ("in August") is asked for by month, not by date.
  if (wh.ask && unit === 'month') wh.ask = wh.ask.replace(/^(?:In|On) what date\b/, 'In which month');
  if (wh.ask && !cut && !misfit) return { ask: wh.ask, ...(wh.statement ? { statement: wh.statement } : {}) };
  const whyGap = cut ? `the question would keep “${cut[0]}” and drop “${cut[1]}”, said of them together`
    : misfit ?? (kind === 'list' ? 'a list is asked as a gap' : wh.why ?? 'no wh-question written');
  if (wh.statement && wh.statement.length <= 200 && !cut) return { ask: `Fill the gap: “${wh.statement.replace('{answer}', '_____')}”`, statement: wh.statement, whyGap };
  const gap = gapFill(read.text, { start, end }, explicitSubjects(read.clauses, read.text), 'Fill the gap', read.bodyStart);
  if (!gap) return `no question reads without the rest of its sentence (${whyGap}), and the sentence is too long to quote whole`;
  return { ...gap, whyGap };
}

/** What each wh-phrase asks for, and the kinds of answer that fit it. */
const WH_KINDS: ReadonlyArray<[RegExp, ReadonlyArray<Proposal['kind']>, string]> = [
  [/\bwhich (?:season|year)\b/i, ['year', 'date'], 'a season or year'],
  [/\bwhose (?:ground|stadium|home)\b/i, ['club', 'team'], 'a club’s ground'],
  [/\bwhich (?:competition|tournament|league|cup)\b/i, ['competition', 'award'], 'a competition'],
  [/\bwhich (?:stadium|ground|venue)\b/i, ['venue', 'club'], 'a ground'],
  [/\bwhich (?:country|nation)\b/i, ['team', 'venue'], 'a country'],
];

/** "In which season…?" answered with "Premier League", "On whose ground…?" with a player: the
 *  answer is not the kind of thing the question asks for. */
function answerMisfit(ask: string, kind: Proposal['kind']): string | undefined {
  for (const [phrase, kinds, wants] of WH_KINDS) {
    const m = phrase.exec(ask);
    if (m && !kinds.includes(kind)) return `“${m[0]}” asks for ${wants}, and the span is a ${LABEL[kind]}`;
  }
  return undefined;
}

/** "for Dortmund and RB Salzburg": a question that names one of two names the sentence joins with
 *  "and" (or "or") and not the other says of one what the article says of both. A partner the
 *  name finder did not type ("Dortmund" alone may be a city) still counts when capitalised. */
function droppedConjunct(written: string, read: ReadSentence, span: { start: number; end: number }): [string, string] | undefined {
  const CAPS = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*`;
  const before = new RegExp(`(${CAPS}),?\\s+(?:and|or|&)\\s+$`, 'u');
  const after = new RegExp(`^,?\\s+(?:and|or|&)\\s+(${CAPS})`, 'u');
  const lower = written.toLowerCase();
  const says = (t: string) => lower.includes(t.toLowerCase());
  for (const n of read.names) {
    const isAnswer = n.start < span.end && n.end > span.start;
    const own = says(n.text) || says(n.canonical);
    const windowStart = Math.max(0, n.start - 60);
    const b = before.exec(read.masked.slice(windowStart, n.start));
    const a = after.exec(read.masked.slice(n.end, n.end + 60));
    const overlaps = (from: number, to: number) => from < span.end && to > span.start;
    const partners = [
      b && !overlaps(windowStart + b.index, windowStart + b.index + b[1]!.length) ? b[1] : undefined,
      a && !overlaps(n.end + a[0].length - a[1]!.length, n.end + a[0].length) ? a[1] : undefined,
    ].map((p) => p?.replace(/^(?:Former|Ex|The|A|An)\s+/, ''));
    for (const p of partners) {
      if (!p || /^(?:The|A|An|He|She|They|It)$/.test(p)) continue;
      const named = says(p);
      // "in Australia and New Zealand" asked "In which country…?": either is right, unless the
      // question names the other. A partner of another kind ("England and Manchester City
      // midfielder" asked "Which club…?") does not answer it.
      if (isAnswer) {
        const kind = read.names.find((x) => x.text === p || x.canonical === p)?.kind;
        if (!named && (kind === undefined || kind === n.kind)) return [n.text, p];
        continue;
      }
      if (own && !named) return [n.text, p];
      if (named && !own) return [p, n.text];
    }
  }
  return undefined;
}

/** Set answers: the gap holds the whole list, each option one member. */
function decorateSet(f: Proposal): void {
  const window = f.ask.replace(/^Fill the gap: /, '');
  f.ask = `Which of these belongs in the gap? ${window}`;
  (f as Proposal & { not?: string }).not = `Which of these does NOT belong in the gap? ${window}`;
}

/** Pronouns and epithets that stand for a clause's actor, spelled out for the prompt. */
function explicitSubjects(clauses: readonly Clause[], _text: string): Replace[] {
  const out: Replace[] = [];
  for (const c of clauses) {
    const ref = c.actor?.ref;
    if (!ref || c.actor!.possessive || out.some((r) => r.start === ref.start)) continue;
    const isPronoun = /^(he|she|they)$/i.test(ref.text);
    const name = c.actor!.name;
    out.push({ ...ref, text: isPronoun ? name : `${ref.text} (${name})` });
  }
  return out;
}

const ATTRIBUTE = /^(?:[’']s\b|\s+(?:squad|side|team|career|shirt|fans|supporters|camp|set-up|setup|dressing room|colours|jersey|national team)\b)/i;
const DEBUT = /\b((?:international|senior|first-team|Premier League|league|competitive|professional|Test|full|club|World Cup|Champions League)\s+)?debut\b/i;

/** A question that names the relation, when the clause says it plainly. */
function template(kind: Proposal['kind'], read: ReadSentence, clause: Clause | undefined, start: number, answer: Answer, article: ArticleView): Partial<Proposal> {
  const actor: Actor | undefined = clause?.actor;
  if (!actor || actor.kind !== 'person' || !clause) return {};
  const body = read.masked.slice(clause.start, clause.end);
  const before = read.masked.slice(Math.max(clause.start, start - 12), start);
  const his = article.women ? 'her' : 'his';
  const debut = DEBUT.exec(body);
  if (debut && kind === 'team' && /against\s+$/.test(before)) {
    const which = (debut[1] ?? '').trim();
    const label = which ? `${which} debut` : 'debut';
    return {
      ask: `Against which team did ${actor.name} make ${his} ${label}?`,
      statement: `${actor.name} made ${his} ${label} against {answer}.`,
      relation: `${label} opponent`,
      salience: 9,
    };
  }
  if (debut && kind === 'date' && answer.type === 'date') {
    const label = debut[1] ? `${debut[1].trim()} debut` : 'debut';
    return {
      ask: `When did ${actor.name} make ${his} ${label}?`, statement: `${actor.name} made ${his} ${label} in {answer}.`, relation: `${label} date`,
      salience: 9, event: `${actor.name}’s ${label}`, date: answer.value,
    };
  }
  if (kind === 'age' && /\bdied\b/i.test(body) && /\baged\s+$/.test(before)) {
    return { ask: `How old was ${actor.name} when ${article.women ? 'she' : 'he'} died?`, statement: `${actor.name} died aged {answer}.`, relation: 'age at death', salience: 9 };
  }
  return {};
}
