// Durability: kill -9 the server in the middle of a burst of submissions, restart it on the same
// DATA_DIR, and find every acknowledged score (and no half-written row) after the restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openSqlite } from '../../server/db/sqlite';
import { issueRuns, sleep, startServer, submitRuns, LOAD_FLOOR_WAIT_MS, LOAD_NAME, type ServerProcess } from './load';

const dir = mkdtempSync(join(tmpdir(), 'lb-kill-'));
const started: ServerProcess[] = [];
afterAll(() => {
  for (const s of started) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

it('keeps every acknowledged score across a kill -9 mid-burst', async () => {
  const first = await startServer(dir);
  started.push(first);
  const runs = await issueRuns(first.url, 300);
  await sleep(LOAD_FLOOR_WAIT_MS);

  const acked = new Set<string>();
  let killed = false;
  const exited = new Promise((r) => first.child.once('exit', r));
  await submitRuns(first.url, runs, 16, (r) => {
    if (r.status === 201) acked.add(r.run.runId);
    else if (r.status !== 'error') throw new Error(`unexpected ${r.status}`);
    // Kill while the other 15 clients still have requests in flight.
    if (!killed && acked.size >= 60) {
      killed = true;
      first.child.kill('SIGKILL');
    }
  }, () => killed);
  await exited;
  expect(killed).toBe(true);
  expect(acked.size).toBeGreaterThanOrEqual(60);

  // Restart on the same directory (same database, same generated secret).
  const second = await startServer(dir);
  started.push(second);
  const again = new Map<string, number | 'error'>();
  await submitRuns(second.url, runs, 16, (r) => again.set(r.run.runId, r.status));
  // Every acknowledged run is still there: the replay guard refuses it.
  for (const id of acked) expect(again.get(id)).toBe(409);
  // Every other run is either already stored whole (409) or accepted now (201); nothing in between.
  for (const status of again.values()) expect([201, 409]).toContain(status);
  second.child.kill('SIGTERM');
  await new Promise((r) => second.child.once('exit', r));

  const sql = openSqlite(join(dir, 'leaderboard.db'));
  expect(await sql.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  const rows = await sql.all('SELECT run_id, name, answered, score FROM scores');
  expect(rows).toHaveLength(runs.length);
  for (const row of rows) {
    expect(row.name).toBe(LOAD_NAME);
    expect(Number(row.answered)).toBeGreaterThanOrEqual(3);
  }
  await sql.close();
});
