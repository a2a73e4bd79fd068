-- The PTV import (Suomi.fi Palvelutietovaranto): what the last import of each service brought, and the
-- editors' queue of imported services whose PTV classes map to none of our domains.

-- One row per imported service. The fingerprint covers the PTV data we read and what the mapping made
-- of it: an unchanged fingerprint means there is nothing to write. mapped_domains are the domains the
-- mapping gave last time, so that the domains an editor added or removed since can be told apart and kept.
CREATE TABLE ptv_service_sync (
    service_id     BIGINT       NOT NULL PRIMARY KEY,
    ptv_id         VARCHAR(64)  NOT NULL,
    fingerprint    VARCHAR(64)  NOT NULL,
    ptv_modified   VARCHAR(40)  NULL,
    mapped_domains VARCHAR(200) NOT NULL,
    imported_at    DATETIME(6)  NOT NULL,
    CONSTRAINT ptv_service_sync_ptv_unique UNIQUE (ptv_id),
    CONSTRAINT ptv_service_sync_service_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The queue: open while resolved_at is null. An import resolves a row by itself when the service has
-- domains again (resolution MAPPED: a changed mapping table or PTV classes; EDITOR: an editor added some).
CREATE TABLE ptv_unmapped (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ptv_id         VARCHAR(64)  NOT NULL,
    service_id     BIGINT       NULL,
    name_fi TEXT NULL, name_sv TEXT NULL, name_en TEXT NULL,
    service_classes TEXT        NULL,
    ontology_terms  TEXT        NULL,
    first_seen     DATETIME(6)  NOT NULL,
    last_seen      DATETIME(6)  NOT NULL,
    resolved_at    DATETIME(6)  NULL,
    resolution     VARCHAR(20)  NULL,
    CONSTRAINT ptv_unmapped_ptv_unique UNIQUE (ptv_id),
    CONSTRAINT ptv_unmapped_service_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX ptv_unmapped_open (resolved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
