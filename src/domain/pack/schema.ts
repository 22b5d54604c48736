// The pack format, declared once with valibot: the validator, the TypeScript types and the
// published JSON Schema (questions/schema/pack.schema.json) all come from these declarations.
import * as v from 'valibot';
import { DIFFICULTIES } from '../difficulty';

const nonEmpty = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

const id = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what} must be lower-case words joined by hyphens, like "intl-goals"`),
  );

/** YYYY, YYYY-MM or YYYY-MM-DD: a timeline date only as precise as the article is. */
export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const partialDate = v.pipe(
  v.string('a date must be text like "2007", "2007-03" or "2007-03-28"'),
  v.regex(PARTIAL_DATE, 'a date must look like "2007", "2007-03" or "2007-03-28"'),
);
const isoDay = v.pipe(
  v.string('a date must be text like "2022-12-20"'),
  v.isoDate('a date must look like "2022-12-20"'),
);

export { DIFFICULTIES, type Difficulty } from '../difficulty';
const difficulty = v.picklist(DIFFICULTIES, 'difficulty must be "easy", "medium" or "hard"');

export const ENTITY_TYPES = ['team', 'person', 'tournament', 'club', 'text'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const NumberAnswer = v.strictObject(
  {
    type: v.literal('number'),
    value: v.number('a number answer needs a numeric "value"'),
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
    wrong: v.optional(v.array(nonEmpty('a wrong answer'), '"wrong" must be a list')),
    exclude: v.optional(v.array(nonEmpty('an excluded value'), '"exclude" must be a list')),
    min: v.optional(v.number('"min" must be a number')),
    max: v.optional(v.number('"max" must be a number')),
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
    review: v.optional(nonEmpty('"review"')),
  },
  (issue) => `unknown field "${String(issue.input)}" in a fact`,
);

export const HandWrittenQuestion = v.strictObject(
  {
    id: id('a question id'),
    prompt: nonEmpty('"prompt"'),
    options: v.pipe(
      v.array(nonEmpty('an option'), '"options" must be a list'),
      v.minLength(2, 'a question needs at least 2 options'),
      v.maxLength(4, 'a question has at most 4 options'),
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
    authors: v.pipe(v.array(nonEmpty('an author'), '"authors" must be a list'), v.minLength(1, 'name at least one author')),
    licence: nonEmpty('"licence"'),
    source: Source,
    pools: v.optional(
      v.record(id('a pool name'), v.array(nonEmpty('a pool value'), 'a pool must be a list of values'), '"pools" must map pool names to lists'),
    ),
    facts: v.array(Fact, '"facts" must be a list'),
    questions: v.optional(v.array(HandWrittenQuestion, '"questions" must be a list')),
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
