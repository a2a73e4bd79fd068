-- The service map: organisations, services, their channels and classifications.
CREATE TABLE organisation (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_key  VARCHAR(120) NOT NULL,
    ptv_id   VARCHAR(64)  NULL,
    type     VARCHAR(40)  NOT NULL,
    name_fi  TEXT         NULL,
    name_sv  TEXT         NULL,
    name_en  TEXT         NULL,
    website  VARCHAR(500) NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT organisation_key_unique UNIQUE (org_key),
    CONSTRAINT organisation_ptv_unique UNIQUE (ptv_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_key       VARCHAR(120) NOT NULL,
    ptv_id            VARCHAR(64)  NULL,
    organisation_id   BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    charge_type       VARCHAR(20)  NOT NULL,
    name_fi TEXT NULL, name_sv TEXT NULL, name_en TEXT NULL,
    summary_fi TEXT NULL, summary_sv TEXT NULL, summary_en TEXT NULL,
    description_fi TEXT NULL, description_sv TEXT NULL, description_en TEXT NULL,
    how_to_use_fi TEXT NULL, how_to_use_sv TEXT NULL, how_to_use_en TEXT NULL,
    requirements_fi TEXT NULL, requirements_sv TEXT NULL, requirements_en TEXT NULL,
    internal_referral TEXT         NULL,
    internal_contact  VARCHAR(500) NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT service_key_unique UNIQUE (service_key),
    CONSTRAINT service_ptv_unique UNIQUE (ptv_id),
    CONSTRAINT service_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX service_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_channel (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_id     BIGINT      NOT NULL,
    type           VARCHAR(20) NOT NULL,
    position       INT         NOT NULL,
    name_fi TEXT NULL, name_sv TEXT NULL, name_en TEXT NULL,
    street         VARCHAR(255) NULL,
    postal_code    VARCHAR(10)  NULL,
    municipality   VARCHAR(3)   NULL,
    latitude       DOUBLE       NULL,
    longitude      DOUBLE       NULL,
    opening_hours  TEXT         NULL,
    accessibility_fi TEXT NULL, accessibility_sv TEXT NULL, accessibility_en TEXT NULL,
    phone_number   VARCHAR(40)  NULL,
    phone_hours_fi TEXT NULL, phone_hours_sv TEXT NULL, phone_hours_en TEXT NULL,
    phone_cost_fi TEXT NULL, phone_cost_sv TEXT NULL, phone_cost_en TEXT NULL,
    url            VARCHAR(1000) NULL,
    CONSTRAINT service_channel_service_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX service_channel_service (service_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_domain (
    service_id BIGINT      NOT NULL,
    domain     VARCHAR(20) NOT NULL,
    PRIMARY KEY (service_id, domain),
    CONSTRAINT service_domain_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_municipality (
    service_id   BIGINT     NOT NULL,
    municipality VARCHAR(3) NOT NULL,
    PRIMARY KEY (service_id, municipality),
    CONSTRAINT service_municipality_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_language (
    service_id BIGINT     NOT NULL,
    language   VARCHAR(3) NOT NULL,
    PRIMARY KEY (service_id, language),
    CONSTRAINT service_language_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_target_group (
    service_id   BIGINT      NOT NULL,
    target_group VARCHAR(40) NOT NULL,
    PRIMARY KEY (service_id, target_group),
    CONSTRAINT service_target_group_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
