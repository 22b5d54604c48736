// A clause and one span of it → a wh-question about the event, and the clause as a statement that
// stands on its own. "Arsenal signed Declan Rice from West Ham for £105m" with "West Ham" becomes
// "From which club did Arsenal sign Declan Rice for £105m?": the phrase holding the span moves to
// the front as a wh-phrase of the span's kind, the verb takes "did" (or its own auxiliary inverts),
// and the subject is named ("he" and "the midfielder" become the person they stand for). Only the
// shapes read with confidence are written; anything else returns undefined and the caller falls
// back to a gap-fill or skips the span.
import { absoluteCore, existentialCount } from './absolute';
import { coreOf, innerCore, joinedCore, leadingCore } from './core';
import { conjunctEnd, movedPhrase, secondVerb, subordinateEnd } from './phrase';
import { entityWh } from './span-wh';
import { minuteOf, scoreOf, scoreQuestion } from './score';
import { cutAtComma, finish, lowerFirst, tidy } from './text';
import type { Name } from '../names';
import { MAX_STATEMENT, refuse, tokens, type Core, type WhInput, type WhOutput } from './types';
import { ROLES } from './words';
import { AUXILIARIES, finiteVerb, isBase, singularAux } from '../verbs';

/** The wh-question and the standalone statement for one span, as far as each can be written. */
export function askAbout(given: WhInput): WhOutput {
  const input: WhInput = { ...given, why: undefined };
  const existential = existentialCount(input);
  if (existential) return { ask: existential };
  const inner = innerCore(input);
  const main = inner ?? coreOf(input, input.clause);
  // Why the clause's own subject and verb were not found: the reason that matters when no other reading works.
  const mainWhy = input.why;
  const core = main ?? absoluteCore(input) ?? leadingCore(input) ?? joinedCore(input);
  if (!core) {
    const ask = input.kind === 'score' ? scoreOf(input) : input.kind === 'minute' ? minuteOf(input) : undefined;
    return ask ? { ask } : { why: mainWhy ?? input.why ?? 'no subject and verb read in the clause' };
  }
  const statement = statementOf(input, core);
  input.why = undefined;
  const ask = questionOf(input, core);
  return { ...(ask ? { ask } : { why: input.why ?? 'no question shape fits this span' }), ...(statement ? { statement } : {}) };
}

/** The clause as a sentence that stands alone, the span replaced by {answer}. */
export function statementOf(input: WhInput, core: Core): string | undefined {
  const { text, span } = input;
  const from = core.lead ? core.lead.start : core.start;
  if (span.start < from || span.end > core.end) return undefined;
  const inSubject = span.start >= core.subject.start && span.end <= core.subject.end;
  const subject = inSubject ? text.slice(core.subject.start, span.start) + '{answer}' + text.slice(span.end, core.subject.end) : core.subject.as;
  const rest = (a: number, b: number) => (span.start >= a && span.end <= b ? text.slice(a, span.start) + '{answer}' + text.slice(span.end, b) : text.slice(a, b));
  let body = `${subject}${core.skip ? text.slice(core.skip.start, core.skip.end).trimEnd() : ''} ${core.written ?? core.verb.text}${rest(core.verb.end, core.end)}`;
  if (core.lead) body = `${rest(core.lead.start, core.lead.end)}${core.lead.end < core.subject.start && text[core.lead.end] === ',' ? ',' : ''} ${body}`;
  body = tidy(body);
  if (body.length > MAX_STATEMENT) body = cutAtComma(body, '{answer}') ?? body;
  if (body.length > MAX_STATEMENT || !body.includes('{answer}')) return undefined;
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
}

