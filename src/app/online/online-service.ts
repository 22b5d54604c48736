// What the game does with the online leaderboard, whatever draws it: run tickets fetched ahead
// (the server owns the seed, so a Classic/Survival/Relaxed round can only count if its ticket was
// in before it started), a run requested alongside play for Daily and challenge rounds (their seed
// is known), submitting a finished round, and the persisted queue of submissions that could not be
// sent (retried at start, on `online`, and with backoff, until the run expires). Offline, none of
// this changes how a round plays.
import { choosePack } from '../../domain/pack/pack-entry';
import { dayOfDailySeed } from '../../domain/daily';
import { isMenuMode } from '../../state/settings-store';
import type { RoundConfig, RoundState } from '../../domain/round';
import type { OnlineStore, PendingSubmission, BoardKey } from '../../state/online-store';
import { DIFFICULTY_LABEL, ROUND_MODE_LABEL } from '../format';
import type { GameController } from '../controller';
import type { SeedChoice } from './online-seam';
import { createRunClockReporter } from './run-clock';
import { failureMessage, isRetryable, type Accepted, type Board, type BoardRequest, type Failure, type IssuedRun, type LeaderboardClient, type Result } from './leaderboard-client';

/** The server refuses runs older than 6 h; stop using or retrying ours a little before. */
export const RUN_LIFETIME_MS = 6 * 3_600_000 - 10 * 60_000;
/** A ticket fetched ahead is replaced once it is this old (a round must still fit in its life). */
export const TICKET_FRESH_MS = 4 * 3_600_000;
export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 5 * 60_000;
/** After the API was found missing, ask again no sooner than this. */
export const RECHECK_MS = 30_000;
/** How long a submit waits for the round's last checkpoints (a dead network must not hold the results). */
export const CHECKPOINTS_WAIT_MS = 5_000;
/** Rows of the top of a board. */
export const TOP_N = 10;

export const OFFLINE_REASON = 'Played offline — online boards need a connection when the round starts.';
/** No ticket while the browser is online: the server did not answer (or there is none). */
export const NO_SERVER_REASON = 'Not on the online board: the leaderboard server did not answer when this round started.';

/** Retry delay after `attempts` failed tries: 5 s, 10 s, 20 s … up to 5 min. */
export const backoffMs = (attempts: number): number => Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts));

export type RoundOnline =
  | { kind: 'issuing' }
  | { kind: 'ready' }
  | { kind: 'offline'; reason: string }
  | { kind: 'submitting' }
  | { kind: 'queued'; message: string }
  | { kind: 'accepted'; accepted: Accepted; board: Board | null; boardProblem: string | null }
  | { kind: 'refused'; message: string; canRetry: boolean };

interface Ticket {
  run: IssuedRun;
  receivedAt: number;
  board: BoardKey;
  /** A seed the client chose (a challenge link): the run counts on its challenge board only. */
  clientSeed: boolean;
}

interface RoundEntry {
  status: RoundOnline;
  ticket: Ticket | null;
}

export interface OnlineServiceDeps {
  controller: GameController;
  client: LeaderboardClient;
  store: OnlineStore;
  /** Seeds the local seed maker made: their rounds never had a ticket. */
  isLocalSeed(seed: string): boolean;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** For the `online` event; null in tests that drive flush() themselves. */
  window?: Window | null;
}

export interface OnlineService {
  takeSeed(choice: SeedChoice): string | null;
  /** Fetch a ticket for the menu's current pack, mode and difficulty if none is fresh; resolves when it is in (or not). */
  prefetch(): Promise<void>;
  statusOf(config: RoundConfig): RoundOnline;
  submit(round: RoundState): Promise<RoundOnline>;
  board(req: BoardRequest): Promise<Result<Board>>;
  boardFor(key: BoardKey, clientSeed: boolean): BoardRequest;
  /** The board request for a round with a ticket (for its results), or null. */
  boardOfRound(config: RoundConfig): BoardRequest | null;
  deleteMine(): Promise<Result<number>>;
  pendingCount(): number;
  /** Try every waiting submission now (start, `online`). */
  flush(force?: boolean): Promise<void>;
  /** Called on any change of a round's status, the queue or availability. */
  subscribe(fn: () => void): () => void;
  /** Whether the API answered the last time it was asked (null: not asked yet). */
  available(): boolean | null;
  dispose(): void;
}

const keyOf = (b: Pick<BoardKey, 'packId' | 'packVersion' | 'mode' | 'difficulty'>) => `${b.packId}@${b.packVersion}|${b.mode}|${b.difficulty}`;

export function roundLabel(packTitle: string, config: Pick<RoundConfig, 'mode' | 'difficulty'>): string {
  return `${ROUND_MODE_LABEL[config.mode]} · ${DIFFICULTY_LABEL[config.difficulty]} · ${packTitle}`;
}

