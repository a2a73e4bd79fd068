-- Statistics (#15): day totals per team for the two figures that summed every case or PROM pair of the period
-- (the slowest all-teams widgets at 100 000 cases: evaluations 407 ms, PROM 272 ms). A figure now reads a few
-- thousand day rows instead. They are kept by the same derivation as the rows they total: a rebuild builds them
-- after stat_case and stat_prom, and a client's event takes the client's old rows out of the totals and puts the
-- new ones in (FactStore.derive), so each total stays the sum of the rows it counts. team_code '' is "no team".

-- The Helsinki day of an answer and of a PROM pair's follow-up (from the log's on_day), to total them by day.
ALTER TABLE stat_answer ADD COLUMN answered_on DATE NULL AFTER answered_at;
ALTER TABLE stat_prom ADD COLUMN follow_on DATE NULL AFTER follow_at;
UPDATE stat_answer s JOIN stat_event e ON e.kind = 'ANSWER' AND e.subject_id = s.followup_id AND e.step = s.question
    AND e.occurred_at = s.answered_at
    SET s.answered_on = e.on_day;
UPDATE stat_prom p JOIN stat_answer f ON f.wave = 'PROM_FOLLOW_UP' AND f.client_key = p.client_key
    AND f.reference_id = p.case_id AND f.question = p.question AND f.answered_at = p.follow_at
    SET p.follow_on = f.answered_on;

-- The interim evaluations due on a day: done by the due day, done later, and not done of the cases not closed by
-- then (the figure counts these as missing once the day is past).
CREATE TABLE stat_evaluation_day (
    due_on     DATE        NOT NULL,
    team_code  VARCHAR(64) NOT NULL,
    months     TINYINT     NOT NULL,
    ontime     INT         NOT NULL,
    late       INT         NOT NULL,
    pending    INT         NOT NULL,
    PRIMARY KEY (due_on, team_code, months)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO stat_evaluation_day (due_on, team_code, months, ontime, late, pending)
SELECT x.due, x.team, x.m, SUM(x.done IS NOT NULL AND x.done <= x.due), SUM(x.done IS NOT NULL AND x.done > x.due),
    SUM(x.done IS NULL AND (x.closed_on IS NULL OR x.closed_on > x.due))
FROM (SELECT DATE_ADD(c.opened_on, INTERVAL k.m MONTH) due, COALESCE(c.team_code, '') team, k.m,
        CASE k.m WHEN 1 THEN c.m1_done WHEN 3 THEN c.m3_done WHEN 6 THEN c.m6_done WHEN 9 THEN c.m9_done
            ELSE c.m12_done END done, c.closed_on
    FROM stat_case c JOIN (SELECT 1 m UNION ALL SELECT 3 UNION ALL SELECT 6 UNION ALL SELECT 9 UNION ALL SELECT 12) k)
    x
GROUP BY x.due, x.team, x.m;

-- The PROM pairs whose follow-up was answered on a day, by question (0-10 scores): pairs and the sums of the
-- answers at the start and at the follow-up (the figure's means are the sums over the pairs).
CREATE TABLE stat_prom_day (
    follow_on   DATE        NOT NULL,
    team_code   VARCHAR(64) NOT NULL,
    question    VARCHAR(24) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    pairs       INT         NOT NULL,
    start_sum   INT         NOT NULL,
    follow_sum  INT         NOT NULL,
    PRIMARY KEY (follow_on, team_code, question)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO stat_prom_day (follow_on, team_code, question, pairs, start_sum, follow_sum)
SELECT p.follow_on, COALESCE(p.team_code, ''), p.question, COUNT(*), SUM(CAST(p.start_answer AS UNSIGNED)),
    SUM(CAST(p.follow_answer AS UNSIGNED))
FROM stat_prom p
WHERE p.follow_on IS NOT NULL AND p.question <> 'employment'
GROUP BY p.follow_on, COALESCE(p.team_code, ''), p.question;

-- The clients of a period (their cases open in it) are read by the end of each case's openness: a case is open in
-- a period when it opened before its end and is open until after its start. Read by the opening, the range was
-- every case opened before the period's end (all of them, for this year's figures); read by open_until it is the
-- cases still open at the period's start or opened since. The evaluations now read their day totals, so the
-- evaluation indexes go (two fewer wide indexes to write at every rebuild).
ALTER TABLE stat_case
    ADD COLUMN open_until DATETIME(6) AS (COALESCE(closed_at, TIMESTAMP '9999-12-31 00:00:00')) PERSISTENT,
    DROP INDEX stat_case_open,
    ADD INDEX stat_case_open (open_until, opened_at, earlier_open_until, team_code, age_band, sex, unemployment, age),
    DROP INDEX stat_case_evaluations,
    DROP INDEX stat_case_team_evaluations;

-- The derived tables' codes (enum names, age bands, question ids, answers that are numbers or codes: ASCII by
-- construction, Answers keeps nothing else) compared byte by byte: grouping and comparing them in
-- utf8mb4_unicode_ci computed collation weights for every row, about half of each figure's time at 100 000 cases
-- (clients 185 -> 80 ms, visits 165 -> 75 ms, measured on the benchmark's data). Team codes are named by people
-- and stay utf8mb4. The visits' time index covers the role and the way.
ALTER TABLE stat_case
    MODIFY age_band VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY sex VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY outcome VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY unemployment VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE stat_path
    MODIFY source VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY age_band VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY sex VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE stat_visit
    MODIFY staff_role VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY way VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    DROP INDEX stat_visit_time,
    ADD INDEX stat_visit_time (done_at, team_code, staff_role, way);
ALTER TABLE stat_followup
    MODIFY wave VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE stat_answer
    MODIFY question VARCHAR(24) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY wave VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY answer VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE stat_prom
    MODIFY question VARCHAR(24) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY start_answer VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY follow_answer VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE stat_request
    MODIFY kind VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY source VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