export function questionOf(input: WhInput, core: Core): string | undefined {
  const { text, span, kind } = input;
  const inSubject = span.start >= core.subject.start && span.end <= core.subject.end;
  if (kind === 'score') return scoreOf(input) ?? (inSubject ? refuse(input, 'a score inside the subject') : scoreQuestion(input, core));
  if (kind === 'minute' && inSubject) return minuteOf(input);
  if (kind === 'person' && !inSubject) {
    const signed = signingOf(input, core);
    if (signed) return signed;
  }
  if (inSubject) return subjectQuestion(input, core);
  const phrase = movedPhrase(input, core);
  if (!phrase) return input.why ? undefined : refuse(input, 'the phrase holding the span has no wh-shape');
  if (phrase.start < core.verb.end && !core.lead) return refuse(input, 'the span stands before the verb, outside the subject');
  const second = phrase.start > core.verb.end ? secondVerb(input, core, phrase.start) : undefined;
  if (second === 'unsafe') return undefined;
  const main = perfectAsPast(input, phrase.wh, second ?? core);
  if (!main.aux) return refuse(input, `the verb is not one the drafter knows the base form of: “${main.verb.text}”`);
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
  if (!isPersonSubject(input, core) && /\b(?:his|her|him)\b/i.test(rest)) return refuse(input, '“his” or “her” in a question whose subject is no person');
  const question = tidy(`${front} ${main.aux} ${core.subject.as} ${verb} ${rest}${lead}`);
  const asked = finish(question, input);
  // Cut to length, a question must still hold every word between its verb and the span's place.
  const between = tokens(after, 0, Math.max(0, phrase.start - restStart));
  const lastVerb = between.findLastIndex((w) => isBase(w.text) || !!finiteVerb(w.text) || AUXILIARIES.has(w.text.toLowerCase()));
  const mustKeep = lastVerb >= 0 ? tidy(after.slice(0, between[lastVerb]!.end)) : '';
  if (asked && mustKeep && !asked.includes(mustKeep)) return refuse(input, 'the question cut to length would lose the verb the span belongs to');
  return asked;
}

export function isPersonSubject(input: WhInput, core: Core): boolean {
  return input.names.some((n) => n.kind === 'person' && n.start >= core.subject.start && n.end <= core.subject.end) || core.subject.as === input.clause.actor?.name && input.clause.actor.kind === 'person';
}

