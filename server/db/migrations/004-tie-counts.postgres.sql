-- Ties, from a cache too: on a board where many runs share one score (every run with no right
-- answer scores 0: ~1 in 11 of a real board), the runs ahead of one within its score were counted
-- in the index, a walk over up to all of them (491 ms p99 on a 1M-row board). tie_counts keeps, per
-- board and score, how many visible entries fall in each second of total time, so a rank is the
-- sum over higher scores (score_counts), plus the sum over the earlier seconds of its own score,
-- plus a count within its own second (an index range of a few rows). Same board keys and the same
-- trigger rules as score_counts (migration 003).
CREATE TABLE tie_counts (
  board TEXT NOT NULL,
  score INTEGER NOT NULL,
  second INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (board, score, second)
);

INSERT INTO tie_counts (board, score, second, n) SELECT 'a|' || s.pack_id || '|' || s.mode || '|' || s.difficulty, s.score, s.time_ms / 1000, COUNT(*) FROM scores s WHERE s.hidden = 0 AND s.removed = 0 AND s.seed_source <> 'client' GROUP BY 1, 2, 3;
INSERT INTO tie_counts (board, score, second, n) SELECT 'w|' || s.pack_id || '|' || s.mode || '|' || s.difficulty || '|' || s.week, s.score, s.time_ms / 1000, COUNT(*) FROM scores s WHERE s.hidden = 0 AND s.removed = 0 AND s.seed_source <> 'client' GROUP BY 1, 2, 3;
INSERT INTO tie_counts (board, score, second, n) SELECT 'd|' || s.pack_id || '|' || s.difficulty || '|' || s.daily_day, s.score, s.time_ms / 1000, COUNT(*) FROM scores s WHERE s.hidden = 0 AND s.removed = 0 AND s.daily_day IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO tie_counts (board, score, second, n) SELECT 'c|' || s.pack_id || '|' || s.pack_version || '|' || s.seed || '|' || s.mode || '|' || s.difficulty, s.score, s.time_ms / 1000, COUNT(*) FROM scores s WHERE s.hidden = 0 AND s.removed = 0 AND 1 = 1 GROUP BY 1, 2, 3;

CREATE FUNCTION tie_count() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  d INTEGER;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT (NEW.hidden = 0 AND NEW.removed = 0) THEN RETURN NULL; END IF;
    d := 1;
  ELSE
    IF (OLD.hidden = 0 AND OLD.removed = 0) = (NEW.hidden = 0 AND NEW.removed = 0) THEN RETURN NULL; END IF;
    d := CASE WHEN NEW.hidden = 0 AND NEW.removed = 0 THEN 1 ELSE -1 END;
  END IF;
  INSERT INTO tie_counts (board, score, second, n) SELECT 'a|' || NEW.pack_id || '|' || NEW.mode || '|' || NEW.difficulty, NEW.score, NEW.time_ms / 1000, d WHERE NEW.seed_source <> 'client'
    ON CONFLICT (board, score, second) DO UPDATE SET n = tie_counts.n + excluded.n;
  INSERT INTO tie_counts (board, score, second, n) SELECT 'w|' || NEW.pack_id || '|' || NEW.mode || '|' || NEW.difficulty || '|' || NEW.week, NEW.score, NEW.time_ms / 1000, d WHERE NEW.seed_source <> 'client'
    ON CONFLICT (board, score, second) DO UPDATE SET n = tie_counts.n + excluded.n;
  INSERT INTO tie_counts (board, score, second, n) SELECT 'd|' || NEW.pack_id || '|' || NEW.difficulty || '|' || NEW.daily_day, NEW.score, NEW.time_ms / 1000, d WHERE NEW.daily_day IS NOT NULL
    ON CONFLICT (board, score, second) DO UPDATE SET n = tie_counts.n + excluded.n;
  INSERT INTO tie_counts (board, score, second, n) SELECT 'c|' || NEW.pack_id || '|' || NEW.pack_version || '|' || NEW.seed || '|' || NEW.mode || '|' || NEW.difficulty, NEW.score, NEW.time_ms / 1000, d WHERE 1 = 1
    ON CONFLICT (board, score, second) DO UPDATE SET n = tie_counts.n + excluded.n;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER tie_count AFTER INSERT OR UPDATE OF hidden, removed ON scores FOR EACH ROW EXECUTE FUNCTION tie_count();
