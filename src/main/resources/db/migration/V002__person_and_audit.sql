-- Residents known to the service. The personal identity code (hetu) is stored only encrypted
-- (AES-GCM) and as a keyed hash (HMAC-SHA256) for lookup: see docs/decisions/DD002.
CREATE TABLE person (
    id                          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hetu_encrypted              VARBINARY(128) NOT NULL,
    hetu_hash                   BINARY(32)   NOT NULL,
    given_name                  VARCHAR(200) NOT NULL,
    family_name                 VARCHAR(200) NOT NULL,
    birth_date                  DATE         NOT NULL,
    preferred_language          CHAR(2)      NOT NULL DEFAULT 'fi',
    email                       VARCHAR(254) NULL,
    phone                       VARCHAR(40)  NULL,
    notification_consent_at     DATETIME(6)  NULL,
    notification_consent_version VARCHAR(20) NULL,
    created_at                  DATETIME(6)  NOT NULL,
    last_login_at               DATETIME(6)  NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT person_hetu_hash_unique UNIQUE (hetu_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The access log of client data (Act 703/2023). Append-only: the triggers below refuse any update
-- or delete, whoever asks.
CREATE TABLE audit_event (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at       DATETIME(6)  NOT NULL,
    actor_type        VARCHAR(16)  NOT NULL,
    actor_id          VARCHAR(200) NOT NULL,
    actor_name        VARCHAR(200) NOT NULL,
    actor_role        VARCHAR(40)  NOT NULL,
    subject_person_id BIGINT       NULL,
    object_type       VARCHAR(60)  NOT NULL,
    object_id         VARCHAR(100) NULL,
    action            VARCHAR(16)  NOT NULL,
    purpose           VARCHAR(500) NOT NULL,
    request_id        VARCHAR(40)  NOT NULL,
    INDEX audit_event_subject (subject_person_id, actor_type, occurred_at),
    INDEX audit_event_actor (actor_id, occurred_at),
    INDEX audit_event_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
