-- Follow-up questionnaires (followup): a resident is invited to answer one version of a form (form_id +
-- form_version, defined as JSON data) for a purpose (CASE_EVALUATION: an interim evaluation of their case, the
-- evaluation's id as reference_id). One invitation per person, form, purpose and reference, so inviting again
-- changes nothing. answered_at is set once, with the answers, by one conditional update: a second answer is
-- refused.
CREATE TABLE follow_up (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT        NOT NULL,
    form_id       VARCHAR(50)   NOT NULL,
    form_version  INT           NOT NULL,
    purpose       VARCHAR(30)   NOT NULL,
    reference_id  BIGINT        NOT NULL,
    invited_at    DATETIME(6)   NOT NULL,
    answered_at   DATETIME(6)   NULL,
    CONSTRAINT follow_up_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT follow_up_one UNIQUE (person_id, form_id, purpose, reference_id),
    INDEX follow_up_open (person_id, answered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per question answered, the answer as given (choice codes joined with commas, numbers, free text). While
-- answered_at is null the rows are the resident's draft, saved as they answer (a wrong value too, so nothing
-- given is lost); staff see answers only once the follow-up is answered.
CREATE TABLE follow_up_answer (
    follow_up_id  BIGINT        NOT NULL,
    question_id   VARCHAR(64)   NOT NULL,
    answer        TEXT          NOT NULL,
    PRIMARY KEY (follow_up_id, question_id),
    CONSTRAINT follow_up_answer_fk FOREIGN KEY (follow_up_id) REFERENCES follow_up (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
