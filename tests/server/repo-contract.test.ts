// The repository contract, run against SQLite (a file, WAL) and PostgreSQL (PGlite, the real
// Postgres engine compiled to WASM), and a PostgreSQL server too when TEST_DATABASE_URL names one
// (its tables are dropped first: give it a throwaway database). Same repo code, same expectations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { openPostgres, wrapPglite } from '../../server/db/postgres';
import type { Sql } from '../../server/db/sql';
import { openSqlite, openSqliteWorker } from '../../server/db/sqlite';
import { createSqlRepo, RATE_KEEP_MS, RATE_SWEEP_EVERY_MS, RATE_SWEEP_ROWS } from '../../server/repo/sql-repo';
import type { LeaderboardRepo, ScoreEntry } from '../../server/repo/types';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-repo-'));
  dirs.push(dir);
  return join(dir, 'db.sqlite');
};
const backends: [string, () => Promise<Sql>][] = [
  ['sqlite', () => Promise.resolve(openSqlite(tempFile()))],
  // The server's own: a writer and a reader, each on its own thread.
  ['sqlite (its own threads)', () => openSqliteWorker(tempFile())],
  ['postgres (PGlite)', async () => wrapPglite(await PGlite.create())],
];
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  backends.push(['postgres server (TEST_DATABASE_URL)', async () => {
    const sql = openPostgres(serverUrl);
    await sql.exec('DROP TABLE IF EXISTS scores, run_marks, run_refusals, shared_packs, health_probe, rate_hits, score_counts, tie_counts, schema_migrations CASCADE; DROP FUNCTION IF EXISTS scores_count CASCADE; DROP FUNCTION IF EXISTS tie_count CASCADE;');
    return sql;
  }]);
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let n = 0;
function entry(over: Partial<ScoreEntry> = {}): ScoreEntry {
  n++;
  return {
    runId: `run-${n}`, packId: 'p', packVersion: '1.0.0', seed: `s${n}`, seedSource: 'server', mode: 'classic', difficulty: 'medium',
    score: 100, timeMs: 10_000, correct: 5, answered: 10, name: `P${n}`, deviceHash: `dev-${n}`, week: '2026-W49', dailyDay: null, createdAt: 1_000 + n,
    ...over,
  };
}
const ALL = { period: 'all', packId: 'p', mode: 'classic', difficulty: 'medium' } as const;

