-- Electronic health check: one row per check (draft or submitted), its answers saved on every step,
-- and the resident's consent to share results with the work-ability team (history kept: a revoked
-- consent is closed, never deleted).
CREATE TABLE health_check (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id             BIGINT       NOT NULL,
    questionnaire_id      VARCHAR(64)  NOT NULL,
    questionnaire_version INT          NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    current_section       VARCHAR(64)  NULL,
    started_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    submitted_at          DATETIME(6)  NULL,
    age_at_submission     INT          NULL,
    result_json           MEDIUMTEXT   NULL,
    CONSTRAINT health_check_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT health_check_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
    INDEX health_check_person (person_id, status, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE health_check_answer (
    health_check_id BIGINT      NOT NULL,
    question_id     VARCHAR(64) NOT NULL,
    answer_value    MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (health_check_id, question_id),
    CONSTRAINT health_check_answer_check_fk FOREIGN KEY (health_check_id) REFERENCES health_check (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE health_check_share_consent (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT      NOT NULL,
    consent_version VARCHAR(20) NOT NULL,
    given_at        DATETIME(6) NOT NULL,
    revoked_at      DATETIME(6) NULL,
    CONSTRAINT health_check_consent_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX health_check_consent_person (person_id, revoked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
