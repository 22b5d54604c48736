// The editable fields of a fact and of a pack's metadata, as data: each knows its JSON path (the
// validator's problems name the same paths), how to read its text from the object and how to
// write text back. Empty optional fields are removed, so the pack never carries "" where the
// format means "absent"; a number field keeps what was typed when it is not a number, so the
// validator, not the form, says what is wrong with it.
import { ENTITY_TYPES, MAX_TEXT, type Fact, type HandWrittenQuestion, type Pack } from '../domain/pack/schema';

export type FieldKind = 'text' | 'textarea' | 'lines' | 'select' | 'number' | 'date';

export interface FieldSpec<T> {
  /** The JSON path inside the object: `prompts.ask`, `answer.value`, `source.publisher`. */
  key: string;
  label: string;
  kind: FieldKind;
  /** Character limit shown as a counter (per line for lists). */
  max?: number;
  options?: ReadonlyArray<readonly [value: string, label: string]>;
  help?: string;
  get(obj: T): string;
  set(obj: T, text: string): T;
}

export const ANSWER_TYPES = ['number', 'year', 'date', ...ENTITY_TYPES, 'set'] as const;
type AnyAnswer = { type: string; value?: unknown; values?: unknown; of?: unknown; unit?: unknown };

const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v));
const lines = (v: unknown): string => (Array.isArray(v) ? v.map(str).join('\n') : str(v));
const toLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
/** A number when the text is one; otherwise the text itself, for the validator to report. */
const toNumber = (text: string): unknown => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

