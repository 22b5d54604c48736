// What the game does with the online leaderboard, whatever draws it. A round carries its run from
// `prepare` (claimRun): a ticket fetched ahead gives a Classic/Survival/Relaxed round its seed (the
// server owns it, so only such a round can count), a Daily or a challenge link asks for its run
// alongside play, and a round on a seed of our own is offline. Then: the server's clock while it is
// played, submitting it, its board. Tickets, reachability and the queue are modules beside this
// one. Offline, none of this changes how a round plays.
import { choosePack } from '../../domain/pack/pack-entry';
import { isMenuMode } from '../../state/settings-store';
import type { RoundConfig, RoundState } from '../../domain/round';
import type { OnlineStore, PendingSubmission, BoardKey } from '../../state/online-store';
import type { GameController } from '../controller';
import type { RoundRun, RunRequest } from './online-seam';
import { createRunClockReporter } from './run-clock';
import { boardFor, roundLabel } from './board-requests';
import { createReachability } from './reachability';
import { RUN_LIFETIME_MS, createRunTickets, tableKeyOf, type Ticket } from './run-tickets';
import { backoffMs, createSubmissionQueue } from './submission-queue';
import { failureMessage, isRetryable, type Accepted, type Board, type BoardRequest, type LeaderboardClient, type Result } from './leaderboard-client';

export { RUN_LIFETIME_MS, TICKET_FRESH_MS } from './run-tickets';
export { RETRY_BASE_MS, RETRY_MAX_MS, backoffMs } from './submission-queue';
export { RECHECK_MS } from './reachability';
export { TOP_N, roundLabel } from './board-requests';

/** How long a submit waits for the round's last checkpoints (a dead network must not hold the results). */
export const CHECKPOINTS_WAIT_MS = 5_000;

export const OFFLINE_REASON = 'Played offline — online boards need a connection when the round starts.';
/** No ticket while the browser is online: the server did not answer (or there is none). */
export const NO_SERVER_REASON = 'Not on the online board: the leaderboard server did not answer when this round started.';
const OTHER_DAY_REASON = 'This Daily is not today’s on the server (your clock and the server’s disagree on the date), so it cannot go on the online board.';

export type RoundOnline =
  | { kind: 'issuing' }
  | { kind: 'ready' }
  | { kind: 'offline'; reason: string }
  | { kind: 'submitting' }
  | { kind: 'queued'; message: string }
  | { kind: 'accepted'; accepted: Accepted; board: Board | null; boardProblem: string | null }
  | { kind: 'refused'; message: string; canRetry: boolean };

interface RoundEntry {
  status: RoundOnline;
  ticket: Ticket | null;
}

export interface OnlineServiceDeps {
  controller: GameController;
  client: LeaderboardClient;
  store: OnlineStore;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** For the `online` event; null in tests that drive flush() themselves. */
  window?: Window | null;
}

