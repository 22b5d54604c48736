// The leaderboard API's contract, one declaration for both sides: the server parses requests
// with these schemas (server/schemas.ts), the game checks every answer with them
// (src/app/online/leaderboard-client.ts), and `npm run schema:api` publishes them as JSON Schema
// (docs/leaderboard-api.schema.json). Refusals carry one of REFUSAL_CODES.
import * as v from 'valibot';
import { DIFFICULTIES } from './difficulty';
import { MODES } from './modes';
import { LIFELINES } from './scoring';

/** Every refusal code the API answers with; the game's messages are keyed by these. */
export const REFUSAL_CODES = [
  'bad-request', 'body-too-large', 'unsupported-media-type', 'not-found', 'internal-error', 'unhealthy',
  'rate-limited', 'too-many-connections',
  'bad-token', 'unknown-mode', 'run-expired', 'unknown-pack', 'run-refused', 'out-of-order', 'not-revealed', 'already-answered',
  'answer-time-out-of-bounds', 'lifeline-reused', 'history-does-not-fit', 'round-not-finished', 'too-fast',
  'already-submitted', 'daily-already-played', 'unknown-player', 'name-not-allowed', 'not-admin', 'unknown-run',
  'pack-invalid', 'pack-too-large', 'unknown-shared-pack',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

const id = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.regex(/^[A-Za-z0-9._-]+$/));
const PlayerIdText = v.pipe(v.string(), v.minLength(16), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/));
const Lifelines = v.pipe(v.array(v.picklist(LIFELINES)), v.maxLength(LIFELINES.length));
const Chosen = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)));

// ---- requests ------------------------------------------------------------------------------

export const IssueBody = v.object({
  packId: id(80),
  packVersion: id(40),
  mode: v.picklist(MODES),
  difficulty: v.picklist(DIFFICULTIES),
  /** A challenge link's seed; absent for a ranked round (the board's seed) and ignored for the Daily. */
  seed: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[a-z0-9-]+$/))),
});

/** A reveal carries the token only; an answer also what was chosen (null: time ran out) and the lifelines used on it. */
export const CheckpointBody = v.object({
  token: v.pipe(v.string(), v.maxLength(2000)),
  questionId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  chosen: v.optional(Chosen),
  lifelines: v.optional(Lifelines),
});

export const Answer = v.object({
  questionId: v.pipe(v.string(), v.maxLength(200)),
  chosen: Chosen,
  timeMs: v.number(),
  lifelines: Lifelines,
});

export const SubmitBody = v.object({
  token: v.pipe(v.string(), v.maxLength(2000)),
  name: v.pipe(v.string(), v.maxLength(400)),
  /** The player id POST /api/players issued (the client keeps it); only its keyed hash is stored. */
  deviceId: PlayerIdText,
  history: v.pipe(v.array(Answer), v.minLength(1), v.maxLength(1000)),
});

export const DeleteBody = v.object({ deviceId: PlayerIdText });
export const HideBody = v.object({ runId: id(64), hidden: v.boolean() });

// ---- answers -------------------------------------------------------------------------------

export const IssuedRun = v.object({
  runId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  seed: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  issuedAt: v.pipe(v.number(), v.finite()),
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
});
export const Player = v.object({ playerId: PlayerIdText });
export const Checkpoint = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** A reveal: when the server stamped it. An answer: the time the server measured for it. */
  revealedAt: v.optional(v.number()),
  ms: v.optional(v.number()),
});
export const Accepted = v.object({
  runId: v.string(),
  score: v.pipe(v.number(), v.finite()),
  timeMs: v.number(),
  correct: v.number(),
  answered: v.number(),
  name: v.string(),
  week: v.optional(v.string()),
  dailyDay: v.optional(v.nullable(v.string())),
});
export const BoardRow = v.object({
  rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
  runId: v.string(),
  name: v.pipe(v.string(), v.maxLength(400)),
  score: v.pipe(v.number(), v.finite()),
  timeMs: v.number(),
  correct: v.number(),
  answered: v.number(),
});
export const Board = v.object({
  top: v.pipe(v.array(BoardRow), v.maxLength(100)),
  you: v.nullable(BoardRow),
  around: v.pipe(v.array(BoardRow), v.maxLength(100)),
});
export const Health = v.object({ ok: v.literal(true) });
export const Removed = v.object({ removed: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export const Hidden = v.object({ runId: v.string(), hidden: v.boolean() });
export const PackList = v.object({ packs: v.array(v.object({ id: v.string(), version: v.string(), title: v.string() })) });
export const SharedPack = v.object({ id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{12,43}$/)), path: v.string() });
export const ErrorBody = v.object({ error: v.object({ code: v.string(), message: v.string(), problems: v.optional(v.array(v.string())) }) });

/** Every schema of the contract by name, for the published JSON Schema. */
export const LEADERBOARD_API = { IssueBody, CheckpointBody, SubmitBody, DeleteBody, HideBody, IssuedRun, Player, Checkpoint, Accepted, BoardRow, Board, Health, Removed, Hidden, PackList, SharedPack, ErrorBody };