function setIn<T>(obj: T, path: readonly string[], value: unknown): T {
  const [head, ...rest] = path;
  const base = { ...(obj as Record<string, unknown>) };
  if (rest.length === 0) {
    if (value === undefined) delete base[head!];
    else base[head!] = value;
    return base as T;
  }
  const child = (base[head!] ?? {}) as Record<string, unknown>;
  const next = setIn(child, rest, value);
  if (Object.keys(next).length === 0) delete base[head!];
  else base[head!] = next;
  return base as T;
}
function getIn(obj: unknown, path: readonly string[]): unknown {
  let at: unknown = obj;
  for (const k of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[k] : undefined;
  return at;
}

function text<T>(key: string, label: string, opts: { optional?: boolean; max?: number; help?: string; kind?: FieldKind } = {}): FieldSpec<T> {
  const path = key.split('.');
  return {
    key, label, kind: opts.kind ?? 'text', max: opts.max ?? MAX_TEXT, ...(opts.help ? { help: opts.help } : {}),
    get: (o) => str(getIn(o, path)),
    set: (o, t) => setIn(o, path, opts.optional && t.trim() === '' ? undefined : t),
  };
}
function list<T>(key: string, label: string, help?: string): FieldSpec<T> {
  const path = key.split('.');
  return {
    key, label, kind: 'lines', max: MAX_TEXT, ...(help ? { help } : {}),
    get: (o) => lines(getIn(o, path)),
    set: (o, t) => setIn(o, path, toLines(t).length ? toLines(t) : undefined),
  };
}
function num<T>(key: string, label: string, help?: string): FieldSpec<T> {
  const path = key.split('.');
  return { key, label, kind: 'number', ...(help ? { help } : {}), get: (o) => str(getIn(o, path)), set: (o, t) => setIn(o, path, t.trim() === '' ? undefined : toNumber(t)) };
}

/** Convert an answer to another type, keeping what can be kept. */
export function retypeAnswer(answer: AnyAnswer, type: string): AnyAnswer {
  const first = Array.isArray(answer.values) ? str(answer.values[0]) : str(answer.value);
  if (type === 'set') return { type, of: 'person', values: Array.isArray(answer.values) ? answer.values : first ? [first] : [] };
  if (type === 'number' || type === 'year') return { type, value: toNumber(first) };
  return { type, value: first };
}

export function factFields(fact: Fact, pools: readonly string[]): FieldSpec<Fact>[] {
  const a = fact.answer as AnyAnswer;
  const answer: FieldSpec<Fact>[] = [
    {
      key: 'answer.type', label: 'Answer type', kind: 'select', options: ANSWER_TYPES.map((t) => [t, t] as const),
      help: 'number, year and date answers get spaced wrong options; names get wrong answers from a pool or your list',
      get: (f) => str((f.answer as AnyAnswer).type), set: (f) => f,
    },
  ];
  if (a.type === 'set') {
    answer.push(
      { key: 'answer.of', label: 'Set of', kind: 'select', options: ENTITY_TYPES.map((t) => [t, t] as const), get: (f) => str((f.answer as AnyAnswer).of), set: (f, t) => setIn(f, ['answer', 'of'], t) },
      list('answer.values', 'Answer values (one per line, at least 3)'),
    );
  } else if (a.type === 'number' || a.type === 'year') {
    answer.push(num('answer.value', a.type === 'year' ? 'Answer (year)' : 'Answer (number)'));
    if (a.type === 'number') answer.push(text('answer.unit', 'Unit (optional)', { optional: true, max: 40 }));
  } else {
    answer.push(text('answer.value', a.type === 'date' ? 'Answer (date: 2007-03 or 2007-03-28)' : 'Answer', { max: 200 }));
  }
  return [
    text('subject', 'Subject', { help: 'who or what the fact is about' }),
    text('relation', 'Relation', { help: 'what is said about it, e.g. "international goals"' }),
    ...answer,
    text('prompts.ask', 'Question (as the player reads it)', { kind: 'textarea' }),
    text('prompts.statement', 'Statement with {answer} (for true/false)', { optional: true, kind: 'textarea' }),
    text('explanation', 'Explanation (shown after answering)', { kind: 'textarea' }),
    text('quote', 'Article sentence (quote)', { kind: 'textarea' }),
    {
      key: 'difficulty', label: 'Difficulty', kind: 'select', options: [['', 'from the round'], ['easy', 'easy'], ['medium', 'medium'], ['hard', 'hard']],
      get: (f) => str(f.difficulty), set: (f, t) => setIn(f, ['difficulty'], t || undefined),
    },
    text('group', 'Group (facts that give each other away share one)', { optional: true, max: 80 }),
    text('date', 'Date of the event (optional: 2007, 2007-03, 2007-03-28)', { optional: true, max: 10 }),
    text('prompts.event', 'Event label (for timeline questions)', { optional: true }),
    text('prompts.not', 'Odd-one-out prompt (set answers)', { optional: true }),
    {
      key: 'distractors.pool', label: 'Wrong answers from pool', kind: 'select', options: [['', 'none'], ...pools.map((p) => [p, p] as const)],
      get: (f) => str(f.distractors?.pool), set: (f, t) => setIn(f, ['distractors', 'pool'], t || undefined),
    },
    list('distractors.wrong', 'Curated wrong answers (one per line)'),
    list('distractors.exclude', 'Never offer these (one per line)', 'values that are true too, or too close'),
    num('distractors.min', 'Lowest wrong number (min)'),
    num('distractors.max', 'Highest wrong number (max)'),
    text('distractors.minFact', 'Min from fact (id)', { optional: true, max: 80 }),
    text('distractors.maxFact', 'Max from fact (id)', { optional: true, max: 80 }),
    text('id', 'Fact id', { max: 80, help: 'lower-case words joined by hyphens' }),
    text('review', 'Review note (Keep deletes it)', { optional: true }),
  ];
}

export function packFields(): FieldSpec<Pack>[] {
  return [
    text('title', 'Pack title'),
    text('id', 'Pack id', { max: 80, help: 'lower-case words joined by hyphens; a challenge link names it' }),
    text('version', 'Version', { max: 20, help: 'like 1.0.0: raise it when you change the questions' }),
    list('authors', 'Authors (one per line)'),
    text('licence', 'Licence'),
    text('source.title', 'Article title'),
    text('source.publisher', 'Publisher'),
    text('source.url', 'Article URL (optional)', { optional: true }),
    text('source.published', 'Published (YYYY-MM-DD)', { max: 10, kind: 'date' }),
    text('source.asOf', 'Facts true as of (YYYY-MM-DD)', { max: 10, kind: 'date' }),
  ];
}

/** One pool's values as a field (`pools.<name>`). */
export function poolField(name: string): FieldSpec<Pack> {
  return {
    key: `pools.${name}`, label: `Pool “${name}” (one value per line)`, kind: 'lines', max: MAX_TEXT,
    get: (p) => lines(p.pools?.[name]),
    set: (p, t) => ({ ...p, pools: { ...(p.pools ?? {}), [name]: toLines(t) } }),
  };
}

/** Which field a problem at `path` (inside the object) belongs to, or null for the object itself. */
export function fieldFor(path: string, keys: readonly string[]): string | null {
  let best: string | null = null;
  for (const k of keys) {
    if (path === k || path.startsWith(`${k}[`) || path.startsWith(`${k}.`)) if (!best || k.length > best.length) best = k;
  }
  if (!best && path === 'answer') return keys.includes('answer.value') ? 'answer.value' : keys.includes('answer.values') ? 'answer.values' : null;
  return best;
}

/** A hand-written question's fields (imported GIFT and Open Trivia DB packs are made of these). */
export function questionFields(q: HandWrittenQuestion): FieldSpec<HandWrittenQuestion>[] {
  const options = Array.isArray(q.options) ? q.options : [];
  return [
    text('prompt', 'Question', { kind: 'textarea' }),
    list('options', 'Options (one per line: 4, or 2 for true or false)'),
    {
      key: 'answer', label: 'Right answer', kind: 'select', options: options.map((o, i) => [String(i), `${i + 1}. ${str(o)}`] as const),
      get: (x) => str(x.answer), set: (x, t) => ({ ...x, answer: toNumber(t) as number }),
    },
    text('explanation', 'Explanation (shown after answering)', { kind: 'textarea' }),
    text('quote', 'Source sentence (optional)', { optional: true, kind: 'textarea' }),
    {
      key: 'difficulty', label: 'Difficulty', kind: 'select', options: [['', 'from the round'], ['easy', 'easy'], ['medium', 'medium'], ['hard', 'hard']],
      get: (x) => str(x.difficulty), set: (x, t) => setIn(x, ['difficulty'], t || undefined),
    },
    text('group', 'Group (optional)', { optional: true, max: 80 }),
    {
      key: 'keepOrder', label: 'Option order', kind: 'select', options: [['', 'shuffled'], ['true', 'as written']],
      get: (x) => (x.keepOrder ? 'true' : ''), set: (x, t) => setIn(x, ['keepOrder'], t === 'true' ? true : undefined),
    },
    text('id', 'Question id', { max: 80 }),
  ];
}
