// The game's online side against the real leaderboard app (Fastify on 127.0.0.1:0, SQLite in a
// temporary directory, a fake server clock) with the real controller and stores: tickets fetched
// ahead decide the seed, a round without one is offline, a Daily is issued alongside play, and the
// queue retries with backoff, lands, expires and stops at a refusal. "Down" is a real refused
// connection (a closed port), not a fake.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { loadPacks } from '../../server/packs';
import { openStore } from '../../server/store';
import type { LeaderboardRepo } from '../../server/repo/types';
import { createController } from '../../src/app/controller';
import { createOnlineSeam } from '../../src/app/online/online-seam';
import { createLeaderboardClient, failureMessage, refusalMessage } from '../../src/app/online/leaderboard-client';
import { NO_SERVER_REASON, OFFLINE_REASON, RUN_LIFETIME_MS, backoffMs, createOnlineService, type OnlineService } from '../../src/app/online/online-service';
import type { PackEntry } from '../../src/domain/pack/pack-entry';
import type { RoundConfig } from '../../src/domain/round';
import { dailySeed, utcDateOf } from '../../src/domain/daily';
import { questionsForRound } from '../../src/domain/round-questions';
import type { SoundBoard } from '../../src/audio/sounds';
import { createOnlineStore, type OnlineStore } from '../../src/state/online-store';
import { createRoundStore } from '../../src/state/round-store';
import { createSettingsStore } from '../../src/state/settings-store';
import { createUiStore } from '../../src/state/ui-store';
import { ROOT, loadValidPack, memoryStorage } from './helpers';

const PACK = 'world-cup-final-2022';
const pack = loadValidPack(`questions/${PACK}.json`);
const entry: PackEntry = { status: 'ok', file: `${PACK}.json`, id: pack.id, title: pack.title, version: pack.version, pack, warnings: [] };
const dir = mkdtempSync(join(tmpdir(), 'lb-client-'));
let serverClock = Date.UTC(2026, 11, 1, 12);
let app: FastifyInstance;
let repo: LeaderboardRepo;
let api = '';
let deadApi = '';
let htmlServer: Server;
let htmlApi = '';