export const SIGNING = /^(?:(?:has|have|had)\s+)?(?:officially\s+|finally\s+)?(?:completed|announced|confirmed|sealed|finalised|finalized|made)\s+the\s+(?:signing|capture)\s+of\s+((?:[\p{L}’'-]+\s+){0,3})$/u;

/** "City completed the signing of Norwegian star striker Erling Haaland from Dortmund" asks
 *  "Which player did Manchester City sign from Dortmund?". */
export function signingOf(input: WhInput, core: Core): string | undefined {
  const { text, span } = input;
  const m = SIGNING.exec(text.slice(core.verb.start, span.start));
  if (!m || (m[1] && !m[1].trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || ROLES.test(w) || /^(?:star|international|young|teenage|new)$/.test(w)))) return undefined;
  const rest = text.slice(span.end, conjunctEnd(input, core, span.end));
  return finish(tidy(`Which player did ${core.subject.as} sign ${rest}`), input);
}

/** "Who scored in the 65th minute?": the span is the clause's subject. */
export function subjectQuestion(input: WhInput, core: Core): string | undefined {
  const { text, span, kind } = input;
  const written = text.slice(core.subject.start, core.subject.end);
  const name = input.names.find((n) => n.start === span.start && n.end === span.end);
  if (!name) return refuse(input, 'the span in the subject is no name');
  const playsFor = clubOfDescribed(input, core, name);
  if (playsFor) return playsFor;
  // Only the name itself (or "The Gunners", "coach Raymond Domenech") as subject: "Bowen's winner" is no who-question.
  const prefix = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,2})(\p{L}+(?:-\p{L}+)?)\s+$/u.exec(text.slice(core.subject.start, span.start));
  const role = prefix?.[2] && (!prefix[1] || input.names.some((n) => n.start === core.subject.start + text.slice(core.subject.start).indexOf(prefix[1]!) && (n.kind === 'team' || n.kind === 'club')))
    ? `${prefix[1] ?? ''}${prefix[2]}` : undefined;
  const roleWord = prefix?.[2];
  // "Alessia Russo’s second-half goal lifted England…" asks "Whose second-half goal lifted England…?".
  const owned = /^[’']s\s+([^,;:()]+)$/u.exec(text.slice(span.end, core.subject.end));
  // "Beth England's sumptuous curled opener" is no clause: the possession must end on a noun.
  if (kind === 'person' && span.start === core.subject.start && owned && !/[’']s\b/u.test(owned[1]!) && !/(?:ous|ful|ive|ic|ing|ed)$/.test(owned[1]!.trim())) {
    const and = /\s(?:and|but)\s+(?:\p{Ll}+\s+)?(?:are|is|were|was|have|has|will)\s/u.exec(text.slice(core.verb.end, core.end));
    const tail = text.slice(core.verb.start, subordinateEnd(input, core.verb.end, and ? core.verb.end + and.index : core.end));
    return finish(tidy(`Whose ${owned[1]!.trim()} ${tail}`), input);
  }
  if (span.end !== core.subject.end) return refuse(input, 'the subject is more than the name (“Bowen’s winner”, “Arsenal and Chelsea”)');
  const asRole = !!role && !!roleWord && ROLES.test(roleWord.toLowerCase()) && kind === 'person';
  // "Former England and Manchester City midfielder Colin Bell has died" asks "Which former England and
  // Manchester City midfielder has died…?": the description, up to its role, is the wh-phrase.
  const described = kind === 'person' && !asRole ? describedRole(input, core.subject.start, span.start) : undefined;
  if (described) return finish(tidy(`Which ${described} ${core.aux && !['did', 'does', 'do'].includes(core.aux) ? singularAux(core.verb.text) : text.slice(core.verb.start, core.verb.end)} ${text.slice(core.verb.end, subordinateEnd(input, core.verb.end, core.end))}`), input);
  if (!/^(?:[Tt]he\s+)?$/.test(text.slice(core.subject.start, span.start)) && !asRole) return refuse(input, 'the subject is more than the name (“Bowen’s winner”, “Arsenal and Chelsea”)');
  void written;
  // "The Gunners" as an answer would be a nickname; the club itself is asked elsewhere.
  if ((kind === 'club' || kind === 'team') && name.canonical !== name.text && !name.canonical.includes(name.text)) return refuse(input, 'the subject is a nickname');
  // "Roger Ibañez also missed his as Sevilla beat Roma": "his" what, the player cannot tell.
  if (/\b(?:his|her|their)(?=\s+(?:as|and|but|when|after|before)\b|[,.;]|$)/.test(text.slice(core.verb.end, core.end))) return refuse(input, 'the clause leaves out what “his” or “her” stands for');
  const wh = asRole ? `which ${role.replace(/[’']s\b/u, '').replace(/\p{L}+$/u, (w) => w.toLowerCase())}` : entityWh(kind, name, input.women, undefined);
  if (!wh) return refuse(input, 'no wh-word for this kind of name');
  // "Chelsea play Liverpool" asks "Which club plays Liverpool?": a lone wh-subject is singular.
  const verb = core.written ? core.written : core.aux === 'do' && core.base ? thirdPerson(core.base) : !core.aux || core.aux === 'did' || core.aux === 'does' || core.aux === 'do' ? text.slice(core.verb.start, core.verb.end) : singularAux(core.verb.text);
  const lead = core.lead ? `, ${lowerFirst(text.slice(core.lead.start, core.lead.end))}` : '';
  // "Chelsea play Liverpool on Tuesday and are set to face Real Madrid": only the conjunct of the subject's verb.
  const and = /\s(?:and|but)\s+(?:\p{Ll}+\s+)?(?:are|is|were|was|have|has|will)\s/u.exec(text.slice(core.verb.end, core.end));
  const end = subordinateEnd(input, core.verb.end, and ? core.verb.end + and.index : core.end);
  const asked = finish(tidy(`${wh.charAt(0).toUpperCase()}${wh.slice(1)} ${verb} ${text.slice(core.verb.end, end)}${lead}`), input);
  // "Who came third?", "Who won the past two?": an absolute clause says too little without its sentence.
  if (asked && core.written && asked.length < 40) return refuse(input, 'a clause “with X …ing” too short to ask without its sentence');
  return asked;
}

/** "Former England and Manchester City midfielder " → "former England and Manchester City midfielder":
 *  describing words ending on a role, the first written small unless it begins a name. */
function describedRole(input: WhInput, from: number, to: number): string | undefined {
  const words = input.text.slice(from, to).trim().split(/\s+/);
  if (words.length < 2 || words.length > 8 || !(ROLES.test(words.at(-1)!) || /^(?:man|winner)$/.test(words.at(-1)!))) return undefined;
  if (!words.every((w) => /^(?:and|former|ex-[\p{L}-]+|[\p{L}-]+-(?:time|born)|[\p{Lu}][\p{L}’'-]*|man|winner)$/u.test(w) || ROLES.test(w))) return undefined;
  const first = words[0]!;
  const beginsName = input.names.some((n) => n.start === from);
  const [head, ...rest] = /^(?:A|An|The)$/.test(first) ? words.slice(1) : words;
  if (!head) return undefined;
  return [beginsName ? head : head.charAt(0).toLowerCase() + head.slice(1), ...rest].join(' ');
}

/** "When has he died?" reads wrong: a time asked of a present perfect takes the past ("When did
 *  Colin Bell die?"), when the participle's base form is known. */
function perfectAsPast(input: WhInput, wh: string, main: Pick<Core, 'verb' | 'aux' | 'base'>): Pick<Core, 'verb' | 'aux' | 'base'> {
  if (!/^(?:has|have)$/.test(main.aux) || !/^(?:when|at what age|which year|in which year|what date|in which minute)$/.test(wh)) return main;
  const next = tokens(input.text, main.verb.end, input.clause.end)[0];
  const form = next && finiteVerb(next.text.replace(/[,;:.]+$/, ''));
  if (!next || !form || form.tense !== 'past') return main;
  return { verb: { ...next, end: next.end - (/[,;:.]+$/.exec(next.text)?.[0].length ?? 0) }, aux: 'did', base: form.base };
}

/** "play" → "plays", "reach" → "reaches", "carry" → "carries". */
function thirdPerson(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const PLAYS = /^(?:winger|midfielder|striker|forward|defender|goalkeeper|keeper|full-back|centre-back|captain|star|player|international|skipper|attacker|playmaker|centre-forward|wing-back|left-back|right-back)$/;
const MANAGES = /^(?:manager|coach|boss)$/;

/** "Manchester City striker Erling Haaland has broken…" with "Manchester City" asks "Which club does
 *  Erling Haaland play for?"; "Former England and Manchester City midfielder Colin Bell" asks in the
 *  past. Only a club or national team in a description that ends on a role and then the person. */
function clubOfDescribed(input: WhInput, core: Core, name: Name): string | undefined {
  if (name.kind !== 'club' && name.kind !== 'team') return undefined;
  const { text } = input;
  const person = input.names.find((n) => n.kind === 'person' && n.end === core.subject.end);
  if (!person || name.end > person.start) return undefined;
  const words = text.slice(core.subject.start, person.start).trim().split(/\s+/);
  const role = words.at(-1)!.toLowerCase();
  if (!PLAYS.test(role) && !MANAGES.test(role) && role !== 'loanee') return undefined;
  // Only names, "and" and the role (with "former"/"star" before it): "Brighton loanee" and "the visitors' defender" are not.
  if (!words.slice(0, -1).every((w) => /^(?:and|former|ex-?|star|the)$/i.test(w) || /^\p{Lu}/u.test(w))) return undefined;
  if (words.slice(0, -1).some((w) => /[’']s?$/.test(w))) return undefined;
  const former = /^(?:former|ex-?)$/i.test(words[0]!);
  const wh = name.kind === 'club' ? 'Which club' : input.women ? 'Which national team' : 'Which country';
  // "Brighton loanee Jeremy Sarmiento" plays elsewhere, on loan from Brighton.
  if (role === 'loanee') return name.kind === 'club' ? finish(`From which club ${former ? 'was' : 'is'} ${person.canonical} on loan`, input) : undefined;
  const doing = MANAGES.test(role) ? 'manage' : 'play for';
  return finish(`${wh} ${former ? 'did' : 'does'} ${person.canonical} ${doing}`, input);
}

