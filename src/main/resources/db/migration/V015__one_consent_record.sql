-- One consent record type for the whole service (identity module): what (kind, and the one thing it
-- covers), the consent text version the resident saw, who it lets in, when given and when withdrawn.
-- The health check's share consents and the notification consents on person move here with the same
-- times and versions; a consent is never deleted, only withdrawn.
CREATE TABLE consent (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT      NOT NULL,
    kind         VARCHAR(40) NOT NULL,
    subject_id   BIGINT      NULL,
    text_version VARCHAR(20) NOT NULL,
    scope        VARCHAR(20) NOT NULL,
    given_at     DATETIME(6) NOT NULL,
    withdrawn_at DATETIME(6) NULL,
    CONSTRAINT consent_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX consent_of_person (person_id, kind, subject_id, withdrawn_at),
    INDEX consent_of_subject (kind, subject_id, withdrawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO consent (person_id, kind, subject_id, text_version, scope, given_at, withdrawn_at)
SELECT person_id, 'HEALTH_CHECK_SHARE', health_check_id, consent_version, 'TEAM', given_at, revoked_at
FROM health_check_share_consent
ORDER BY id;

INSERT INTO consent (person_id, kind, subject_id, text_version, scope, given_at, withdrawn_at)
SELECT id, 'NOTIFICATIONS', NULL, COALESCE(notification_consent_version, 'unknown'), 'ORGANISATION',
       notification_consent_at, NULL
FROM person
WHERE notification_consent_at IS NOT NULL
ORDER BY id;

DROP TABLE health_check_share_consent;

ALTER TABLE person
    DROP COLUMN notification_consent_at,
    DROP COLUMN notification_consent_version;