export function createOnlineService(deps: OnlineServiceDeps): OnlineService {
  const { controller, client, store } = deps;
  const { roundStore, settingsStore, uiStore } = controller;
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const fn of listeners) fn();
  };
  const cleanups: (() => void)[] = [];

  const tickets = new Map<string, Ticket>();
  // The server's clock: each question's reveal and answer, sent as they happen (run-clock.ts).
  const clock = createRunClockReporter(client);
  const runOf = (round: RoundState | null) => {
    const t = round ? rounds.get(round.config)?.ticket : null;
    return t ? { runId: t.run.runId, token: t.run.token } : null;
  };
  const syncClock = () => {
    const round = roundStore.getState().round;
    clock.sync(round, runOf(round));
  };
  const inflight = new Map<string, Promise<void>>();
  const rounds = new WeakMap<RoundConfig, RoundEntry>();
  /** The ticket spent on the round being prepared (matched when its config appears). */
  let reserved: Ticket | null = null;
  let apiUp: boolean | null = null;
  let lastCheck = -Infinity;

  const packTitle = (packId: string) => uiStore.getState().packs.find((p) => p.id === packId)?.title ?? packId;
  const okPack = (id: string | undefined | null) => choosePack(uiStore.getState().packs, [id ?? null, settingsStore.getState().lastPackId]);

  const noteFailure = (f: Failure) => {
    if (f.kind === 'unavailable' || f.kind === 'network' || f.kind === 'timeout') {
      apiUp = false;
      lastCheck = now();
    }
  };
  const noteUp = () => {
    if (apiUp !== true) {
      apiUp = true;
      emit();
    }
  };

  /** Ask /health first when the API was missing: a page served without it (vite preview, a static host) stays quiet. */
  const reachable = async (): Promise<boolean> => {
    if (apiUp === true) return true;
    if (apiUp === false && now() - lastCheck < RECHECK_MS) return false;
    lastCheck = now();
    const h = await client.health();
    apiUp = h.ok;
    emit();
    return h.ok;
  };

  const issue = async (board: BoardKey, clientSeed: boolean): Promise<Ticket | null> => {
    if (!(await reachable())) return null;
    const r = await client.issueRun({ packId: board.packId, packVersion: board.packVersion, mode: board.mode, difficulty: board.difficulty, ...(clientSeed ? { seed: board.seed } : {}) });
    if (!r.ok) {
      noteFailure(r.failure);
      return null;
    }
    noteUp();
    return { run: r.value, receivedAt: now(), board: { ...board, seed: r.value.seed }, clientSeed };
  };

  const prefetch = (): Promise<void> => {
    const pack = okPack(null);
    const s = settingsStore.getState();
    if (!pack || !isMenuMode(s.lastMode)) return Promise.resolve();
    const board: BoardKey = { packId: pack.id, packVersion: pack.version, mode: s.lastMode, difficulty: s.lastDifficulty, seed: '' };
    const key = keyOf(board);
    const have = tickets.get(key);
    if (have && now() - have.receivedAt < TICKET_FRESH_MS) return Promise.resolve();
    const running = inflight.get(key);
    if (running) return running;
    const job = issue(board, false)
      .then((t) => {
        if (t) tickets.set(key, t);
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, job);
    return job;
  };

  // "Played offline" only to a player who is: an online one was let down by the server.
  const noTicket = (): RoundOnline => ({ kind: 'offline', reason: deps.window?.navigator.onLine ? NO_SERVER_REASON : OFFLINE_REASON });
  const setStatus = (config: RoundConfig, status: RoundOnline, ticket?: Ticket | null) => {
    const entry = rounds.get(config);
    rounds.set(config, { status, ticket: ticket === undefined ? (entry?.ticket ?? null) : ticket });
    // A ticket that arrives during play starts the clock on the question on screen.
    if (ticket) syncClock();
    emit();
  };

  // A new round: match it with its ticket, or ask for one now when its seed is known.
  const onRoundStart = (config: RoundConfig) => {
    if (rounds.has(config)) return;
    const r = reserved;
    reserved = null;
    if (r && r.run.seed === config.seed && keyOf(r.board) === keyOf(config)) {
      setStatus(config, { kind: 'ready' }, r);
      return;
    }
    // A local seed, or a ticket's seed on a round that turned out different (another pack): offline.
    if (deps.isLocalSeed(config.seed) || (r && r.run.seed === config.seed)) {
      setStatus(config, noTicket(), null);
      return;
    }
    // A Daily (the server uses its day's seed) or a challenge link's seed: ask alongside play.
    const clientSeed = config.mode !== 'daily';
    setStatus(config, { kind: 'issuing' }, null);
    void issue({ ...config }, clientSeed).then((t) => {
      const entry = rounds.get(config);
      if (!entry || entry.status.kind !== 'issuing') return;
      if (!t) setStatus(config, noTicket(), null);
      else if (t.run.seed !== config.seed)
        setStatus(config, { kind: 'offline', reason: 'This Daily is not today’s on the server (your clock and the server’s disagree on the date), so it cannot go on the online board.' }, null);
      else setStatus(config, { kind: 'ready' }, t);
    });
  };
  cleanups.push(
    roundStore.subscribe((s, p) => {
      if (s.round && s.round.config !== p.round?.config) onRoundStart(s.round.config);
      if (s.round !== p.round) syncClock();
    }),
  );
  // Loaded behind a round already prepared (a challenge link's intro): that round too.
  const already = roundStore.getState().round;
  if (already) onRoundStart(already.config);

  // ---- the queue ------------------------------------------------------------------------------
  let timer: unknown = null;
  let flushing: Promise<void> | null = null;
  const schedule = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const pending = store.getState().pending;
    if (pending.length === 0) return;
    const next = Math.min(...pending.map((p) => p.nextAt));
    timer = setTimer(() => {
      timer = null;
      void service.flush();
    }, Math.max(1_000, next - now()));
  };

  /** The player id the server issued, asked for once and kept. */
  const playerId = async (): Promise<Result<string>> => {
    const have = store.getState().playerId;
    if (have) return { ok: true, value: have };
    const r = await client.newPlayer();
    if (r.ok) store.getState().setPlayerId(r.value);
    return r;
  };
  const send = async (p: PendingSubmission, retried = false): Promise<Result<Accepted>> => {
    const id = await playerId();
    if (!id.ok) return id;
    const r = await client.submit({ token: p.token, name: p.name, deviceId: id.value, history: p.history });
    // The server no longer knows this id (its secret changed): ask for a new one, once.
    if (!r.ok && r.failure.kind === 'refused' && r.failure.code === 'unknown-player' && !retried) {
      store.getState().setPlayerId(null);
      return send(p, true);
    }
    return r;
  };

  // A toast that clears itself (unless another message replaced it meanwhile).
  const notice = (text: string) => {
    uiStore.getState().setNotice(text);
    setTimer(() => {
      if (uiStore.getState().notice === text) uiStore.getState().setNotice(null);
    }, 8_000);
  };

  const boardFor = (key: BoardKey, clientSeed: boolean): BoardRequest => {
    if (key.mode === 'daily') {
      const day = dayOfDailySeed(key.seed);
      return { packId: key.packId, mode: 'daily', difficulty: key.difficulty, period: 'daily', ...(day ? { day } : {}), limit: TOP_N };
    }
    if (clientSeed) return { packId: key.packId, mode: key.mode, difficulty: key.difficulty, period: 'challenge', version: key.packVersion, seed: key.seed, limit: TOP_N };
    return { packId: key.packId, mode: key.mode, difficulty: key.difficulty, period: 'all', limit: TOP_N };
  };

  const loadBoard = async (config: RoundConfig | null, key: BoardKey, clientSeed: boolean, accepted: Accepted) => {
    const b = await client.board({ ...boardFor(key, clientSeed), run: accepted.runId });
    if (config) setStatus(config, { kind: 'accepted', accepted, board: b.ok ? b.value : null, boardProblem: b.ok ? null : failureMessage(b.failure) });
    return b.ok ? b.value : null;
  };

  /** Rounds whose queued submission is still on this page (to update their results). */
  const queuedRounds = new Map<string, { config: RoundConfig; clientSeed: boolean }>();

  const flushOnce = async (force: boolean) => {
    for (const p of [...store.getState().pending]) {
      if (p.expiresAt <= now()) {
        store.getState().remove(p.runId);
        notice(`A waiting score (${p.label}) could not be sent within 6 hours and was dropped.`);
        continue;
      }
      if (!force && p.nextAt > now()) continue;
      const r = await send(p);
      const onPage = queuedRounds.get(p.runId);
      if (r.ok) {
        store.getState().remove(p.runId);
        queuedRounds.delete(p.runId);
        noteUp();
        const board = await loadBoard(onPage?.config ?? null, p.board, onPage?.clientSeed ?? false, r.value);
        notice(`Your waiting score (${p.label}) is on the online board${board?.you ? `: #${board.you.rank}` : ''}.`);
      } else if (isRetryable(r.failure)) {
        noteFailure(r.failure);
        store.getState().reschedule(p.runId, now() + backoffMs(p.attempts + 1));
        // One unreachable server answers the same for every entry: try the rest later.
        if (r.failure.kind !== 'refused') break;
      } else {
        store.getState().remove(p.runId);
        queuedRounds.delete(p.runId);
        const message = failureMessage(r.failure);
        if (onPage) setStatus(onPage.config, { kind: 'refused', message, canRetry: false });
        notice(`A waiting score (${p.label}) was not accepted: ${message}`);
      }
    }
  };

  const online = () => void service.flush(true);
  deps.window?.addEventListener('online', online);
  cleanups.push(() => deps.window?.removeEventListener('online', online));
  cleanups.push(store.subscribe(() => emit()));

  const service: OnlineService = {
    takeSeed(choice) {
      if (!isMenuMode(choice.mode)) return null;
      const pack = okPack(choice.packId);
      if (!pack) return null;
      const key = keyOf({ packId: pack.id, packVersion: pack.version, mode: choice.mode, difficulty: choice.difficulty });
      const t = tickets.get(key);
      reserved = null;
      if (!t || now() - t.receivedAt > RUN_LIFETIME_MS - 30 * 60_000) return null;
      // Spent: one ticket, one round.
      tickets.delete(key);
      reserved = t;
      return t.run.seed;
    },
    prefetch,
    statusOf: (config) => rounds.get(config)?.status ?? noTicket(),
    async submit(round) {
      const entry = rounds.get(round.config);
      const ticket = entry?.ticket;
      if (!entry || !ticket || round.phase !== 'finished') return service.statusOf(round.config);
      if (entry.status.kind === 'submitting' || entry.status.kind === 'accepted' || entry.status.kind === 'queued') return entry.status;
      const label = roundLabel(packTitle(round.config.packId), round.config);
      const pending: PendingSubmission = {
        runId: ticket.run.runId,
        token: ticket.run.token,
        name: settingsStore.getState().playerName,
        history: round.history.map((a) => ({ questionId: a.questionId, chosen: a.chosen, timeMs: Math.round(a.timeMs), lifelines: [...a.lifelines] })),
        board: ticket.board,
        label,
        expiresAt: ticket.receivedAt + RUN_LIFETIME_MS,
        attempts: 0,
        nextAt: now(),
      };
      if (pending.expiresAt <= now()) {
        setStatus(round.config, { kind: 'refused', message: 'This round was started more than 6 hours ago; the boards only take rounds sent within 6 hours.', canRetry: false });
        return service.statusOf(round.config);
      }
      setStatus(round.config, { kind: 'submitting' });
      // Every answer's checkpoint is in before the round is: the server scores from them.
      await Promise.race([clock.settled(), new Promise<void>((r) => setTimer(r, CHECKPOINTS_WAIT_MS))]);
      const r = await send(pending);
      if (r.ok) {
        noteUp();
        setStatus(round.config, { kind: 'accepted', accepted: r.value, board: null, boardProblem: null });
        await loadBoard(round.config, ticket.board, ticket.clientSeed, r.value);
      } else if (isRetryable(r.failure)) {
        noteFailure(r.failure);
        pending.attempts = 1;
        pending.nextAt = now() + backoffMs(0);
        const saved = store.getState().enqueue(pending);
        queuedRounds.set(pending.runId, { config: round.config, clientSeed: ticket.clientSeed });
        schedule();
        setStatus(round.config, {
          kind: 'queued',
          message: `${failureMessage(r.failure)} Your score is waiting and will be sent when the board can be reached${saved ? '' : ' (while this page stays open: it could not be saved on this device)'}.`,
        });
      } else {
        const f = r.failure;
        const nameRefused = f.kind === 'refused' && f.code === 'name-not-allowed';
        setStatus(round.config, { kind: 'refused', message: failureMessage(f), canRetry: nameRefused });
      }
      return service.statusOf(round.config);
    },
    board: async (req) => {
      const r = await client.board(req);
      if (r.ok) noteUp();
      else noteFailure(r.failure);
      return r;
    },
    boardFor,
    boardOfRound(config) {
      const t = rounds.get(config)?.ticket;
      return t ? boardFor(t.board, t.clientSeed) : null;
    },
    async deleteMine() {
      // Entries are keyed by the server-issued player id; older ones by this device's own id.
      let removed = 0;
      for (const id of [store.getState().playerId, store.getState().deviceId]) {
        if (!id) continue;
        const r = await client.deleteMine(id);
        if (!r.ok) return r;
        removed += r.value;
      }
      return { ok: true, value: removed };
    },
    pendingCount: () => store.getState().pending.length,
    flush(force = false) {
      flushing ??= flushOnce(force).finally(() => {
        flushing = null;
        schedule();
      });
      return flushing;
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    available: () => apiUp,
    dispose() {
      if (timer !== null) clearTimer(timer);
      for (const fn of cleanups.reverse()) fn();
      listeners.clear();
    },
  };

  const loadNotice = store.getState().takeLoadNotice();
  if (loadNotice) notice(loadNotice);
  return service;
}
