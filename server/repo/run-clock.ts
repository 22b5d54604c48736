// The server's clock for ranked runs (see rounds.ts): a row per question, stamped at reveal and
// at answer. Conditional writes keep it right when two requests for one run race.
import type { Row, Sql } from '../db/sql';
import type { RunClockRepo, RunMark, RunState } from './types';

const num = (v: unknown) => Number(v);

const MARKS_SQL = 'SELECT idx, revealed_at, answered_at, question_id, chosen, lifelines FROM run_marks WHERE run_id = ? ORDER BY idx';
const toMarks = (rows: Row[]) =>
  rows.map(
    (r): RunMark => ({
      idx: num(r.idx),
      revealedAt: num(r.revealed_at),
      answeredAt: r.answered_at === null ? null : num(r.answered_at),
      questionId: typeof r.question_id === 'string' ? r.question_id : null,
      chosen: r.chosen === null ? null : num(r.chosen),
      lifelines: typeof r.lifelines === 'string' && r.lifelines !== '' ? r.lifelines.split(',') : [],
    }),
  );

const STATE_SQL = 'SELECT (SELECT code FROM run_refusals WHERE run_id = ?) AS refused, (SELECT 1 FROM scores WHERE run_id = ?) AS accepted';
function toState(rows: Row[]): RunState {
  const r = rows[0];
  if (r && typeof r.refused === 'string') return { state: 'refused', code: r.refused };
  return r && r.accepted !== null && r.accepted !== undefined ? { state: 'accepted' } : { state: 'open' };
}

export function createRunClock(sql: Sql): RunClockRepo {
  const refusalOf = async (runId: string) => {
    const rows = await sql.all('SELECT code FROM run_refusals WHERE run_id = ?', [runId]);
    return rows[0] ? String(rows[0].code) : null;
  };
  const markAt = async (runId: string, idx: number) => (await sql.all('SELECT revealed_at, answered_at FROM run_marks WHERE run_id = ? AND idx = ?', [runId, idx]))[0];

  return {
    async reveal(runId, idx, now) {
      if (await refusalOf(runId)) return { ok: false, why: 'refused' };
      // In order: every question revealed before it is answered, none after it revealed. A question
      // never revealed (the ticket came late) may be skipped: it just earns no time bonus.
      const blocking = await sql.all('SELECT COUNT(*) AS n FROM run_marks WHERE run_id = ? AND ((idx < ? AND answered_at IS NULL) OR idx > ?)', [runId, idx, idx]);
      if (num(blocking[0]?.n) > 0) return { ok: false, why: 'out-of-order' };
      await sql.run('INSERT INTO run_marks (run_id, idx, revealed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [runId, idx, now]);
      const mark = await markAt(runId, idx);
      return { ok: true, revealedAt: num(mark?.revealed_at) };
    },

    async answer(runId, idx, a, now) {
      if (await refusalOf(runId)) return { ok: false, why: 'refused' };
      const changed = await sql.run(
        'UPDATE run_marks SET answered_at = ?, question_id = ?, chosen = ?, lifelines = ? WHERE run_id = ? AND idx = ? AND answered_at IS NULL',
        [now, a.questionId, a.chosen, a.lifelines.join(','), runId, idx],
      );
      const mark = await markAt(runId, idx);
      if (!mark) return { ok: false, why: 'not-revealed' };
      if (changed !== 1) return { ok: false, why: 'already-answered' };
      return { ok: true, answeredAt: now, revealedAt: num(mark.revealed_at) };
    },

    marks: async (runId) => toMarks(await sql.all(MARKS_SQL, [runId])),

    // The refusal and the end of the run's marks together, in one unit: a refused run is never left half-closed.
    async refuseRun(runId, code, now) {
      await sql.atomic([
        { sql: 'INSERT INTO run_refusals (run_id, code, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', params: [runId, code, now] },
        { sql: 'DELETE FROM run_marks WHERE run_id = ?', params: [runId] },
      ]);
    },

    runState: async (runId) => toState(await sql.all(STATE_SQL, [runId, runId])),

    async runRecord(runId) {
      const [state, marks] = await sql.read([{ sql: STATE_SQL, params: [runId, runId] }, { sql: MARKS_SQL, params: [runId] }]);
      return { state: toState(state!), marks: toMarks(marks!) };
    },
    refusalOf,
  };
}
