-- A change from PTV to a service that is already published does not go live by itself: it waits here,
-- one row per service (a newer import replaces it), until an editor accepts or rejects it.
-- snapshot is the service as PTV's change would make it (JSON of ServiceData, with the editors' domains
-- and internal fields kept); organisation_id the provider PTV names.
CREATE TABLE ptv_pending_change (
    service_id      BIGINT      NOT NULL PRIMARY KEY,
    ptv_id          VARCHAR(64) NOT NULL,
    organisation_id BIGINT      NOT NULL,
    snapshot        MEDIUMTEXT  NOT NULL,
    received_at     DATETIME(6) NOT NULL,
    CONSTRAINT ptv_pending_change_service_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    CONSTRAINT ptv_pending_change_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
