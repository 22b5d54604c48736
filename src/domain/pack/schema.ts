// The pack format, declared once with valibot: the validator, the TypeScript types and the
// published JSON Schema (questions/schema/pack.schema.json) all come from these declarations.
import * as v from 'valibot';
import { DIFFICULTIES } from '../difficulty';
import { isCalendarDate, MAX_YEAR, MIN_YEAR, textFault } from '../text';
import { RESERVED_KEYS } from './limits';
import type { ProblemCode } from './problems';

/** The one pack-id rule (also fact, question, pool and group ids): `benzema-2022`, `intl-goals`. */
export { PACK_ID_PATTERN } from './pack-id';
import { PACK_ID_PATTERN } from './pack-id';

/** Custom checks and the problem code each reports (validate.ts reads this). */
export const CHECK_CODES = new Map<unknown, ProblemCode>();
const coded = <T>(code: ProblemCode, requirement: T): T => {
  CHECK_CODES.set(requirement, code);
  return requirement;
};

/** Longest text (a quote is a sentence or two): bounds the work any one string can cause. */
export const MAX_TEXT = 2000;
/** Largest lists: these keep every per-pack computation linear in the pack's size. */
export const MAX_POOL_VALUES = 500;
export const MAX_LIST = 100;
/** Numeric answers and bounds stay within ±1,000,000,000 (whole numbers are exact far beyond). */
export const MAX_NUMBER = 1_000_000_000;

// An empty string is minLength's to report, once.
const isVisible = coded('invisible-text', (s: string) => s.length === 0 || textFault(s) !== 'invisible');
const hasNoBidi = coded('bidi-control', (s: string) => textFault(s) !== 'bidi-control');

/** The one rule for what a text is: trimmed, not empty, something a player can see, no bidi
 *  controls that reorder it, and not endless. */
const nonEmpty = (what: string, max = MAX_TEXT) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.trim(),
    v.minLength(1, `${what} must not be empty`),
    v.check(isVisible, `${what} has no visible characters`),
    v.check(hasNoBidi, `${what} contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069) that reorders what the player reads`),
    v.maxLength(max, `${what} is longer than ${max} characters`),
  );

const notReserved = coded('reserved-key', (s: string) => !RESERVED_KEYS.has(s));
const id = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(PACK_ID_PATTERN, `${what} must be lower-case words joined by hyphens, like "intl-goals"`),
    v.check(notReserved, `${what} cannot be "constructor" or "prototype": it is reserved in JavaScript`),
    v.maxLength(80, `${what} is longer than 80 characters`),
  );

const list = <T extends v.GenericSchema>(item: T, what: string, max = MAX_LIST) =>
  v.pipe(v.array(item, `${what} must be a list`), v.maxLength(max, `${what} has more than ${max} entries`));

// Only text shaped like a date is judged here: the format's own regex reports the rest, once.
const realDate = coded('bad-date', (s: string) => !/^\d{4}(?:-\d{2}){0,2}$/.test(s) || isCalendarDate(s));
const calendar = v.check(realDate, `a date must exist on the calendar (no 31 February; 29 February only in leap years) and fall between ${MIN_YEAR} and ${MAX_YEAR}`);

/** YYYY, YYYY-MM or YYYY-MM-DD: a timeline date only as precise as the article is. */
export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const partialDate = v.pipe(
  v.string('a date must be text like "2007", "2007-03" or "2007-03-28"'),
  v.regex(PARTIAL_DATE, 'a date must look like "2007", "2007-03" or "2007-03-28"'),
  calendar,
);
const isoDay = v.pipe(
  v.string('a date must be text like "2022-12-20"'),
  v.isoDate('a date must look like "2022-12-20"'),
  calendar,
);

const bounded = (what: string) =>
  v.pipe(
    v.number(what),
    v.minValue(-MAX_NUMBER, `numbers must be between -${MAX_NUMBER} and ${MAX_NUMBER}`),
    v.maxValue(MAX_NUMBER, `numbers must be between -${MAX_NUMBER} and ${MAX_NUMBER}`),
  );

