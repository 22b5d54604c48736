// The shared shapes of wh-question writing: what a span is, where a clause's subject and verb
// stand (its core), and the phrase that moves to the front of a question.
import type { Clause } from '../clauses';
import type { Name } from '../names';

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
  /** Set by the writer: why no question was written (the last refusal on the way), for --explain and the bench. */
  why?: string;
}

export interface WhOutput {
  ask?: string;
  statement?: string;
  /** Why no wh-question was written, when none was. */
  why?: string;
}

/** Records why a question was refused and returns nothing, so a refusal reads `return refuse(input, '…')`. */
export function refuse(input: WhInput, why: string): undefined {
  input.why = why;
  return undefined;
}

/** Longest question written; longer ones are cut at a comma or given up. */
export const MAX_ASK = 110;
export const MAX_STATEMENT = 170;

export interface Token { text: string; start: number; end: number }
export interface Core {
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
  /** The finite verb as a question about the subject writes it, when the clause does not ("winning" → "won"). */
  written?: string;
}


export interface Phrase {
  start: number;
  end: number;
  wh: string;
  /** What stays in the span's place ("a 128th-minute equaliser" → "the equaliser"). */
  keep?: string;
}


export function tokens(text: string, start: number, end: number): Token[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({ text: m[0], start: start + m.index, end: start + m.index + m[0].length }));
}

