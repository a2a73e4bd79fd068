-- Statistics (statistics module): facts recorded by listeners of the features' events, never typed by anyone.
-- stat_event is the append-only log of every event received (codes, a pseudonymous client key, the age band
-- and sex at the time, the staff member's team; never a name, identity code, person id or free text; the key is
-- 16 bytes, so a period's clients group in memory). It is
-- the source the derived facts below are rebuilt from. dedupe_hash (SHA-1 of the event's kind, subject, step,
-- time and code) makes a redelivered event a no-op.
CREATE TABLE stat_event (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedupe_hash  BINARY(20)  NOT NULL,
    kind         VARCHAR(12) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    step         VARCHAR(24) NOT NULL,
    code         VARCHAR(64) NULL,
    staff_role   VARCHAR(40) NULL,
    way          VARCHAR(16) NULL,
    by_staff     BOOLEAN     NULL,
    team_code    VARCHAR(64) NULL,
    client_key   BINARY(16)  NULL,
    age_band     VARCHAR(8)  NULL,
    sex          VARCHAR(8)  NULL,
    starts_at    DATETIME(6) NULL,
    occurred_at  DATETIME(6) NOT NULL,
    -- the Helsinki date of occurred_at (evaluations are due on dates)
    on_day       DATE        NOT NULL,
    CONSTRAINT stat_event_once UNIQUE (dedupe_hash),
    INDEX stat_event_kind_time (kind, step, occurred_at),
    INDEX stat_event_subject (kind, subject_id, step, occurred_at),
    INDEX stat_event_client (client_key, kind, step, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The client's team: the team of the staff member of the client's first appointment.
CREATE TABLE stat_client (
    client_key  BINARY(16)  NOT NULL PRIMARY KEY,
    team_code   VARCHAR(64) NOT NULL,
    INDEX stat_client_team (team_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One appointment held (marked done): who met the client, how, when (derived from stat_event).
CREATE TABLE stat_visit (
    appointment_id BIGINT      NOT NULL PRIMARY KEY,
    client_key     BINARY(16)  NOT NULL,
    team_code      VARCHAR(64) NULL,
    staff_role     VARCHAR(40) NOT NULL,
    way            VARCHAR(16) NOT NULL,
    done_at        DATETIME(6) NOT NULL,
    INDEX stat_visit_time (done_at, team_code),
    INDEX stat_visit_client (client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One contact request's path: when it came, the team's first answer, the client's first meeting and the
-- first action of their plan after it (derived from stat_event).
CREATE TABLE stat_path (
    request_id        BIGINT      NOT NULL PRIMARY KEY,
    client_key        BINARY(16)  NOT NULL,
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

-- One case: opened, closed, its last outcome, its evaluations and its network (derived from stat_event).
CREATE TABLE stat_case (
    case_id      BIGINT      NOT NULL PRIMARY KEY,
    client_key   BINARY(16)  NOT NULL,
    age_band     VARCHAR(8)  NULL,
    sex          VARCHAR(8)  NULL,
    opened_at    DATETIME(6) NOT NULL,
    opened_on    DATE        NOT NULL,
    closed_at    DATETIME(6) NULL,
    closed_on    DATE        NULL,
    outcome      VARCHAR(32) NULL,
    -- the day each interim evaluation was first done (Helsinki dates)
    m1_done      DATE        NULL,
    m3_done      DATE        NULL,
    m6_done      DATE        NULL,
    m9_done      DATE        NULL,
    m12_done     DATE        NULL,
    -- the network's organisation categories named in the case, one bit each in the order of Figures.NETWORK
    network_mask INT         NOT NULL DEFAULT 0,
    -- covering indexes: the clients and network of a period, the evaluations due in it, read from the index alone
    INDEX stat_case_open (opened_at, closed_at, client_key, age_band, sex, network_mask),
    INDEX stat_case_evaluations (opened_on, closed_on, m1_done, m3_done, m6_done, m9_done, m12_done, client_key),
    INDEX stat_case_client (client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
