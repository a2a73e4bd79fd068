-- Statistics, second part (#15): follow-up waves, PROM change, PREM and stakeholder answers, referrals and
-- consultations by source organisation, unemployment duration; and the team kept on the derived rows.

-- A follow-up's wave (its FollowUpPurpose, or STAKEHOLDER) and what it is about (the case of a PROM) on the log.
ALTER TABLE stat_event
    ADD COLUMN wave         VARCHAR(16) NULL,
    ADD COLUMN reference_id BIGINT      NULL;

-- The client's team kept on the contact paths and cases (derived with them from stat_client), so a team's
-- figures read one table; the case's unemployment duration at the start (its latest UNEMPLOYMENT_RECORDED).
ALTER TABLE stat_path
    ADD COLUMN team_code VARCHAR(64) NULL,
    DROP INDEX stat_path_time,
    ADD INDEX stat_path_time (contact_at, team_code, source, accepted_at);
-- earlier_open_until: until when the client's earlier cases were open (their latest closing; 9999-12-31 while
-- one is open; null for the first case), so that a period's clients are counted from one row each: the first
-- case of the client open in the period is the one whose earlier cases all closed before the period.
ALTER TABLE stat_case
    ADD COLUMN team_code          VARCHAR(64) NULL,
    ADD COLUMN unemployment       VARCHAR(16) NULL,
    ADD COLUMN earlier_open_until DATETIME(6) NULL,
    DROP INDEX stat_case_open,
    ADD INDEX stat_case_open (opened_at, closed_at, earlier_open_until, team_code, age_band, sex, unemployment,
        client_key, network_mask),
    ADD INDEX stat_case_team_evaluations (team_code, opened_on, closed_on, m1_done, m3_done, m6_done, m9_done,
        m12_done),
    ADD INDEX stat_case_closed (closed_at, team_code, outcome);
UPDATE stat_path p JOIN stat_client t ON t.client_key = p.client_key SET p.team_code = t.team_code;
UPDATE stat_case c JOIN stat_client t ON t.client_key = c.client_key SET c.team_code = t.team_code;
UPDATE stat_case c JOIN (SELECT l.case_id, MAX(COALESCE(p.closed_at, '9999-12-31')) open_until FROM stat_case l
    JOIN stat_case p ON p.client_key = l.client_key AND (p.opened_at < l.opened_at OR p.opened_at = l.opened_at
    AND p.case_id < l.case_id) GROUP BY l.case_id) x ON x.case_id = c.case_id
    SET c.earlier_open_until = x.open_until;

-- One follow-up a resident was invited to: its wave, when invited, first reminded and answered.
CREATE TABLE stat_followup (
    followup_id  BIGINT      NOT NULL PRIMARY KEY,
    client_key   BINARY(16)  NOT NULL,
    team_code    VARCHAR(64) NULL,
    wave         VARCHAR(16) NOT NULL,
    invited_at   DATETIME(6) NULL,
    reminded_at  DATETIME(6) NULL,
    answered_at  DATETIME(6) NULL,
    INDEX stat_followup_wave (invited_at, team_code, wave, reminded_at, answered_at),
    INDEX stat_followup_client (client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer (a number or a code, never free text) to a question the statistics read, of a resident's follow-up.
CREATE TABLE stat_answer (
    followup_id  BIGINT      NOT NULL,
    question     VARCHAR(24) NOT NULL,
    client_key   BINARY(16)  NOT NULL,
    team_code    VARCHAR(64) NULL,
    wave         VARCHAR(16) NOT NULL,
    reference_id BIGINT      NULL,
    answer       VARCHAR(32) NOT NULL,
    answered_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (followup_id, question),
    INDEX stat_answer_wave (wave, answered_at, team_code, question, answer),
    INDEX stat_answer_client (client_key, wave, reference_id, question, answered_at, followup_id, answer)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One PROM pair: a case's answer to a question at the start and at the follow-up (only cases with both).
CREATE TABLE stat_prom (
    case_id       BIGINT      NOT NULL,
    question      VARCHAR(24) NOT NULL,
    client_key    BINARY(16)  NOT NULL,
    team_code     VARCHAR(64) NULL,
    start_answer  VARCHAR(32) NOT NULL,
    follow_answer VARCHAR(32) NOT NULL,
    follow_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (case_id, question),
    INDEX stat_prom_time (follow_at, team_code, question, start_answer, follow_answer),
    INDEX stat_prom_client (client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One professional's referral or consultation: its kind, source organisation and team.
CREATE TABLE stat_request (
    request_id  BIGINT      NOT NULL PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,
    source      VARCHAR(32) NOT NULL,
    team_code   VARCHAR(64) NULL,
    made_at     DATETIME(6) NOT NULL,
    INDEX stat_request_time (made_at, team_code, kind, source)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per client whose facts were derived: the derive locks it first, so two events of one client derive one
-- after the other and the later sees the earlier's rows (the team the derived rows now carry comes from another
-- event than theirs).
CREATE TABLE stat_derive_lock (
    client_key  BINARY(16)  NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
