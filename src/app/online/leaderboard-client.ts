// The leaderboard API as the game sees it (server/app.ts is the other side): fetch with a
// timeout, and every answer validated with valibot before it is used — a proxy's HTML page, a
// static host's 404 or a half-written body reads as "unavailable", never as data.
import * as v from 'valibot';
import * as api from '../../domain/leaderboard-api';
import type { Mode } from '../../domain/modes';
import type { Difficulty } from '../../domain/pack/schema';
import type { Lifeline } from '../../domain/scoring';

export const DEFAULT_API_BASE = '/api';
export const DEFAULT_TIMEOUT_MS = 8_000;

/** Why a call gave no answer. `network`/`server`/`unavailable` are worth retrying; `refused` is the server saying no. */
export type Failure =
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'unavailable' }
  | { kind: 'server'; status: number }
  | { kind: 'refused'; status: number; code: string; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

// Answers are checked against the API's shared contract (the server sends these shapes).
const RunSchema = api.IssuedRun;
export type IssuedRun = v.InferOutput<typeof RunSchema>;
const AcceptedSchema = api.Accepted;
export type Accepted = v.InferOutput<typeof AcceptedSchema>;
export type BoardRow = v.InferOutput<typeof api.BoardRow>;
const BoardSchema = api.Board;
export type Board = v.InferOutput<typeof BoardSchema>;
const HealthSchema = api.Health;
const PlayerSchema = api.Player;
const CheckpointSchema = api.Checkpoint;
const RemovedSchema = api.Removed;
const ErrorSchema = api.ErrorBody;

export interface IssueRequest {
  packId: string;
  packVersion: string;
  mode: Mode;
  difficulty: Difficulty;
  /** A challenge link's seed; the server picks one otherwise (and the day's for a Daily). */
  seed?: string;
}

export interface SubmitRequest {
  token: string;
  name: string;
  deviceId: string;
  history: { questionId: string; chosen: number | null; timeMs: number; lifelines: Lifeline[] }[];
}

export type Period = 'all' | 'week' | 'daily' | 'challenge';

export interface BoardRequest {
  packId: string;
  mode: Mode;
  difficulty: Difficulty;
  period: Period;
  /** challenge boards: the pack version and seed; daily: the day (default: the server's today). */
  version?: string;
  seed?: string;
  day?: string;
  run?: string;
  limit?: number;
}

/** What the player did on one question, sent the moment it happens (the server stamps the time). */
export interface AnswerCheckpoint {
  questionId: string;
  chosen: number | null;
  lifelines: Lifeline[];
}

export interface LeaderboardClient {
  health(): Promise<Result<true>>;
  /** A player identity from the server (the Daily counts one entry per identity). */
  newPlayer(): Promise<Result<string>>;
  /** The server's clock: question `index` of the run is on screen now. */
  reveal(runId: string, token: string, index: number): Promise<Result<number>>;
  /** The server's clock: question `index` was answered now, with this choice. */
  answer(runId: string, token: string, index: number, a: AnswerCheckpoint): Promise<Result<number>>;
  issueRun(req: IssueRequest): Promise<Result<IssuedRun>>;
  submit(req: SubmitRequest): Promise<Result<Accepted>>;
  board(req: BoardRequest): Promise<Result<Board>>;
  deleteMine(deviceId: string): Promise<Result<number>>;
}

export interface ClientOptions {
  base?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Whether trying the same call again later could work. */
export const isRetryable = (f: Failure): boolean => f.kind !== 'refused' || f.status === 429;

export function createLeaderboardClient(options: ClientOptions = {}): LeaderboardClient {
  const base = (options.base ?? DEFAULT_API_BASE).replace(/\/$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call<S extends v.GenericSchema>(path: string, schema: S, init: RequestInit = {}): Promise<Result<v.InferOutput<S>>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let res: Response;
    try {
      res = await doFetch(base + path, {
        ...init,
        signal: controller.signal,
        // `*/*` too: a dev/preview server without /api then answers its HTML page (200), not a 404
        // that the browser would log as an error; the content-type check below sees it is not ours.
        headers: { accept: 'application/json, */*;q=0.1', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      });
    } catch {
      clearTimeout(timer);
      return { ok: false, failure: controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network' } };
    }
    try {
      // Not JSON (an HTML fallback page, a static 404): there is no leaderboard here.
      const type = res.headers.get('content-type') ?? '';
      if (!type.includes('application/json')) return { ok: false, failure: res.status >= 500 ? { kind: 'server', status: res.status } : { kind: 'unavailable' } };
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        return { ok: false, failure: controller.signal.aborted ? { kind: 'timeout' } : { kind: 'unavailable' } };
      }
      if (!res.ok) {
        if (res.status >= 500) return { ok: false, failure: { kind: 'server', status: res.status } };
        const e = v.safeParse(ErrorSchema, body);
        // A 4xx that is not our server's error shape (some other service at /api): unavailable.
        if (!e.success) return { ok: false, failure: { kind: 'unavailable' } };
        return { ok: false, failure: { kind: 'refused', status: res.status, code: e.output.error.code, message: e.output.error.message } };
      }
      const parsed = v.safeParse(schema, body);
      return parsed.success ? { ok: true, value: parsed.output } : { ok: false, failure: { kind: 'unavailable' } };
    } finally {
      clearTimeout(timer);
    }
  }

  const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

  return {
    async health() {
      const r = await call('/health', HealthSchema);
      return r.ok ? { ok: true, value: true } : r;
    },
    async newPlayer() {
      const r = await call('/players', PlayerSchema, post({}));
      return r.ok ? { ok: true, value: r.value.playerId } : r;
    },
    async reveal(runId, token, index) {
      const r = await call(`/runs/${encodeURIComponent(runId)}/questions/${index}`, CheckpointSchema, post({ token }));
      return r.ok ? { ok: true, value: r.value.index } : r;
    },
    async answer(runId, token, index, a) {
      const r = await call(`/runs/${encodeURIComponent(runId)}/questions/${index}/answer`, CheckpointSchema, post({ token, ...a }));
      return r.ok ? { ok: true, value: r.value.index } : r;
    },
    issueRun: (req) => call('/runs', RunSchema, post(req)),
    submit: (req) => call('/scores', AcceptedSchema, post(req)),
    board(req) {
      const q = new URLSearchParams({ pack: req.packId, mode: req.mode, difficulty: req.difficulty, period: req.period });
      if (req.version) q.set('version', req.version);
      if (req.seed) q.set('seed', req.seed);
      if (req.day) q.set('day', req.day);
      if (req.run) q.set('run', req.run);
      if (req.limit) q.set('limit', String(req.limit));
      return call(`/boards?${q.toString()}`, BoardSchema);
    },
    async deleteMine(deviceId) {
      const r = await call('/scores/mine', RemovedSchema, { method: 'DELETE', body: JSON.stringify({ deviceId }) });
      return r.ok ? { ok: true, value: r.value.removed } : r;
    },
  };
}

/** People words for a failure: what happened and what happens next. */
export function failureMessage(f: Failure): string {
  switch (f.kind) {
    case 'network':
    case 'timeout':
      return 'The online leaderboard could not be reached (no connection, or the server is down).';
    case 'unavailable':
      return 'There is no online leaderboard on this site right now.';
    case 'server':
      return 'The online leaderboard had a problem on its side.';
    case 'refused':
      return refusalMessage(f.code, f.message);
  }
}

// Typed by the contract's codes: a new code without words here does not compile.
const REFUSALS: Record<api.RefusalCode, string> = {
  'bad-token': 'The server did not recognise this round’s ticket, so it cannot go on the board.',
  'run-expired': 'This round was started more than 6 hours ago; the boards only take rounds sent within 6 hours.',
  'history-does-not-fit': 'The server could not match these answers to the round it handed out, so it cannot go on the board.',
  'round-not-finished': 'Only finished rounds go on the boards.',
  'answer-time-out-of-bounds': 'An answer time was outside the round’s limits, so the server refused the round.',
  'too-fast': 'This round reached the server faster than its questions can be read, so it was not accepted.',
  'already-submitted': 'This round is already on the board.',
  'daily-already-played': 'You already have an entry on today’s Daily board (one a day per player).',
  'run-refused': 'This round was refused once, so it cannot go on the board.',
  'lifeline-reused': 'A lifeline was used twice in this round, so the server refused it.',
  'unknown-mode': 'The online boards do not have this kind of round.',
  'unknown-player': 'The server did not recognise this player; a new player id will be asked for.',
  'unknown-pack': 'The online boards do not have this pack (or this version of it).',
  'name-not-allowed': 'The boards do not accept that name. Change your name and submit again.',
  'rate-limited': 'Too many tries from this address in a minute; it will be tried again shortly.',
  'body-too-large': 'This round was too large to send.',
  'bad-request': 'The server could not read what the game sent.',
  'not-found': 'There is no online leaderboard on this site right now.',
  'unsupported-media-type': 'The server could not read what the game sent.',
  'internal-error': 'The online leaderboard had a problem on its side.',
  unhealthy: 'The online leaderboard cannot save scores right now.',
  'too-many-connections': 'Too many connections from this address; it will be tried again shortly.',
  'out-of-order': 'The round’s questions reached the server out of order.',
  'not-revealed': 'The server did not see this question being shown.',
  'already-answered': 'The server already has an answer for this question.',
  'not-admin': 'Only a moderator can do that.',
  'unknown-run': 'The server has no entry for this round.',
  'pack-invalid': 'The server found problems in this pack, so it was not shared.',
  'pack-too-large': 'This pack is too large to share.',
  'unknown-shared-pack': 'There is no shared pack at this link.',
};

export function refusalMessage(code: string, serverMessage = ''): string {
  return (REFUSALS as Record<string, string>)[code] ?? (serverMessage ? `The server refused: ${serverMessage}.` : 'The server refused this round.');
}