export { DIFFICULTIES, type Difficulty } from '../difficulty';
const difficulty = v.picklist(DIFFICULTIES, 'difficulty must be "easy", "medium" or "hard"');

export const ENTITY_TYPES = ['team', 'person', 'tournament', 'club', 'text'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const NumberAnswer = v.strictObject(
  {
    type: v.literal('number'),
    value: bounded('a number answer needs a numeric "value"'),
    unit: v.optional(nonEmpty('unit')),
  },
  (issue) => `unknown field "${String(issue.input)}" in a number answer`,
);
const YearAnswer = v.strictObject(
  {
    type: v.literal('year'),
    value: v.pipe(
      v.number('a year answer needs a numeric "value"'),
      v.integer('a year must be a whole number'),
      v.minValue(1850, 'a year must be 1850 or later'),
      v.maxValue(2200, 'a year must be 2200 or earlier'),
    ),
  },
  (issue) => `unknown field "${String(issue.input)}" in a year answer`,
);
const DateAnswer = v.strictObject(
  {
    type: v.literal('date'),
    value: v.pipe(
      v.string('a date answer needs "value" like "2007-03" or "2007-03-28"'),
      v.regex(/^\d{4}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/, 'a date answer must look like "2007-03" or "2007-03-28"'),
      calendar,
    ),
  },
  (issue) => `unknown field "${String(issue.input)}" in a date answer`,
);
const EntityAnswer = v.strictObject(
  {
    type: v.picklist(ENTITY_TYPES),
    value: nonEmpty('the answer value'),
  },
  (issue) => `unknown field "${String(issue.input)}" in an answer`,
);
const SetAnswer = v.strictObject(
  {
    type: v.literal('set'),
    of: v.picklist(ENTITY_TYPES, `"of" must be one of ${ENTITY_TYPES.join(', ')}`),
    values: v.pipe(
      v.array(nonEmpty('a set member'), 'a set answer needs "values", a list'),
      v.minLength(3, 'a set answer needs at least 3 values'),
      v.maxLength(MAX_LIST, `a set answer has at most ${MAX_LIST} values`),
    ),
  },
  (issue) => `unknown field "${String(issue.input)}" in a set answer`,
);

const answerTypes = ['number', 'year', 'date', ...ENTITY_TYPES, 'set'].join(', ');
export const Answer = v.variant(
  'type',
  [NumberAnswer, YearAnswer, DateAnswer, EntityAnswer, SetAnswer],
  (issue) =>
    issue.expected === 'Object' || typeof issue.input !== 'string'
      ? `an answer needs "type", one of ${answerTypes}`
      : `unknown answer type ${JSON.stringify(issue.input)}; use one of ${answerTypes}`,
);

const Distractors = v.strictObject(
  {
    pool: v.optional(id('a pool name')),
    wrong: v.optional(list(nonEmpty('a wrong answer'), '"wrong"')),
    exclude: v.optional(list(nonEmpty('an excluded value'), '"exclude"')),
    min: v.optional(bounded('"min" must be a number')),
    max: v.optional(bounded('"max" must be a number')),
    minFact: v.optional(id('"minFact"')),
    maxFact: v.optional(id('"maxFact"')),
  },
  (issue) => `unknown field "${String(issue.input)}" in "distractors"`,
);

const Prompts = v.strictObject(
  {
    ask: nonEmpty('"ask"'),
    statement: v.optional(
      v.pipe(nonEmpty('"statement"'), v.includes('{answer}', '"statement" must contain {answer}')),
    ),
    event: v.optional(nonEmpty('"event"')),
    not: v.optional(nonEmpty('"not"')),
  },
  (issue) => `unknown field "${String(issue.input)}" in "prompts"`,
);

/** Where one fact comes from, when a pack gathers several articles (a quiz of the week): the
 *  article's title, publisher, date and address. Without it, a fact comes from the pack's source. */
const FactSource = v.strictObject(
  {
    title: nonEmpty('the fact source "title"'),
    publisher: nonEmpty('the fact source "publisher"'),
    url: v.optional(v.pipe(v.string(), v.url('the fact source "url" must be a full URL'))),
    published: isoDay,
  },
  (issue) => `unknown field "${String(issue.input)}" in a fact's "source"`,
);

export const Fact = v.strictObject(
  {
    id: id('a fact id'),
    subject: nonEmpty('"subject"'),
    relation: nonEmpty('"relation"'),
    answer: Answer,
    quote: nonEmpty('"quote"'),
    explanation: nonEmpty('"explanation"'),
    prompts: Prompts,
    difficulty: v.optional(difficulty),
    date: v.optional(partialDate),
    group: v.optional(id('a group name')),
    distractors: v.optional(Distractors),
    source: v.optional(FactSource),
    review: v.optional(nonEmpty('"review"')),
  },
  (issue) => `unknown field "${String(issue.input)}" in a fact`,
);

const twoOrFour = coded('option-count', (options: string[]) => options.length === 2 || options.length === 4);

export const HandWrittenQuestion = v.strictObject(
  {
    id: id('a question id'),
    prompt: nonEmpty('"prompt"'),
    options: v.pipe(
      v.array(nonEmpty('an option'), '"options" must be a list'),
      v.check(twoOrFour, 'a question has 4 options, or 2 for true or false'),
    ),
    answer: v.pipe(v.number('"answer" must be the index of the right option'), v.integer('"answer" must be a whole number')),
    explanation: nonEmpty('"explanation"'),
    quote: v.optional(nonEmpty('"quote"')),
    difficulty: v.optional(difficulty),
    group: v.optional(id('a group name')),
    keepOrder: v.optional(v.boolean('"keepOrder" must be true or false')),
  },
  (issue) => `unknown field "${String(issue.input)}" in a question`,
);

const Source = v.strictObject(
  {
    title: nonEmpty('the source "title"'),
    publisher: nonEmpty('the source "publisher"'),
    url: v.optional(v.pipe(v.string(), v.url('the source "url" must be a full URL'))),
    published: isoDay,
    asOf: isoDay,
    file: v.optional(nonEmpty('the source "file"')),
  },
  (issue) => `unknown field "${String(issue.input)}" in "source"`,
);

/** Facts, and hand-written questions, per pack: more than fit in the 2 MB a pack may be. */
export const MAX_ITEMS = 10_000;

export const Pack = v.strictObject(
  {
    $schema: v.optional(v.string()),
    id: id('the pack id'),
    version: v.pipe(
      v.string('"version" must be text like "1.0.0"'),
      v.regex(/^\d+\.\d+\.\d+$/, '"version" must look like "1.0.0"'),
    ),
    title: nonEmpty('"title"'),
    language: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[A-Z]{2})?$/, '"language" must be a code like "en" or "en-GB"')),
    authors: v.pipe(list(nonEmpty('an author'), '"authors"'), v.minLength(1, 'name at least one author')),
    licence: nonEmpty('"licence"'),
    source: Source,
    pools: v.optional(
      v.record(id('a pool name'), list(nonEmpty('a pool value'), 'a pool', MAX_POOL_VALUES), '"pools" must map pool names to lists'),
    ),
    facts: list(Fact, '"facts"', MAX_ITEMS),
    questions: v.optional(list(HandWrittenQuestion, '"questions"', MAX_ITEMS)),
  },
  (issue) => `unknown field "${String(issue.input)}" at the top of the pack`,
);

export type Pack = v.InferOutput<typeof Pack>;
export type Fact = v.InferOutput<typeof Fact>;
export type Answer = v.InferOutput<typeof Answer>;
export type HandWrittenQuestion = v.InferOutput<typeof HandWrittenQuestion>;
export type NumericAnswer = Extract<Answer, { type: 'number' | 'year' }>;
export type EntityAnswer = Extract<Answer, { type: EntityType }>;
export type SetAnswer = Extract<Answer, { type: 'set' }>;
