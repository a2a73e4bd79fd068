-- A share consent covers one health check result: the one the resident was looking at when they
-- chose "Jaa tulos" (before this, one consent shared every result the resident had, older ones too).
-- Existing person-wide consents become one row per submitted check they covered, with the same
-- text version, given_at and revoked_at, so the history and "who has seen my data" stay true.
-- A consent that covered no submitted check keeps a NULL check id and shares nothing.
ALTER TABLE health_check_share_consent
    ADD COLUMN health_check_id BIGINT NULL AFTER person_id,
    ADD CONSTRAINT health_check_consent_check_fk FOREIGN KEY (health_check_id) REFERENCES health_check (id),
    ADD INDEX health_check_consent_check (health_check_id, revoked_at);

INSERT INTO health_check_share_consent (person_id, health_check_id, consent_version, given_at, revoked_at)
SELECT c.person_id, h.id, c.consent_version, c.given_at, c.revoked_at
FROM health_check_share_consent c
JOIN health_check h ON h.person_id = c.person_id AND h.status = 'SUBMITTED'
    AND (c.revoked_at IS NULL OR h.submitted_at < c.revoked_at)
WHERE c.health_check_id IS NULL;

DELETE c FROM health_check_share_consent c
WHERE c.health_check_id IS NULL AND EXISTS (
    SELECT 1 FROM health_check h WHERE h.person_id = c.person_id AND h.status = 'SUBMITTED'
        AND (c.revoked_at IS NULL OR h.submitted_at < c.revoked_at));
