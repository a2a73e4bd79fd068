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

