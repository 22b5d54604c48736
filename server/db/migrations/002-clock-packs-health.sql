-- The server's clock for ranked runs: one row per question of a run, stamped when the question is
-- revealed and when its answer arrives (with the choice, so a time and a choice cannot be split).
CREATE TABLE run_marks (
  run_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  revealed_at BIGINT NOT NULL,
  answered_at BIGINT,
  question_id TEXT,
  -- null with answered_at set: the question's time ran out
  chosen INTEGER,
  -- the lifelines used on this question, comma-separated ('' for none)
  lifelines TEXT,
  PRIMARY KEY (run_id, idx)
);

-- A run refused for what it holds stays refused: another history cannot be tried on it.
CREATE TABLE run_refusals (
  run_id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

-- Packs shared by short link (POST /api/packs): id is a base64url prefix of the text's SHA-256.
CREATE TABLE shared_packs (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

-- One row that /api/health rewrites: health fails when writes fail.
CREATE TABLE health_probe (
  id INTEGER PRIMARY KEY,
  at BIGINT NOT NULL
);

-- Rate-limit counts shared by every server process on this database (keys are keyed hashes of
-- addresses, never addresses).
CREATE TABLE rate_hits (
  key TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  n INTEGER NOT NULL
);

-- Rank from an index: each board reads only its visible rows, in board order, so the top is the
-- index's first rows and COUNT(*) of the rows ahead of a run walks index ranges, not the table.
-- The filter columns trail the key so SQLite can count from the index alone (it does not take a
-- partial index's predicate as covering them).
-- The 001 board indexes could not answer for hidden/removed/seed_source without reading rows; the
-- partial ones below do, so the planner must not be offered the old ones.
DROP INDEX scores_board;
DROP INDEX scores_week;
CREATE INDEX scores_rank ON scores (pack_id, mode, difficulty, score DESC, time_ms, created_at, run_id, hidden, removed, seed_source) WHERE hidden = 0 AND removed = 0 AND seed_source <> 'client';
CREATE INDEX scores_rank_week ON scores (pack_id, mode, difficulty, week, score DESC, time_ms, created_at, run_id, hidden, removed, seed_source) WHERE hidden = 0 AND removed = 0 AND seed_source <> 'client';
CREATE INDEX scores_rank_daily ON scores (pack_id, difficulty, daily_day, score DESC, time_ms, created_at, run_id, hidden, removed) WHERE hidden = 0 AND removed = 0 AND daily_day IS NOT NULL;
CREATE INDEX scores_rank_challenge ON scores (pack_id, pack_version, seed, mode, difficulty, score DESC, time_ms, created_at, run_id, hidden, removed) WHERE hidden = 0 AND removed = 0;
