// Rank from the rank caches (score_counts and tie_counts, kept by triggers) and the index, against a brute-force
// sort of the same rows: random boards with many ties (times on and across second boundaries), hidden
// and removed entries, on every backend.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardQuery, LeaderboardRepo, ScoreEntry } from '../../server/repo/types';
import { backends } from './backends';

const Op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), score: fc.integer({ min: 0, max: 4 }).map((n) => n * 100), timeMs: fc.constantFrom(0, 999, 1_000, 1_001, 1_999, 2_000, 3_500), board: fc.constantFrom('a', 'b'), daily: fc.boolean() }),
  fc.record({ kind: fc.constant('hide' as const), which: fc.nat(), hidden: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
);

let run = 0;
describe.each(backends('rank'))('rank on %s', (_name, open) => {
  let repo: LeaderboardRepo;
  beforeAll(async () => {
    repo = await open();
  });
  afterAll(() => repo.close());

  it('matches a brute-force sort after any mix of inserts, hides and removals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(Op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const pack = `p${++run}`;
        const rows: (ScoreEntry & { hidden: boolean; removed: boolean })[] = [];
        for (const op of ops) {
          if (op.kind === 'add') {
            const e: ScoreEntry = {
              runId: `${pack}-r${rows.length}`, packId: pack, packVersion: '1', seed: 's', seedSource: op.board === 'a' ? 'server' : 'client', mode: 'classic', difficulty: 'easy',
              score: op.score, timeMs: op.timeMs, correct: 1, answered: 1, name: 'N', deviceHash: `${pack}-d${rows.length % 3}`, week: '2026-W49', dailyDay: op.daily ? '2026-12-07' : null, createdAt: 1_000 + (rows.length % 4),
            };
            // The Daily takes one entry per player per day: mirror what the database accepts.
            if ((await repo.insert(e)) === 'ok') rows.push({ ...e, hidden: false, removed: false });
          } else if (rows.length > 0) {
            const r = rows[op.which % rows.length]!;
            if (op.kind === 'hide') {
              await repo.setHidden(r.runId, op.hidden);
              r.hidden = op.hidden;
            } else {
              await repo.removeByDevice(r.deviceHash);
              for (const x of rows) if (x.deviceHash === r.deviceHash) x.removed = true;
            }
          }
        }
        const boards: [BoardQuery, (r: ScoreEntry) => boolean][] = [
          [{ period: 'all', packId: pack, mode: 'classic', difficulty: 'easy' }, (r) => r.seedSource !== 'client'],
          [{ period: 'week', packId: pack, mode: 'classic', difficulty: 'easy', week: '2026-W49' }, (r) => r.seedSource !== 'client'],
          [{ period: 'daily', packId: pack, difficulty: 'easy', day: '2026-12-07' }, (r) => r.dailyDay !== null],
          [{ period: 'challenge', packId: pack, packVersion: '1', seed: 's', mode: 'classic', difficulty: 'easy' }, () => true],
        ];
        for (const [q, on] of boards) {
          const order = rows
            .filter((r) => !r.hidden && !r.removed && on(r))
            .sort((x, y) => y.score - x.score || x.timeMs - y.timeMs || x.createdAt - y.createdAt || (x.runId < y.runId ? -1 : 1));
          for (const r of rows) {
            const rank = order.indexOf(r) + 1;
            const got = await repo.rankOf(q, r.runId);
            expect(got?.rank ?? 0).toBe(rank);
            if (got) expect((await repo.around(q, got, 2)).map((x) => x.runId)).toEqual(order.slice(Math.max(0, rank - 3), rank + 2).map((x) => x.runId));
          }
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
