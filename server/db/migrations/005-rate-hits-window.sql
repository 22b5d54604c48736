-- The rate-limit table is swept by age (server/repo/sql-repo.ts, `hit`): at most once a minute per
-- process, a bounded batch of the oldest windows. This index makes that batch an index range, not
-- a scan of every key.
CREATE INDEX rate_hits_window ON rate_hits (window_start);
