-- Statistics (#15): the rebuild derives each table into a fresh copy and swaps it in (RENAME TABLE). It holds this
-- row exclusively for its whole run, and every recording of an event takes it shared first, so a recording never
-- writes into a table about to be replaced: one that comes during a rebuild waits for it (FactRebuild).
CREATE TABLE stat_rebuild_lock (
    id  TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO stat_rebuild_lock (id) VALUES (1);
