// What a pack check reports: a stable code for programs and tests, a message for people, and
// where it is (a JSON path, and line:column when the text is known). Codes never change meaning;
// messages may be reworded.

export type ProblemCode =
  // the file itself
  | 'file-unreadable'
  | 'too-big'
  | 'too-deep'
  | 'empty-file'
  | 'json-syntax'
  // the schema
  | 'required'
  | 'unknown-field'
  | 'reserved-key'
  | 'wrong-type'
  | 'unknown-answer-type'
  | 'bad-choice'
  | 'bad-id'
  | 'bad-format'
  | 'bad-date'
  | 'empty-text'
  | 'invisible-text'
  | 'bidi-control'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'option-count'
  | 'not-whole'
  | 'out-of-range'
  // the checks across the pack
  | 'duplicate-id'
  | 'unknown-pool'
  | 'unknown-fact'
  | 'bound-not-numeric'
  | 'self-bound'
  | 'event-without-date'
  | 'set-needs-prompt'
  | 'answer-outside-bounds'
  | 'wrong-is-answer'
  | 'wrong-is-true'
  | 'duplicate-member'
  | 'no-distractors'
  | 'pool-too-small'
  | 'no-room-for-distractors'
  | 'edge-of-bounds'
  | 'giveaway'
  | 'answer-index'
  | 'options-overlap'
  | 'few-groups'
  // the item-writing lint (check only; all warnings)
  | 'prompt-holds-answer'
  | 'quote-without-fact'
  | 'hint-shows-key'
  | 'trivial-fact'
  | 'telltale-event'
  | 'accent-mismatch'
  | 'number-format'
  // the source article (when the pack names one and the caller can read it)
  | 'source-unreadable'
  | 'quote-not-in-source'
  // a bug of ours, reported rather than thrown
  | 'internal-error';

export interface PackProblem {
  code: ProblemCode;
  /** JSON path like `facts[3].answer.value`, or `` for the whole file. */
  path: string;
  message: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
}

export function problem(code: ProblemCode, path: string, message: string, severity: PackProblem['severity'] = 'error'): PackProblem {
  return { code, path, message, severity };
}

/** `file:line:col: path: message` (the form editors and terminals make clickable). */
/** For people (the game's problem lists): "line 3:3 — facts[2].answer: …", or "whole file — …". */
export function describeProblem(p: PackProblem): string {
  const where = p.line !== undefined ? `line ${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : 'whole file';
  return `${where} — ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** For tools and terminals (editors jump to it): "file:3:3: facts[2].answer: …". */
export function formatProblem(p: PackProblem, file?: string): string {
  const place = p.line !== undefined ? `${p.line}:${p.column ?? 1}` : '';
  const where = [file, place].filter(Boolean).join(':');
  const kind = p.severity === 'warning' ? 'warning: ' : '';
  return `${where ? `${where}: ` : ''}${p.path || '(file)'}: ${kind}${p.message}`;
}
