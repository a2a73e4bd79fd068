-- Edit history of services: who changed what and when, with a snapshot of the service as it was saved.
CREATE TABLE service_revision (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_id     BIGINT       NOT NULL,
    action         VARCHAR(20)  NOT NULL,
    editor_subject VARCHAR(200) NOT NULL,
    editor_name    VARCHAR(200) NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    snapshot       MEDIUMTEXT   NOT NULL,
    CONSTRAINT service_revision_service_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE,
    INDEX service_revision_service (service_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
