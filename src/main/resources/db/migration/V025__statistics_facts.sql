-- Statistics (statistics module): facts recorded by listeners of the features' events, never typed by anyone.
-- stat_event is the append-only log of every event received (codes, a pseudonymous client key, the age band
-- and sex at the time, the staff member's team; never a name, identity code, person id or free text). It is
-- the source the derived facts below are rebuilt from. dedupe_key makes a redelivered event a no-op.
CREATE TABLE stat_event (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedupe_key   VARCHAR(200) NOT NULL,
    kind         VARCHAR(12) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    step         VARCHAR(24) NOT NULL,
    code         VARCHAR(64) NULL,
    staff_role   VARCHAR(40) NULL,
    way          VARCHAR(16) NULL,
    by_staff     BOOLEAN     NULL,
    team_code    VARCHAR(64) NULL,
    client_key   CHAR(32)    NULL,
    age_band     VARCHAR(8)  NULL,
    sex          VARCHAR(8)  NULL,
    starts_at    DATETIME(6) NULL,
    occurred_at  DATETIME(6) NOT NULL,
    CONSTRAINT stat_event_once UNIQUE (dedupe_key),
    INDEX stat_event_kind_time (kind, step, occurred_at),
    INDEX stat_event_subject (kind, subject_id, step, occurred_at),
    INDEX stat_event_client (client_key, kind, step, occurred_at),
    INDEX stat_event_time (occurred_at, client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The client's team: the team of the staff member of the client's first appointment.
CREATE TABLE stat_client (
    client_key  CHAR(32)    NOT NULL PRIMARY KEY,
    team_code   VARCHAR(64) NOT NULL,
    INDEX stat_client_team (team_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One contact request's path: when it came, the team's first answer, the client's first meeting and the
-- first action of their plan after it (derived from stat_event).
CREATE TABLE stat_path (
    request_id        BIGINT      NOT NULL PRIMARY KEY,
    client_key        CHAR(32)    NOT NULL,
    source            VARCHAR(32) NOT NULL,
    age_band          VARCHAR(8)  NULL,
    sex               VARCHAR(8)  NULL,
    contact_at        DATETIME(6) NOT NULL,
    first_answer_at   DATETIME(6) NULL,
    accepted_at       DATETIME(6) NULL,
    first_meeting_at  DATETIME(6) NULL,
    plan_at           DATETIME(6) NULL,
    INDEX stat_path_time (contact_at),
    INDEX stat_path_client (client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One case: opened, closed and its last outcome (derived from stat_event).
CREATE TABLE stat_case (
    case_id      BIGINT      NOT NULL PRIMARY KEY,
    client_key   CHAR(32)    NOT NULL,
    age_band     VARCHAR(8)  NULL,
    sex          VARCHAR(8)  NULL,
    opened_at    DATETIME(6) NOT NULL,
    closed_at    DATETIME(6) NULL,
    outcome      VARCHAR(32) NULL,
    INDEX stat_case_open (opened_at, closed_at),
    INDEX stat_case_client (client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
