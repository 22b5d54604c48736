// Request bodies and queries, parsed with valibot (the domain's validator). v.object drops keys
// it does not name, so a submitted score, key or question is never even seen.
import * as v from 'valibot';
import { MODES } from '../src/domain/modes';
import { DIFFICULTIES } from '../src/domain/difficulty';
import { LIFELINES } from '../src/domain/scoring';

const id = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(/^[A-Za-z0-9._-]+$/));

export const IssueBody = v.object({
  packId: id(80),
  packVersion: id(40),
  mode: v.picklist(MODES),
  difficulty: v.picklist(DIFFICULTIES),
  seed: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[a-z0-9-]+$/))),
});

export const Answer = v.object({
  questionId: v.pipe(v.string(), v.maxLength(200)),
  chosen: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9))),
  timeMs: v.number(),
  lifelines: v.pipe(v.array(v.picklist(LIFELINES)), v.maxLength(LIFELINES.length)),
});

export const SubmitBody = v.object({
  token: v.pipe(v.string(), v.maxLength(2000)),
  name: v.pipe(v.string(), v.maxLength(400)),
  /** The player id POST /api/players issued (the client keeps it); only its keyed hash is stored. */
  deviceId: v.pipe(v.string(), v.minLength(16), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/)),
  history: v.pipe(v.array(Answer), v.minLength(1), v.maxLength(1000)),
});

/** A reveal carries the token only; an answer also what was chosen (null: time ran out) and the lifelines used on it. */
export const CheckpointBody = v.object({
  token: v.pipe(v.string(), v.maxLength(2000)),
  questionId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  chosen: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)))),
  lifelines: v.optional(v.pipe(v.array(v.picklist(LIFELINES)), v.maxLength(LIFELINES.length))),
});

export const DeleteBody = v.object({ deviceId: SubmitBody.entries.deviceId });

export const HideBody = v.object({ runId: id(64), hidden: v.boolean() });

export const BoardQuery = v.object({
  pack: id(80),
  mode: v.optional(v.picklist(MODES), 'classic'),
  difficulty: v.picklist(DIFFICULTIES),
  period: v.optional(v.picklist(['all', 'week', 'daily', 'challenge']), 'all'),
  /** daily: the UTC day (default today); week: '2026-W49' (default this week). */
  day: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  week: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-W\d{2}$/))),
  version: v.optional(id(40)),
  seed: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Your run: the answer adds its rank and the entries around it. */
  run: v.optional(id(64)),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number), v.minValue(1), v.maxValue(100)), '10'),
});

export function issuesText(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 5).map((i) => `${v.getDotPath(i) ?? '(body)'}: ${i.message}`);
}
