-- The client's network (casework module): the organisations involved with the client and a contact person at
-- each (their responsible worker, a named health or social care contact person, or another contact). What an
-- entry says is shown to staff, and the entry's partner professional (staff_subject) may read the plan, only
-- while the client's consent for that organisation is in force (consent kind NETWORK_SHARE, subject = the id).
-- An entry is never deleted, only removed (removed_at), so the consent centre can still name it.
CREATE TABLE case_network_member (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    category      VARCHAR(32)   NOT NULL,
    organisation  VARCHAR(200)  NOT NULL,
    contact_role  VARCHAR(24)   NOT NULL,
    contact_name  VARCHAR(200)  NOT NULL DEFAULT '',
    contact_info  VARCHAR(300)  NOT NULL DEFAULT '',
    staff_subject VARCHAR(200)  NULL,
    added_at      DATETIME(6)   NOT NULL,
    added_by      VARCHAR(200)  NOT NULL,
    removed_at    DATETIME(6)   NULL,
    CONSTRAINT case_network_member_case_fk FOREIGN KEY (case_id) REFERENCES client_case (id),
    INDEX case_network_member_case (case_id, removed_at),
    INDEX case_network_member_staff (staff_subject, removed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A comprehensive work-ability assessment is an action of the plan (kind ASSESSMENT) with its result and the
-- decision made on it; both are kept in every version.
ALTER TABLE plan_item
    MODIFY kind VARCHAR(12) NOT NULL,
    ADD COLUMN result   VARCHAR(2000) NULL,
    ADD COLUMN decision VARCHAR(2000) NULL;

ALTER TABLE plan_item_history
    ADD COLUMN result   VARCHAR(2000) NULL,
    ADD COLUMN decision VARCHAR(2000) NULL;
