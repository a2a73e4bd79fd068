-- Secure messages between a resident and the work-ability team (messaging module). A thread belongs to
-- one person; its last_* columns and the read times of both sides let the lists be read without the
-- messages. Bodies are utf8mb4 text (emoji, right-to-left scripts); a message is at most 10 000
-- characters (checked by the service).
CREATE TABLE message_thread (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id         BIGINT       NOT NULL,
    subject           VARCHAR(200) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    last_message_at   DATETIME(6)  NOT NULL,
    last_author_side  VARCHAR(10)  NOT NULL,
    resident_read_at  DATETIME(6)  NULL,
    team_read_at      DATETIME(6)  NULL,
    CONSTRAINT message_thread_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX message_thread_person (person_id, last_message_at, id),
    INDEX message_thread_inbox (last_message_at, id),
    INDEX message_thread_waiting (last_author_side, last_message_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One message. side RESIDENT or TEAM; a team message names its writer (display name and the IdP subject),
-- a resident's message is the thread's person and names nobody.
CREATE TABLE message (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    thread_id       BIGINT       NOT NULL,
    side            VARCHAR(10)  NOT NULL,
    author_name     VARCHAR(200) NULL,
    staff_subject   VARCHAR(200) NULL,
    body            TEXT         NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    CONSTRAINT message_thread_fk FOREIGN KEY (thread_id) REFERENCES message_thread (id),
    INDEX message_in_order (thread_id, sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reply being written, one per thread and author (the resident: "P<person id>", staff: "S<subject>"),
-- saved as it is typed so that it survives a logout or another device.
CREATE TABLE message_draft (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    thread_id   BIGINT       NOT NULL,
    author_key  VARCHAR(210) NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT message_draft_thread_fk FOREIGN KEY (thread_id) REFERENCES message_thread (id),
    CONSTRAINT message_draft_one_per_author UNIQUE (thread_id, author_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files sent with a message: PDF, JPEG or PNG as recognised from their content, metadata removed, the
-- name neutralised. Served only as downloads, to the thread's person and the team.
CREATE TABLE message_attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id  BIGINT       NOT NULL,
    file_name   VARCHAR(120) NOT NULL,
    media_type  VARCHAR(40)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    bytes       LONGBLOB     NOT NULL,
    CONSTRAINT message_attachment_message_fk FOREIGN KEY (message_id) REFERENCES message (id),
    INDEX message_attachment_message (message_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
