// What a fact shows, cut down to what states it. A fact whose question, statement or explanation
// names another fact's answer ties the two into one group, and an article of ten sentences then
// cannot fill a round. Where the other answer stands after the fact's own, the text is cut before
// the phrase that holds it ("Which player did City sign | from Borussia Dortmund?"); where it
// stands before, a gap or quote may start at the next clause ("…33rd goal as | Bayern Munich
// thrashed…"). Nothing is cut when the cut would leave too little to read, end on a word that
// needs what was cut, or drop the fact's own answer; a question about a number keeps every phrase.
import type { Fact } from '../../domain/pack/schema';
import { fillAnswer } from '../../domain/text';
import { answerText } from '../../domain/questions/forms';
import { giveaways, type Giveaway } from './giveaway';
import { capitalize } from './gap';
import { answerIsSpan, answerSpans } from './truth';
import { AUXILIARIES, finiteVerb } from './verbs';

/** Words a phrase that may be left off opens with: adjuncts and following clauses. */
const PHRASE = /^(?:as|after|with|on|at|from|against|over|during|since|before|while|when|whilst|but|despite|following|having|in|for|and|which|who|where|amid|including|until|ahead|under|without|because|than|via|thanks|courtesy)$/i;
/** For a question, only phrases whose loss leaves the question's meaning: no "in"/"for"/"to"
 *  ("How many goals in the Premier League" is not "How many goals"), no articles. */
const QUESTION_PHRASE = /^(?:as|after|with|on|at|from|during|since|while|when|whilst|but|despite|following|having|which|who|where|amid|including|until|ahead|thanks|courtesy)$/i;

/** Words a following clause opens with: what comes after one reads as a sentence of its own
 *  ("…his 33rd goal | as | Bayern Munich thrashed Union Berlin 5-1"). Not "after", "before" or
 *  "and": a noun or a verb often follows them ("after a 3-1 win", "and send the fans…"). */
const CLAUSE = /^(?:as|while|whilst|when|but|although|though|because)$/i;
const PRONOUN = /^(?:he|she|they|it|his|her|their|its|him|them|this|that|these|those)$/i;

/** Words a text cannot end on. */
const DANGLING = /^(?:and|or|but|the|a|an|of|to|for|in|on|at|by|with|from|as|his|her|their|its|than|into|who|which|that)$/i;
/** "three minutes after the opener": the time is counted from what follows. */
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches?|seasons?)$/i;

const MIN_QUOTE_WORDS = 7;
const MIN_QUESTION_WORDS = 5;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The longest prefix of `text` that ends before `before`, at or after `keep`, at a phrase
 *  boundary (before an opening word the pattern accepts, or at a comma), without trailing
 *  punctuation; undefined when there is none. */
