-- Follow-up reminders (issue #15): a resident who has not answered is reminded 7 and 14 days after the
-- invitation, each at most once and never once answered. reminders counts the reminders sent (0, 1, 2) and is
-- raised by one conditional update, so a job that repeats or races another sends nothing twice; reminded_at is
-- the last one's time.
ALTER TABLE follow_up
    ADD COLUMN reminders    INT          NOT NULL DEFAULT 0,
    ADD COLUMN reminded_at  DATETIME(6)  NULL;

-- The reminder job looks for open follow-ups by their invitation time.
CREATE INDEX follow_up_to_remind ON follow_up (answered_at, reminders, invited_at);

-- The six-month outcome questionnaire is invited by the day the case opened.
CREATE INDEX client_case_opened_on ON client_case (opened_on);

-- The partner professionals' (stakeholder) survey: a team's manager opens a round for their team, on one
-- version of the form 'stakeholder'; it is open from opened_on to closes_on (Helsinki days).
CREATE TABLE stakeholder_round (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team_code     VARCHAR(50)   NOT NULL,
    form_id       VARCHAR(50)   NOT NULL,
    form_version  INT           NOT NULL,
    opened_on     DATE          NOT NULL,
    closes_on     DATE          NOT NULL,
    INDEX stakeholder_round_team (team_code, closes_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who has answered a round, so each answers once: the day only, nothing in common with the answers.
CREATE TABLE stakeholder_respondent (
    round_id      BIGINT        NOT NULL,
    staff_subject VARCHAR(200)  NOT NULL,
    answered_on   DATE          NOT NULL,
    PRIMARY KEY (round_id, staff_subject),
    CONSTRAINT stakeholder_respondent_round_fk FOREIGN KEY (round_id) REFERENCES stakeholder_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answers, anonymous: a response is a random id (UUID, so neither its value nor the table's order follows
-- the respondents'), one row per question answered, without any time.
CREATE TABLE stakeholder_response (
    response_id   CHAR(36)      NOT NULL,
    round_id      BIGINT        NOT NULL,
    question_id   VARCHAR(64)   NOT NULL,
    answer        TEXT          NOT NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT stakeholder_response_round_fk FOREIGN KEY (round_id) REFERENCES stakeholder_round (id),
    INDEX stakeholder_response_round (round_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
