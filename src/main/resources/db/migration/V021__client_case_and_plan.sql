-- The client's case (casework module): one open case per client, opened when the team accepts a contact
-- request (once per request however often the event comes) or by staff; its segment on two axes, the step
-- of the six-step path, the responsible worker, and the outcome when it closes. One shared work-ability
-- support plan per case: goals and actions, each change a version in plan_item_history; comments; and the
-- interim evaluations due at 1, 3, 6, 9 and 12 months.
CREATE TABLE client_case (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id           BIGINT       NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    opened_at           DATETIME(6)  NOT NULL,
    opened_on           DATE         NOT NULL,
    from_request_id     BIGINT       NULL,
    responsible_subject VARCHAR(200) NOT NULL,
    responsible_name    VARCHAR(200) NOT NULL,
    daily_coping        VARCHAR(8)   NULL,
    service_need        VARCHAR(8)   NULL,
    path_step           INT          NOT NULL DEFAULT 1,
    outcome             VARCHAR(32)  NULL,
    outcome_note        VARCHAR(2000) NULL,
    closed_at           DATETIME(6)  NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    -- one open (or paused) case per client: NULL for closed ones, which a unique index lets repeat
    open_person         BIGINT AS (IF(status = 'CLOSED', NULL, person_id)) STORED,
    CONSTRAINT client_case_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT client_case_request UNIQUE (from_request_id),
    CONSTRAINT client_case_one_open UNIQUE (open_person),
    INDEX client_case_responsible (responsible_subject, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Goals and actions of the shared plan. party: who is responsible (TEAM, CLIENT, KELA, EMPLOYMENT, SOCIAL,
-- HEALTH, REHABILITATION, EDUCATION, NGO, OTHER). status: PROPOSED, AGREED, IN_PROGRESS, DONE, CANCELLED.
-- agreed: once agreed, the client may change only the status and comment; DONE and CANCELLED are final.
CREATE TABLE plan_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(8)    NOT NULL,
    goal_id       BIGINT        NULL,
    title         VARCHAR(300)  NOT NULL,
    detail        VARCHAR(2000) NOT NULL DEFAULT '',
    party         VARCHAR(16)   NOT NULL,
    due_on        DATE          NULL,
    status        VARCHAR(16)   NOT NULL,
    agreed        BOOLEAN       NOT NULL DEFAULT FALSE,
    version       BIGINT        NOT NULL DEFAULT 0,
    updated_at    DATETIME(6)   NOT NULL,
    CONSTRAINT plan_item_case_fk FOREIGN KEY (case_id) REFERENCES client_case (id),
    CONSTRAINT plan_item_goal_fk FOREIGN KEY (goal_id) REFERENCES plan_item (id),
    INDEX plan_item_case (case_id, kind, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every version of every plan item: what it was after the change, who changed it, in which role, and when.
CREATE TABLE plan_item_history (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id       BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    detail        VARCHAR(2000) NOT NULL,
    party         VARCHAR(16)   NOT NULL,
    due_on        DATE          NULL,
    status        VARCHAR(16)   NOT NULL,
    agreed        BOOLEAN       NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    changed_by    VARCHAR(200)  NOT NULL,
    changed_role  VARCHAR(40)   NOT NULL,
    CONSTRAINT plan_item_history_item_fk FOREIGN KEY (item_id) REFERENCES plan_item (id),
    CONSTRAINT plan_item_history_version UNIQUE (item_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_comment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id       BIGINT        NOT NULL,
    side          VARCHAR(8)    NOT NULL,
    author_name   VARCHAR(200)  NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    CONSTRAINT plan_comment_item_fk FOREIGN KEY (item_id) REFERENCES plan_item (id),
    INDEX plan_comment_item (item_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Interim evaluations: M1, M3, M6, M9 and the final M12, due that many months after the case opened (a month
-- end clamps: opened 31 January → due 28 February). status: DUE, DONE.
CREATE TABLE interim_evaluation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(4)    NOT NULL,
    due_on        DATE          NOT NULL,
    status        VARCHAR(8)    NOT NULL,
    done_at       DATETIME(6)   NULL,
    summary       VARCHAR(2000) NULL,
    CONSTRAINT interim_evaluation_case_fk FOREIGN KEY (case_id) REFERENCES client_case (id),
    CONSTRAINT interim_evaluation_one UNIQUE (case_id, kind),
    INDEX interim_evaluation_due (status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