export function cutBefore(text: string, keep: number, before: number, opens: RegExp): string | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(/(\s*[,;–—]\s*|\s+)([\p{L}’']+)/gu)) {
    const at = m.index;
    if (at < keep) continue;
    if (at >= before) break;
    // A following clause goes whole: cutting inside it leaves half of it ("…, but Sunday's return").
    if (/[,;–—]/.test(m[1]!) || CLAUSE.test(m[2]!)) {
      best = at;
      break;
    }
    if (opens.test(m[2]!)) best = at;
  }
  if (best === undefined) return undefined;
  const kept = text.slice(0, best).replace(/[\s,;:–—-]+$/u, '');
  // Never end on a word that needs what was cut ("…the first time and", "…three minutes | after X").
  const last = /([\p{L}’']+)$/u.exec(kept)?.[1] ?? '';
  const next = /^[\s,;–—]*([\p{L}’']+)/u.exec(text.slice(best))?.[1] ?? '';
  if (DANGLING.test(last) || (TIME_UNIT.test(last) && /^(?:after|before|since|until|from)$/i.test(next))) return undefined;
  return kept;
}

/** The text from the first clause that opens at or after `after` and ends after `keep` (the own
 *  answer's end), without its opening conjunction; undefined when there is none. */
export function cutAfter(text: string, after: number, keep: number): string | undefined {
  for (const m of text.matchAll(/(\s*[,;–—]\s*|\s+)([\p{L}’']+)\s+/gu)) {
    if (m.index < after) continue;
    const rest = m.index + m[0].length;
    if (rest >= keep) return undefined;
    if (!/;/.test(m[1]!) && !CLAUSE.test(m[2]!)) continue;
    const clause = text.slice(rest).trim();
    return readsAsClause(clause) ? clause : undefined;
  }
  return undefined;
}

/** A clause of its own: it opens on a name or a noun phrase, not on a verb or a pronoun, and a
 *  finite verb follows within a few words ("Bayern Munich thrashed…", not "turned it around…"). */
function readsAsClause(text: string): boolean {
  const ws = text.split(/\s+/);
  const first = ws[0] ?? '';
  if (PRONOUN.test(first) || (/^\p{Ll}/u.test(first) && !/^(?:the|a|an)$/i.test(first)) || finiteVerb(first)) return false;
  return ws.slice(1, 7).some((w) => !!finiteVerb(w.replace(/[^\p{L}]/gu, '')) || AUXILIARIES.has(w.toLowerCase()));
}

/** The first place the fact's own answer stands in this text, or -1. */
function ownStart(fact: Fact, text: string): number {
  return Math.min(Infinity, ...answerSpans({ ...fact, quote: text }).map(([start]) => start)) ?? -1;
}

const balanced = (text: string) => {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
};

/** Where the fact's own answer last ends in this text, or -1 when the text does not state it. */
function ownEnd(fact: Fact, text: string): number {
  const probe = { ...fact, quote: text };
  if (!answerIsSpan(probe)) return -1;
  return Math.max(-1, ...answerSpans(probe).map(([, end]) => end));
}

/** A quote keeps the article's words up to its sentence's end (the reader of the feedback sees
 *  the whole clause: cutting its tail lost more than it parted, on the dev articles), but may
 *  start at the clause that states the fact when another answer stands before it. */
function cutQuote(fact: Fact, g: Giveaway): boolean {
  if (ownEnd(fact, fact.quote.slice(0, g.from)) >= 0) return false;
  const cut = headCut(fact, fact.quote, g);
  if (!cut || words(cut) < MIN_QUOTE_WORDS || !balanced(cut) || !answerIsSpan({ ...fact, quote: cut })) return false;
  fact.quote = cut;
  return true;
}

/** The quote from the clause after the other answer, when it still states the own answer. */
function headCut(fact: Fact, quote: string, g: Giveaway): string | undefined {
  const start = ownStart(fact, quote.slice(g.to));
  if (!Number.isFinite(start)) return undefined;
  return cutAfter(quote, g.to, g.to + start);
}

const GAP = '_____';
const isCount = (fact: Fact) => ['number', 'year', 'date'].includes(fact.answer.type);

function cutAsk(fact: Fact, g: Giveaway): boolean {
  const ask = fact.prompts.ask;
  const gap = ask.indexOf(GAP);
  if (gap >= 0) {
    // A gap keeps its blank and a whole clause: "Fill the gap: “Kane scored his _____ goal in the Bundesliga.”"
    const open = ask.indexOf('“');
    if (open < 0) return false;
    if (g.to <= gap) {
      // The other answer before the blank: the gap opens at the next clause ("as Bayern… _____").
      const rest = cutAfter(ask, Math.max(g.to, open), gap);
      if (!rest || words(rest) < MIN_QUOTE_WORDS) return false;
      fact.prompts.ask = `${ask.slice(0, open + 1)}${capitalize(rest)}`;
      return true;
    }
    const cut = cutBefore(ask, gap + GAP.length, g.from, PHRASE);
    if (!cut || words(cut.slice(open)) < MIN_QUOTE_WORDS || !balanced(`${cut}”`)) return false;
    fact.prompts.ask = `${cut}.”`;
    return true;
  }
  // A question about a number keeps every phrase: each may be what the number counts.
  if (isCount(fact) || !ask.endsWith('?')) return false;
  const cut = cutBefore(ask, 0, g.from, QUESTION_PHRASE);
  if (!cut || words(cut) < MIN_QUESTION_WORDS || !balanced(cut)) return false;
  fact.prompts.ask = `${cut}?`;
  return true;
}

function cutStatement(fact: Fact, g: Giveaway): boolean {
  // A number's statement keeps every phrase, as its question does ("37 goals in 97 caps").
  if (isCount(fact)) return false;
  const statement = fact.prompts.statement!;
  const slot = statement.indexOf('{answer}');
  if (slot >= 0 && g.from > slot) {
    const cut = cutBefore(statement, slot + '{answer}'.length, g.from, PHRASE);
    if (cut && words(cut) >= MIN_QUESTION_WORDS && balanced(cut)) {
      fact.prompts.statement = `${cut}.`;
      return true;
    }
  }
  // A statement that must name another fact's answer is no true/false question for this one.
  delete fact.prompts.statement;
  return true;
}

function cutField(fact: Fact, g: Giveaway): boolean {
  if (g.field === 'quote') return cutQuote(fact, g);
  if (g.field === 'ask') return cutAsk(fact, g);
  if (g.field === 'statement') return cutStatement(fact, g);
  if (g.field === 'explanation' && fact.explanation !== fact.quote) {
    fact.explanation = fact.quote;
    return true;
  }
  return false;
}

/** Cuts what each fact shows until no cut helps, at most `rounds` passes. Each pass cuts each
 *  field of a fact once, before the first other answer it can be cut before (or after one, for a
 *  cut at the head). Changes the facts in place; returns how many texts were cut. */
export function shrinkShown(facts: Fact[], rounds = 2): number {
  let cuts = 0;
  for (let pass = 0; pass < rounds; pass++) {
    let changed = 0;
    const byField = new Map<string, Giveaway[]>();
    for (const g of giveaways(facts, true)) {
      const key = `${g.by}:${g.field}`;
      byField.set(key, [...(byField.get(key) ?? []), g]);
    }
    for (const found of byField.values()) {
      // The first other answer first: a cut before it is a cut before all the rest too.
      for (const g of found.sort((a, b) => a.from - b.from)) {
        if (cutField(facts[g.by]!, g)) {
          changed++;
          break;
        }
      }
    }
    // The explanation is the fact as a sentence while the statement names nothing else, else the quote.
    for (const f of facts) f.explanation = f.prompts.statement ? fillAnswer(f.prompts.statement, answerText(f)) : f.quote;
    cuts += changed;
    if (changed === 0) break;
  }
  return cuts;
}
