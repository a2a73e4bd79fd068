-- Contact requests to the work-ability team (referral module). One request per health check that asked
-- for contact: the unique key makes a second delivery of the same event open nothing new.
CREATE TABLE contact_request (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT      NOT NULL,
    source          VARCHAR(30) NOT NULL,
    health_check_id BIGINT      NULL,
    status          VARCHAR(20) NOT NULL,
    received_at     DATETIME(6) NOT NULL,
    due_at          DATETIME(6) NOT NULL,
    CONSTRAINT contact_request_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT contact_request_health_check UNIQUE (health_check_id),
    INDEX contact_request_worklist (status, due_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