beforeAll(async () => {
  ({ repo } = await openStore({ dataDir: dir }));
  app = await buildApp({ repo, packs: loadPacks(join(ROOT, 'questions')), secret: Buffer.from('k'.repeat(32)), now: () => serverClock, limits: { issue: 0, submit: 0, read: 0 } });
  api = `${await app.listen({ port: 0, host: '127.0.0.1' })}/api`;
  // A port that was just free and is closed again: connections there are refused.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  deadApi = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/api`;
  await new Promise<void>((r) => probe.close(() => r()));
  // What a static host or `vite preview` answers at /api: its HTML page.
  htmlServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>game</title>'));
  await new Promise<void>((r) => htmlServer.listen(0, '127.0.0.1', r));
  htmlApi = `http://127.0.0.1:${(htmlServer.address() as AddressInfo).port}/api`;
});
afterAll(async () => {
  await app.close();
  await repo.close();
  await new Promise<void>((r) => htmlServer.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

const silent = { play() {}, setMuted() {}, setVolume() {} } as unknown as SoundBoard;

function setup(options: { down?: () => boolean; apiBase?: string; store?: OnlineStore; window?: Window | null; late?: boolean } = {}) {
  const roundStore = createRoundStore();
  const settingsStore = createSettingsStore({ storage: null });
  const uiStore = createUiStore({ screen: 'menu', packs: [entry] });
  let local = 0;
  let service: OnlineService | null = null;
  // The seam as the page has it: the service behind it once "loaded" (at once, unless `late`).
  const seam = createOnlineSeam(() => Promise.resolve({ claimRun: (request, ahead) => service!.claimRun(request, ahead), mount: () => () => undefined }));
  const controller = createController({
    roundStore,
    settingsStore,
    uiStore,
    sound: silent,
    makeSeed: () => `local-${++local}`,
    claimRun: (request) => seam.claimRun(request),
    prepare: (request) => {
      const config: RoundConfig = { packId: pack.id, packVersion: pack.version, seed: request.seed, mode: request.mode, difficulty: request.difficulty };
      return Promise.resolve({ config, questions: questionsForRound(pack, config) });
    },
  });
  const base = options.apiBase ?? api;
  const client = createLeaderboardClient({ base, fetch: (input, init) => fetch(options.down?.() && typeof input === 'string' ? input.replace(api, deadApi) : input, init) });
  let localClock = 1_000_000;
  const timers: { fn: () => void; ms: number }[] = [];
  const storage = memoryStorage();
  const store = options.store ?? createOnlineStore({ storage: () => storage, makeDeviceId: () => 'device-for-tests-0001' });
  service = createOnlineService({
    controller,
    client,
    store,
    now: () => localClock,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => undefined,
    window: options.window ?? null,
  });
  if (!options.late) void seam.load();
  /** Let the service's fetches settle. */
  const settle = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(check()).toBe(true);
  };
  /** Answer every question (right, 1.2 s each by the question clock), through the controller. */
  const playOut = () => {
    for (;;) {
      const r = roundStore.getState().round!;
      if (r.phase === 'finished') return r;
      if (r.phase === 'asking') {
        controller.tick(1_200);
        controller.answer(r.questions[r.index]!.answer);
      } else controller.next();
    }
  };
  const advance = (ms: number) => (localClock += ms);
  return { controller, roundStore, settingsStore, uiStore, service, seam, store, storage, settle, playOut, advance, timers };
}

describe('online service against the real server', () => {
  it('plays a Classic round on the ticket fetched ahead, submits it and finds its rank', async () => {
    const t = setup();
    t.settingsStore.getState().setPlayerName('Ann');
    // The menu fetched a ticket; a round started before it is in would be offline.
    await t.service.prefetch();
    expect(await t.controller.startRound()).toBe(true);
    const round = t.roundStore.getState().round!;
    expect(round.config.seed).not.toMatch(/^local-/);
    expect(t.service.statusOf(round.config).kind).toBe('ready');
    const finished = t.playOut();
    serverClock += 60_000;
    const status = await t.service.submit(finished);
    expect(status.kind).toBe('accepted');
    if (status.kind !== 'accepted') return;
    expect(status.accepted.score).toBe(finished.score);
    expect(status.board?.you?.rank).toBe(1);
    expect(status.board?.top[0]?.name).toBe('Ann');
    // A second submit of the same round is not sent again.
    expect((await t.service.submit(finished)).kind).toBe('accepted');
    // Delete my online scores: this device's entry leaves the board.
    expect(await t.service.deleteMine()).toEqual({ ok: true, value: 1 });
    const after = await t.service.board(t.service.boardOfRound(round.config)!);
    expect(after.ok && after.value.top.map((r) => r.runId)).not.toContain(status.accepted.runId);
  });

  it('plays exactly as before without a ticket, and says the round was offline', async () => {
    const t = setup({ down: () => true });
    await t.service.prefetch();
    expect(await t.controller.startRound()).toBe(true);
    const round = t.roundStore.getState().round!;
    expect(round.config.seed).toBe('local-1');
    expect(t.service.statusOf(round.config)).toEqual({ kind: 'offline', reason: OFFLINE_REASON });
    expect((await t.service.submit(t.playOut())).kind).toBe('offline');
  });

  it('says "Played offline" only to a player who is offline; an online one hears the server did not answer', async () => {
    for (const onLine of [true, false]) {
      const win = { navigator: { onLine }, addEventListener() {}, removeEventListener() {} } as unknown as Window;
      const t = setup({ down: () => true, window: win });
      await t.service.prefetch();
      expect(await t.controller.startRound()).toBe(true);
      const round = t.roundStore.getState().round!;
      expect(t.service.statusOf(round.config)).toEqual({ kind: 'offline', reason: onLine ? NO_SERVER_REASON : OFFLINE_REASON });
    }
  });

  it('treats an HTML page at /api as no leaderboard, without posting anything', async () => {
    const client = createLeaderboardClient({ base: htmlApi });
    const health = await client.health();
    expect(health.ok).toBe(false);
    if (!health.ok) expect(health.failure.kind).toBe('unavailable');
    const t = setup({ apiBase: htmlApi });
    await t.service.prefetch();
    expect(t.service.available()).toBe(false);
  });

  it('asks for a Daily run alongside play, and refuses to count it when the server’s day differs', async () => {
    const t = setup();
    const day = utcDateOf(new Date(serverClock));
    await t.controller.startRound({ packId: PACK, mode: 'daily', difficulty: 'medium', seed: dailySeed(PACK, day) });
    const daily = t.roundStore.getState().round!.config;
    expect(t.service.statusOf(daily).kind).toBe('issuing');
    await t.settle(() => t.service.statusOf(daily).kind === 'ready');

    await t.controller.startRound({ packId: PACK, mode: 'daily', difficulty: 'medium', seed: dailySeed(PACK, '2026-11-20') });
    const old = t.roundStore.getState().round!.config;
    await t.settle(() => t.service.statusOf(old).kind === 'offline');
    const s = t.service.statusOf(old);
    expect(s.kind === 'offline' && s.reason).toMatch(/clock/);
  });

  it('queues a submit the server could not take, backs off, and lands it when the server is back', async () => {
    let down = false;
    const t = setup({ down: () => down });
    t.settingsStore.getState().setPlayerName('Cy');
    t.settingsStore.getState().setLastMode('survival');
    await t.service.prefetch();
    await t.controller.startRound({ mode: 'survival' });
    const round = t.roundStore.getState().round!;
    expect(t.service.statusOf(round.config).kind).toBe('ready');
    const finished = t.playOut();
    down = true;
    const queued = await t.service.submit(finished);
    expect(queued.kind).toBe('queued');
    expect(queued.kind === 'queued' && queued.message).toMatch(/could not be reached.*waiting/);
    expect(t.store.getState().pending).toHaveLength(1);
    expect(JSON.parse(t.storage.data.get('football-trivia:online')!).state.pending[0].name).toBe('Cy');
    expect(t.timers.at(-1)!.ms).toBe(backoffMs(0));

    // Still down at the retry: counted, and the next try waits twice as long.
    t.advance(backoffMs(0));
    await t.service.flush();
    expect(t.store.getState().pending[0]!.attempts).toBe(2);
    expect(t.store.getState().pending[0]!.nextAt).toBe(1_000_000 + backoffMs(0) + backoffMs(2));
    // Not yet due: an ordinary flush leaves it; the server is back and `online` forces it.
    down = false;
    serverClock += 120_000;
    await t.service.flush();
    expect(t.store.getState().pending).toHaveLength(1);
    await t.service.flush(true);
    expect(t.store.getState().pending).toHaveLength(0);
    const landed = t.service.statusOf(round.config);
    expect(landed.kind).toBe('accepted');
    expect(landed.kind === 'accepted' && landed.board?.you?.name).toBe('Cy');
    expect(t.uiStore.getState().notice).toMatch(/waiting score .* is on the online board: #\d+/);
  });

  it('drops a queued submit once its run has expired, and stops at a refusal with the reason', async () => {
    const store = createOnlineStore({ storage: () => memoryStorage() });
    const t = setup({ store });
    const base = { name: 'Di', history: [{ questionId: 'q', chosen: 0, timeMs: 1000, lifelines: [] }], board: { packId: PACK, packVersion: pack.version, seed: 's', mode: 'classic' as const, difficulty: 'medium' as const }, attempts: 0, nextAt: 0 };
    store.getState().enqueue({ ...base, runId: 'old', token: 'x.y.z', label: 'Old round', expiresAt: 1_000_000 - 1 });
    store.getState().enqueue({ ...base, runId: 'forged', token: 'x.y.z', label: 'Forged round', expiresAt: 1_000_000 + RUN_LIFETIME_MS });
    await t.service.flush(true);
    expect(store.getState().pending).toEqual([]);
    expect(t.uiStore.getState().notice).toMatch(/Forged round.*not accepted.*did not recognise/);
  });

  it('lets the player change a refused name and submit again', async () => {
    const t = setup();
    t.settingsStore.getState().setPlayerName('sh1t');
    t.settingsStore.getState().setLastMode('survival');
    await t.service.prefetch();
    await t.controller.startRound({ mode: 'survival' });
    const finished = t.playOut();
    serverClock += 60_000;
    const refused = await t.service.submit(finished);
    expect(refused).toEqual({ kind: 'refused', message: refusalMessage('name-not-allowed'), canRetry: true });
    t.settingsStore.getState().setPlayerName('Eve');
    expect((await t.service.submit(finished)).kind).toBe('accepted');
  });
});

describe('a round carries its run from prepare', () => {
  it('spends the ticket fetched ahead only through prepare: a round started in the store directly has none', async () => {
    const t = setup();
    await t.service.prefetch();
    // Not prepared by the controller: nothing matches it up with the ticket later.
    const config: RoundConfig = { packId: pack.id, packVersion: pack.version, seed: 'by-hand', mode: 'classic', difficulty: 'medium' };
    t.roundStore.getState().start(config, questionsForRound(pack, config));
    expect(t.service.statusOf(config).kind).toBe('offline');
    // The ticket is still there for the next prepared round, which plays on its seed.
    expect(await t.controller.startRound()).toBe(true);
    const round = t.roundStore.getState().round!;
    expect(round.config.seed).not.toMatch(/^local-|by-hand/);
    expect(t.service.statusOf(round.config).kind).toBe('ready');
  });

  it('gives one ticket to one round: the next round without a fresh ticket is offline on a local seed', async () => {
    const t = setup();
    await t.service.prefetch();
    await t.controller.startRound();
    const first = t.roundStore.getState().round!.config;
    await t.controller.startRound();
    const second = t.roundStore.getState().round!.config;
    expect(t.service.statusOf(first).kind).toBe('ready');
    expect(second.seed).toBe('local-1');
    expect(t.service.statusOf(second).kind).toBe('offline');
  });

  it('does not let a ticket count for a round that turned out to be another table', () => {
    const t = setup();
    const run = t.service.claimRun({ packId: PACK, mode: 'classic', difficulty: 'medium' });
    expect(run.seed).toBeNull();
    const config: RoundConfig = { packId: pack.id, packVersion: pack.version, seed: 'x', mode: 'classic', difficulty: 'medium' };
    run.begin(config);
    expect(t.service.statusOf(config).kind).toBe('offline');
  });

  it('hands a round prepared before the online chunk came in over to it, without spending a ticket on it', async () => {
    const t = setup({ late: true });
    const day = utcDateOf(new Date(serverClock));
    await t.controller.startRound({ packId: PACK, mode: 'daily', difficulty: 'medium', seed: dailySeed(PACK, day) });
    const daily = t.roundStore.getState().round!.config;
    expect(t.service.statusOf(daily).kind).toBe('offline');
    await t.seam.load();
    expect(t.service.statusOf(daily).kind).toBe('issuing');
    await t.settle(() => t.service.statusOf(daily).kind === 'ready');

    const t2 = setup({ late: true });
    await t2.controller.startRound();
    const local = t2.roundStore.getState().round!.config;
    expect(local.seed).toBe('local-1');
    await t2.seam.load();
    await t2.service.prefetch();
    expect(t2.service.statusOf(local)).toEqual({ kind: 'offline', reason: OFFLINE_REASON });
    // The ticket fetched after it is left for the next round.
    await t2.controller.startRound();
    expect(t2.service.statusOf(t2.roundStore.getState().round!.config).kind).toBe('ready');
  });
});

describe('messages', () => {
  it('has people words for every refusal code the server sends', () => {
    for (const code of ['bad-token', 'run-expired', 'history-does-not-fit', 'round-not-finished', 'answer-time-out-of-bounds', 'too-fast', 'already-submitted', 'daily-already-played', 'unknown-pack', 'name-not-allowed', 'rate-limited', 'body-too-large', 'bad-request']) {
      expect(refusalMessage(code), code).not.toMatch(/^The server refused/);
    }
    expect(refusalMessage('something-new', 'it was odd')).toBe('The server refused: it was odd.');
    expect(failureMessage({ kind: 'network' })).toMatch(/could not be reached/);
    expect(backoffMs(0)).toBe(5_000);
    expect(backoffMs(3)).toBe(40_000);
    expect(backoffMs(30)).toBe(5 * 60_000);
  });
});