describe.each(backends)('score repository on %s', (_name, open) => {
  let repo: LeaderboardRepo;
  let sql: Sql;
  beforeAll(async () => {
    sql = await open();
    expect((await migrate(sql)).map((f) => f.slice(0, 3))).toEqual(['001', '002', '003', '004', '005']);
    expect(await migrate(sql)).toEqual([]); // each migration once
    repo = createSqlRepo(sql);
  });
  afterAll(() => repo.close());

  it('accepts a run once', async () => {
    const e = entry();
    expect(await repo.insert(e)).toBe('ok');
    expect(await repo.insert({ ...e, score: 999_999 })).toBe('replayed');
    expect((await repo.get(e.runId))?.score).toBe(100);
  });

  it('ranks by score, then time, then who came first, and finds the rank and neighbours of a run', async () => {
    const base = { packId: 'rank' };
    const rows = [
      entry({ ...base, score: 500, timeMs: 9_000, createdAt: 5 }),
      entry({ ...base, score: 500, timeMs: 8_000, createdAt: 6 }),
      entry({ ...base, score: 500, timeMs: 8_000, createdAt: 4 }),
      entry({ ...base, score: 900, timeMs: 20_000, createdAt: 7 }),
      entry({ ...base, score: 100, timeMs: 1_000, createdAt: 1 }),
    ];
    for (const r of rows) expect(await repo.insert(r)).toBe('ok');
    const q = { ...ALL, packId: 'rank' };
    const top = await repo.top(q, 10);
    expect(top.map((r) => r.runId)).toEqual([rows[3], rows[2], rows[1], rows[0], rows[4]].map((r) => r!.runId));
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    const me = await repo.rankOf(q, rows[0]!.runId);
    expect(me?.rank).toBe(4);
    expect((await repo.slice(q, 3, 3)).map((r) => r.rank)).toEqual([3, 4, 5]);
    expect(await repo.rankOf({ ...q, difficulty: 'hard' }, rows[0]!.runId)).toBeNull();
  });

  it('keeps the boards apart: week, relaxed, challenge seeds, Daily per day', async () => {
    const packId = 'apart';
    await repo.insert(entry({ packId, week: '2026-W48' }));
    await repo.insert(entry({ packId, week: '2026-W49' }));
    await repo.insert(entry({ packId, mode: 'relaxed' }));
    await repo.insert(entry({ packId, seed: 'chal', seedSource: 'client' }));
    await repo.insert(entry({ packId, seed: 'chal', seedSource: 'server' }));
    expect(await repo.top({ ...ALL, packId }, 10)).toHaveLength(3);
    expect(await repo.top({ period: 'week', packId, mode: 'classic', difficulty: 'medium', week: '2026-W49' }, 10)).toHaveLength(2);
    expect(await repo.top({ ...ALL, packId, mode: 'relaxed' }, 10)).toHaveLength(1);
    expect(await repo.top({ period: 'challenge', packId, packVersion: '1.0.0', seed: 'chal', mode: 'classic', difficulty: 'medium' }, 10)).toHaveLength(2);
  });

  it('takes one Daily entry per player per day', async () => {
    const daily = { packId: 'daily', mode: 'daily', dailyDay: '2026-12-01', deviceHash: 'same' } as const;
    expect(await repo.insert(entry(daily))).toBe('ok');
    expect(await repo.insert(entry(daily))).toBe('daily-taken');
    expect(await repo.insert(entry({ ...daily, dailyDay: '2026-12-02' }))).toBe('ok');
    expect(await repo.insert(entry({ ...daily, deviceHash: 'other' }))).toBe('ok');
    expect(await repo.top({ period: 'daily', packId: 'daily', difficulty: 'medium', day: '2026-12-01' }, 10)).toHaveLength(2);
  });

  it('hides for moderation and removes a player\'s own entries, keeping the run ids used', async () => {
    const packId = 'mod';
    const a = entry({ packId, deviceHash: 'mine' });
    const b = entry({ packId, deviceHash: 'mine' });
    const c = entry({ packId });
    for (const e of [a, b, c]) await repo.insert(e);
    expect(await repo.setHidden(c.runId, true)).toBe(true);
    expect(await repo.setHidden('nope', true)).toBe(false);
    expect(await repo.removeByDevice('mine')).toBe(2);
    expect(await repo.top({ ...ALL, packId }, 10)).toEqual([]);
    expect((await repo.get(a.runId))?.name).toBe('');
    expect(await repo.insert(a)).toBe('replayed');
    await repo.setHidden(c.runId, false);
    expect((await repo.top({ ...ALL, packId }, 10)).map((r) => r.runId)).toEqual([c.runId]);
  });

  it('reads a whole board at once as top, rankOf and around give it', async () => {
    const packId = 'whole';
    const rows = Array.from({ length: 9 }, (_, i) => entry({ packId, score: 100 * (i % 4), timeMs: 5_000 + 700 * i }));
    for (const r of rows) await repo.insert(r);
    const q = { ...ALL, packId };
    for (const r of rows) {
      const you = await repo.rankOf(q, r.runId);
      expect(await repo.board(q, 3, r.runId, 2)).toEqual({ top: await repo.top(q, 3), you, around: await repo.around(q, you!, 2) });
    }
    expect(await repo.board(q, 5, null, 2)).toEqual({ top: await repo.top(q, 5), you: null, around: [] });
    expect(await repo.board(q, 5, 'not-on-this-board', 2)).toEqual({ top: await repo.top(q, 5), you: null, around: [] });
  });

  it('reads a run\'s state and clock marks together as runState and marks give them', async () => {
    await repo.reveal('rec-1', 0, 1_000);
    await repo.answer('rec-1', 0, { questionId: 'q1', chosen: 2, lifelines: ['fifty'] }, 2_000);
    expect(await repo.runRecord('rec-1')).toEqual({ state: await repo.runState('rec-1'), marks: await repo.marks('rec-1') });
    expect((await repo.runRecord('rec-1')).marks).toHaveLength(1);
    await repo.refuseRun('rec-1', 'too-fast', 3_000);
    expect(await repo.runRecord('rec-1')).toEqual({ state: { state: 'refused', code: 'too-fast' }, marks: [] });
  });

  it('counts rate-limit calls in fixed windows, and sweeps old windows by the clock, a bounded batch at a time', async () => {
    const t0 = 50_000_000_000;
    expect(await repo.hit('k', 60_000, t0)).toEqual({ count: 1, windowStart: t0 });
    expect(await repo.hit('k', 60_000, t0 + 59_999)).toEqual({ count: 2, windowStart: t0 });
    expect(await repo.hit('k', 60_000, t0 + 60_000)).toEqual({ count: 1, windowStart: t0 + 60_000 });
    // More stale windows than one sweep takes, the oldest first.
    const stale = RATE_SWEEP_ROWS + 5;
    const params = Array.from({ length: stale }, (_, i) => [`old-${i}`, t0 - stale + i, 1]).flat();
    await sql.run(`INSERT INTO rate_hits (key, window_start, n) VALUES ${Array.from({ length: stale }, () => '(?, ?, 1)').join(', ')}`, params.filter((_, i) => i % 3 !== 2));
    const keys = async () => (await sql.all("SELECT key FROM rate_hits WHERE key LIKE 'old-%' ORDER BY window_start")).map((r) => String(r.key));
    const later = t0 + RATE_KEEP_MS;
    // The first sweep after the windows went stale takes one batch (the oldest), the next one minute later the rest.
    await repo.hit('k', 60_000, later);
    expect(await keys()).toEqual(Array.from({ length: 5 }, (_, i) => `old-${RATE_SWEEP_ROWS + i}`));
    await repo.hit('k', 60_000, later + RATE_SWEEP_EVERY_MS - 1);
    expect(await keys()).toHaveLength(5);
    await repo.hit('k', 60_000, later + RATE_SWEEP_EVERY_MS);
    expect(await keys()).toEqual([]);
    // The key in use stays, its window counting on.
    expect(await repo.hit('k', 60_000, later + RATE_SWEEP_EVERY_MS + 1)).toEqual({ count: 2, windowStart: later + RATE_SWEEP_EVERY_MS });
  });
});
