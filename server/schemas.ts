// Request bodies and queries, parsed with valibot (the domain's validator). v.object drops keys
// it does not name, so a submitted score, key or question is never even seen.
import * as v from 'valibot';
import { MODES } from '../src/domain/modes';
import { DIFFICULTIES } from '../src/domain/difficulty';

// The request bodies are the shared contract's (src/domain/leaderboard-api.ts); the board query,
// with its string-to-number transform, is the server's own.
export { Answer, CheckpointBody, DeleteBody, HideBody, IssueBody, SubmitBody } from '../src/domain/leaderboard-api';

const id = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(/^[A-Za-z0-9._-]+$/));

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
