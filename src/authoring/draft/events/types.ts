// A football event read from one clause: what happened (an injury, a league position, an award…)
// and its typed roles, each of which can become a fact with its own templated wh-question.
import type { Answer } from '../../../domain/pack/schema';
import type { Clause } from '../clauses';
import type { NameKind } from '../names';
import type { ReadSentence } from '../read-sentence';
import type { ValueKind } from '../values';

export type EventKind = 'injury' | 'table' | 'award' | 'ban' | 'result' | 'record' | 'transfer';

/** One role of an event, asked as its own question. */
export interface EventFact {
  event: EventKind;
  /** "injury", "time out", "league position", "winner": names the relation. */
  role: string;
  /** The span's kind, for salience and wrong answers of the same kind. */
  kind: ValueKind | NameKind | 'injury';
  /** Who or what the event is about ("Lionel Messi", "Chelsea"). */
  subject: string;
  answer: Answer;
  ask: string;
  /** A complete sentence with {answer}. */
  statement: string;
  /** The answer's characters in the sentence: its clause becomes the fact's quote. */
  span: { start: number; end: number };
  wrong?: string[];
  /** Values the article says are true of the same relation: never offered as wrong. */
  exclude?: string[];
  min?: number;
  max?: number;
  entity?: { kind: NameKind; canonical: string[] };
  /** Why it was read this way, for --explain. */
  note: string;
}

/** What a recogniser sees: the sentence as read, and the whole article's reads for what is true elsewhere. */
export interface EventInput {
  read: ReadSentence;
  clauseAt: (pos: number) => Clause | undefined;
  women: boolean;
  /** Every sentence of the article as read (for values true elsewhere); may be absent in tests. */
  reads?: readonly ReadSentence[];
}

export type Recogniser = (input: EventInput) => EventFact[];
