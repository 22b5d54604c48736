-- A rank cache kept by the database itself: how many visible entries each board has at each
-- score. A rank is then the sum over the (few hundred) higher scores plus the ties ahead of it,
-- never a count over the board. Triggers keep it exact with every insert, hide and removal, in the
-- same transaction, whichever server process writes. Board keys: a|pack|mode|difficulty (all
-- time), w|…|week, d|pack|difficulty|day (Daily), c|pack|version|seed|mode|difficulty (challenge).
CREATE TABLE score_counts (
  board TEXT NOT NULL,
  score INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (board, score)
);

INSERT INTO score_counts (board, score, n) SELECT 'a|' || s.pack_id || '|' || s.mode || '|' || s.difficulty, s.score, COUNT(*) FROM scores s WHERE s.hidden = 0 AND s.removed = 0 AND s.seed_source <> 'client' GROUP BY 1, 2;
INSERT INTO score_counts (board, score, n) SELECT 'w|' || s.pack_id || '|' || s.mode || '|' || s.difficulty || '|' || s.week, s.score, COUNT(*) FROM scores s WHERE s.hidden = 0 AND s.removed = 0 AND s.seed_source <> 'client' GROUP BY 1, 2;
INSERT INTO score_counts (board, score, n) SELECT 'd|' || s.pack_id || '|' || s.difficulty || '|' || s.daily_day, s.score, COUNT(*) FROM scores s WHERE s.hidden = 0 AND s.removed = 0 AND s.daily_day IS NOT NULL GROUP BY 1, 2;
INSERT INTO score_counts (board, score, n) SELECT 'c|' || s.pack_id || '|' || s.pack_version || '|' || s.seed || '|' || s.mode || '|' || s.difficulty, s.score, COUNT(*) FROM scores s WHERE s.hidden = 0 AND s.removed = 0 AND 1 = 1 GROUP BY 1, 2;

CREATE TRIGGER scores_count_insert AFTER INSERT ON scores WHEN NEW.hidden = 0 AND NEW.removed = 0
BEGIN
  INSERT INTO score_counts (board, score, n) SELECT 'a|' || NEW.pack_id || '|' || NEW.mode || '|' || NEW.difficulty, NEW.score, 1 WHERE NEW.seed_source <> 'client'
    ON CONFLICT (board, score) DO UPDATE SET n = score_counts.n + excluded.n;
  INSERT INTO score_counts (board, score, n) SELECT 'w|' || NEW.pack_id || '|' || NEW.mode || '|' || NEW.difficulty || '|' || NEW.week, NEW.score, 1 WHERE NEW.seed_source <> 'client'
    ON CONFLICT (board, score) DO UPDATE SET n = score_counts.n + excluded.n;
  INSERT INTO score_counts (board, score, n) SELECT 'd|' || NEW.pack_id || '|' || NEW.difficulty || '|' || NEW.daily_day, NEW.score, 1 WHERE NEW.daily_day IS NOT NULL
    ON CONFLICT (board, score) DO UPDATE SET n = score_counts.n + excluded.n;
  INSERT INTO score_counts (board, score, n) SELECT 'c|' || NEW.pack_id || '|' || NEW.pack_version || '|' || NEW.seed || '|' || NEW.mode || '|' || NEW.difficulty, NEW.score, 1 WHERE 1 = 1
    ON CONFLICT (board, score) DO UPDATE SET n = score_counts.n + excluded.n;
END;

CREATE TRIGGER scores_count_visibility AFTER UPDATE OF hidden, removed ON scores
WHEN (OLD.hidden = 0 AND OLD.removed = 0) <> (NEW.hidden = 0 AND NEW.removed = 0)
BEGIN
  INSERT INTO score_counts (board, score, n) SELECT 'a|' || NEW.pack_id || '|' || NEW.mode || '|' || NEW.difficulty, NEW.score, CASE WHEN NEW.hidden = 0 AND NEW.removed = 0 THEN 1 ELSE -1 END WHERE NEW.seed_source <> 'client'
    ON CONFLICT (board, score) DO UPDATE SET n = score_counts.n + excluded.n;
  INSERT INTO score_counts (board, score, n) SELECT 'w|' || NEW.pack_id || '|' || NEW.mode || '|' || NEW.difficulty || '|' || NEW.week, NEW.score, CASE WHEN NEW.hidden = 0 AND NEW.removed = 0 THEN 1 ELSE -1 END WHERE NEW.seed_source <> 'client'
    ON CONFLICT (board, score) DO UPDATE SET n = score_counts.n + excluded.n;
  INSERT INTO score_counts (board, score, n) SELECT 'd|' || NEW.pack_id || '|' || NEW.difficulty || '|' || NEW.daily_day, NEW.score, CASE WHEN NEW.hidden = 0 AND NEW.removed = 0 THEN 1 ELSE -1 END WHERE NEW.daily_day IS NOT NULL
    ON CONFLICT (board, score) DO UPDATE SET n = score_counts.n + excluded.n;
  INSERT INTO score_counts (board, score, n) SELECT 'c|' || NEW.pack_id || '|' || NEW.pack_version || '|' || NEW.seed || '|' || NEW.mode || '|' || NEW.difficulty, NEW.score, CASE WHEN NEW.hidden = 0 AND NEW.removed = 0 THEN 1 ELSE -1 END WHERE 1 = 1
    ON CONFLICT (board, score) DO UPDATE SET n = score_counts.n + excluded.n;
END;
