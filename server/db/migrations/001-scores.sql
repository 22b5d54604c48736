-- Accepted scores. One row per run (the run id is the replay guard); portable SQL that SQLite and
-- PostgreSQL both read, so one set of migrations serves both.
CREATE TABLE scores (
  run_id TEXT PRIMARY KEY,
  pack_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  seed TEXT NOT NULL,
  -- 'server' (random seed the server chose), 'daily' (that day's dailySeed), 'client' (a challenge seed)
  seed_source TEXT NOT NULL,
  mode TEXT NOT NULL,
  difficulty TEXT NOT NULL,
  score INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  correct INTEGER NOT NULL,
  answered INTEGER NOT NULL,
  name TEXT NOT NULL,
  -- HMAC of the player's device id: enough to find their own entries, not to identify them.
  device_hash TEXT NOT NULL,
  -- ISO week of acceptance ('2026-W49', UTC) and, for the Daily, the seed's UTC day.
  week TEXT NOT NULL,
  daily_day TEXT,
  created_at BIGINT NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  removed INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX scores_board ON scores (pack_id, mode, difficulty, score DESC, time_ms, created_at);
CREATE INDEX scores_week ON scores (pack_id, mode, difficulty, week, score DESC, time_ms);
CREATE INDEX scores_challenge ON scores (pack_id, pack_version, seed, mode, difficulty);
CREATE INDEX scores_device ON scores (device_hash);
-- One Daily entry per player per pack per day.
CREATE UNIQUE INDEX scores_daily_once ON scores (pack_id, daily_day, device_hash) WHERE daily_day IS NOT NULL;