export interface OnlineService {
  /** The run of a round being prepared (see RoundRun); `ahead` false: never spend a ticket fetched ahead. */
  claimRun(request: RunRequest, ahead?: boolean): RoundRun;
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

export function createOnlineService(deps: OnlineServiceDeps): OnlineService {
  const { controller, client, store } = deps;
  const { roundStore, settingsStore, uiStore } = controller;
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const fn of listeners) fn();
  };
  const cleanups: (() => void)[] = [];
  const reach = createReachability(client, now, emit);
  const tickets = createRunTickets(client, reach, now);
  const rounds = new WeakMap<RoundConfig, RoundEntry>();

  // The server's clock: each question's reveal and answer, sent as they happen (run-clock.ts).
  const clock = createRunClockReporter(client);
  const syncClock = () => {
    const round = roundStore.getState().round;
    const t = round ? rounds.get(round.config)?.ticket : null;
    clock.sync(round, t ? { runId: t.run.runId, token: t.run.token } : null);
  };
  cleanups.push(
    roundStore.subscribe((s, p) => {
      if (s.round !== p.round) syncClock();
    }),
  );

  const packTitle = (packId: string) => uiStore.getState().packs.find((p) => p.id === packId)?.title ?? packId;
  const okPack = (id: string | undefined | null) => choosePack(uiStore.getState().packs, [id ?? null, settingsStore.getState().lastPackId]);

  // "Played offline" only to a player who is: an online one was let down by the server.
  const noTicket = (): RoundOnline => ({ kind: 'offline', reason: deps.window?.navigator.onLine ? NO_SERVER_REASON : OFFLINE_REASON });
  const setStatus = (config: RoundConfig, status: RoundOnline, ticket?: Ticket | null) => {
    const entry = rounds.get(config);
    rounds.set(config, { status, ticket: ticket === undefined ? (entry?.ticket ?? null) : ticket });
    // A ticket that arrives during play starts the clock on the question on screen.
    if (ticket) syncClock();
    emit();
  };

  /** A round that starts on a ticket fetched ahead, or on a seed of our own (offline). */
  const beginWith = (config: RoundConfig, ticket: Ticket | null) => {
    if (rounds.has(config)) return;
    // A ticket's seed on a round that turned out different (another pack) cannot count.
    const fits = ticket && ticket.run.seed === config.seed && tableKeyOf(ticket.board) === tableKeyOf(config);
    setStatus(config, fits ? { kind: 'ready' } : noTicket(), fits ? ticket : null);
  };
  /** A Daily (the server uses its day's seed) or a challenge link's seed: its run is asked for alongside play. */
  const beginAlongside = (config: RoundConfig) => {
    if (rounds.has(config)) return;
    setStatus(config, { kind: 'issuing' }, null);
    void tickets.issue({ ...config }, config.mode !== 'daily').then((t) => {
      if (rounds.get(config)?.status.kind !== 'issuing') return;
      if (!t) setStatus(config, noTicket(), null);
      else if (t.run.seed !== config.seed) setStatus(config, { kind: 'offline', reason: OTHER_DAY_REASON }, null);
      else setStatus(config, { kind: 'ready' }, t);
    });
  };

  // A toast that clears itself (unless another message replaced it meanwhile).
  const notice = (text: string) => {
    controller.notify(text);
    setTimer(() => {
      if (uiStore.getState().notice === text) controller.notify(null);
    }, 8_000);
  };

  const loadBoard = async (config: RoundConfig | null, key: BoardKey, clientSeed: boolean, accepted: Accepted) => {
    const b = await client.board({ ...boardFor(key, clientSeed), run: accepted.runId });
    if (config) setStatus(config, { kind: 'accepted', accepted, board: b.ok ? b.value : null, boardProblem: b.ok ? null : failureMessage(b.failure) });
    return b.ok ? b.value : null;
  };

  /** Rounds whose queued submission is still on this page (to update their results). */
  const queuedRounds = new Map<string, { config: RoundConfig; clientSeed: boolean }>();
  const queue = createSubmissionQueue({
    client,
    store,
    reach,
    now,
    setTimer,
    clearTimer: deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)),
    notice,
    async landed(p, accepted) {
      const onPage = queuedRounds.get(p.runId);
      queuedRounds.delete(p.runId);
      const board = await loadBoard(onPage?.config ?? null, p.board, onPage?.clientSeed ?? false, accepted);
      return board?.you ? { rank: board.you.rank } : null;
    },
    refused(p, message) {
      const onPage = queuedRounds.get(p.runId);
      queuedRounds.delete(p.runId);
      if (onPage) setStatus(onPage.config, { kind: 'refused', message, canRetry: false });
    },
  });

  const online = () => void queue.flush(true);
  deps.window?.addEventListener('online', online);
  cleanups.push(() => deps.window?.removeEventListener('online', online));
  cleanups.push(store.subscribe(() => emit()));

  const service: OnlineService = {
    claimRun(request, ahead = true) {
      if (request.seed !== undefined) return { seed: null, begin: beginAlongside };
      const pack = ahead && isMenuMode(request.mode) ? okPack(request.packId) : undefined;
      const ticket = pack ? tickets.take({ packId: pack.id, packVersion: pack.version, mode: request.mode, difficulty: request.difficulty }) : null;
      return { seed: ticket?.run.seed ?? null, begin: (config) => beginWith(config, ticket) };
    },
    prefetch() {
      const pack = okPack(null);
      const s = settingsStore.getState();
      if (!pack || !isMenuMode(s.lastMode)) return Promise.resolve();
      return tickets.prefetch({ packId: pack.id, packVersion: pack.version, mode: s.lastMode, difficulty: s.lastDifficulty });
    },
    statusOf: (config) => rounds.get(config)?.status ?? noTicket(),
    async submit(round) {
      const entry = rounds.get(round.config);
      const ticket = entry?.ticket;
      if (!entry || !ticket || round.phase !== 'finished') return service.statusOf(round.config);
      if (entry.status.kind === 'submitting' || entry.status.kind === 'accepted' || entry.status.kind === 'queued') return entry.status;
      const pending: PendingSubmission = {
        runId: ticket.run.runId,
        token: ticket.run.token,
        name: settingsStore.getState().playerName,
        history: round.history.map((a) => ({ questionId: a.questionId, chosen: a.chosen, timeMs: Math.round(a.timeMs), lifelines: [...a.lifelines] })),
        board: ticket.board,
        label: roundLabel(packTitle(round.config.packId), round.config),
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
      const r = await queue.send(pending);
      if (r.ok) {
        reach.noteUp();
        setStatus(round.config, { kind: 'accepted', accepted: r.value, board: null, boardProblem: null });
        await loadBoard(round.config, ticket.board, ticket.clientSeed, r.value);
      } else if (isRetryable(r.failure)) {
        reach.noteFailure(r.failure);
        const saved = queue.enqueue({ ...pending, attempts: 1, nextAt: now() + backoffMs(0) });
        queuedRounds.set(pending.runId, { config: round.config, clientSeed: ticket.clientSeed });
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
      if (r.ok) reach.noteUp();
      else reach.noteFailure(r.failure);
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
    pendingCount: () => queue.pendingCount(),
    flush: (force = false) => queue.flush(force),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    available: () => reach.available(),
    dispose() {
      queue.dispose();
      for (const fn of cleanups.reverse()) fn();
      listeners.clear();
    },
  };

  const loadNotice = store.getState().takeLoadNotice();
  if (loadNotice) notice(loadNotice);
  return service;
}
