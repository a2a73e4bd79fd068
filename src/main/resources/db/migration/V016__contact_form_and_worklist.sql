-- Self-referral (referral module): the contact form's drafts, what a sent request says, and the team's
-- handling of it (state, who took it, every step taken for the statistics).

-- One unsent contact form per resident at a time, saved answer by answer so it resumes on any device.
CREATE TABLE contact_form_draft (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT      NOT NULL,
    answers    LONGTEXT    NOT NULL,
    last_step  VARCHAR(30) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    saved_at   DATETIME(6) NOT NULL,
    CONSTRAINT contact_form_draft_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT contact_form_draft_one_per_person UNIQUE (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request now carries the form's answers, the way the resident wants to be reached, and a health check
-- attached by consent (readable only while that consent is in force). health_check_id stays the check
-- that opened the request by itself (the contact wish), unique per check.
ALTER TABLE contact_request
    ADD COLUMN channel                   VARCHAR(20)  NULL,
    ADD COLUMN language                  VARCHAR(10)  NULL,
    ADD COLUMN interpreter               BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN answers                   LONGTEXT     NULL,
    ADD COLUMN attached_health_check_id  BIGINT       NULL,
    ADD COLUMN assignee_subject          VARCHAR(255) NULL,
    ADD COLUMN assignee_name             VARCHAR(200) NULL,
    ADD COLUMN closed_reason             VARCHAR(30)  NULL,
    ADD COLUMN updated_at                DATETIME(6)  NULL,
    ADD COLUMN version                   BIGINT       NOT NULL DEFAULT 0,
    ADD INDEX contact_request_of_person (person_id, received_at),
    ADD INDEX contact_request_of_assignee (assignee_subject, status, due_at);

-- Every step a request goes through (sent, taken, contacted by phone, asked for more, redirected,
-- accepted, closed): the request's history for the team and the source of the path statistics.
CREATE TABLE contact_request_step (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    step        VARCHAR(30)  NOT NULL,
    actor_id    VARCHAR(255) NOT NULL,
    actor_name  VARCHAR(200) NULL,
    taken_at    DATETIME(6)  NOT NULL,
    note        TEXT         NULL,
    CONSTRAINT contact_request_step_request_fk FOREIGN KEY (request_id) REFERENCES contact_request (id),
    INDEX contact_request_step_of_request (request_id, taken_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A team member's own default view of the worklist ("only mine, overdue"), as its address's query.
CREATE TABLE worklist_saved_filter (
    staff_subject VARCHAR(255) NOT NULL PRIMARY KEY,
    query         VARCHAR(500) NOT NULL,
    saved_at      DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Professionals' referrals (a resident named by a pseudonym of their identity code: the keyed lookup hash,
-- never the code) and consultations (advice asked without naming the client, or with their consent), each
-- with an answer target; counted by the professional's organisation.
CREATE TABLE professional_request (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    person_key       VARCHAR(64)  NULL,
    organisation     VARCHAR(200) NOT NULL,
    body             TEXT         NOT NULL,
    by_phone         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by       VARCHAR(255) NOT NULL,
    created_by_name  VARCHAR(200) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    due_at           DATETIME(6)  NOT NULL,
    answer           TEXT         NULL,
    answered_by_name VARCHAR(200) NULL,
    answered_at      DATETIME(6)  NULL,
    INDEX professional_request_list (kind, created_at, id),
    INDEX professional_request_person (person_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
