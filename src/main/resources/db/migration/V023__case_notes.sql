-- Case notes (casework): meeting summaries and other notes of the team; shared_with_client shows a note on the
-- resident's own plan page.
CREATE TABLE case_note (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    author_name         VARCHAR(200)  NOT NULL,
    body                VARCHAR(4000) NOT NULL,
    shared_with_client  BOOLEAN       NOT NULL DEFAULT FALSE,
    written_at          DATETIME(6)   NOT NULL,
    CONSTRAINT case_note_case_fk FOREIGN KEY (case_id) REFERENCES client_case (id),
    INDEX case_note_case (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
