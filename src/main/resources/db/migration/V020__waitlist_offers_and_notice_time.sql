-- A notice may name the time it is about (an appointment's start), which its text shows as a date and time.
ALTER TABLE notification_outbox ADD COLUMN about_time DATETIME(6) NULL;

-- The waitlist (booking module): a resident with a booked appointment asks for an earlier time of the same type.
-- A freed time goes to the first in line (created_at) whose appointment is later: the staff member's quarter
-- hours are held for that resident (booking_hold rows of the waiting appointment) until offer_expires_at; then
-- the time passes on to the next. status: WAITING, OFFERED, TAKEN (moved to the freed time), ENDED (the
-- resident stopped waiting, or the appointment was moved, cancelled or held).
CREATE TABLE appointment_waitlist (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    appointment_id       BIGINT       NOT NULL,
    person_id            BIGINT       NOT NULL,
    type_id              BIGINT       NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    offer_staff_subject  VARCHAR(200) NULL,
    offer_starts_at      DATETIME(6)  NULL,
    offer_expires_at     DATETIME(6)  NULL,
    CONSTRAINT appointment_waitlist_one UNIQUE (appointment_id),
    CONSTRAINT appointment_waitlist_appointment_fk FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    INDEX appointment_waitlist_line (type_id, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The freed times a waitlist entry was offered and let pass (declined or not answered in time): never offered
-- to it again, so the time goes on down the line.
CREATE TABLE appointment_waitlist_passed (
    waitlist_id    BIGINT       NOT NULL,
    staff_subject  VARCHAR(200) NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (waitlist_id, staff_subject, starts_at),
    CONSTRAINT appointment_waitlist_passed_fk FOREIGN KEY (waitlist_id) REFERENCES appointment_waitlist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Times a coordinator offers a client in a secure message, for a type booked only from an offer (or any type):
-- the resident picks one of them. status: OPEN, BOOKED (appointment_id), WITHDRAWN.
CREATE TABLE appointment_offer (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT       NOT NULL,
    type_id            BIGINT       NOT NULL,
    way                VARCHAR(16)  NOT NULL,
    offered_by         VARCHAR(200) NOT NULL,
    offered_by_name    VARCHAR(200) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    appointment_id     BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT appointment_offer_type_fk FOREIGN KEY (type_id) REFERENCES appointment_type (id),
    CONSTRAINT appointment_offer_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX appointment_offer_person (person_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment_offer_time (
    offer_id       BIGINT       NOT NULL,
    staff_subject  VARCHAR(200) NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (offer_id, staff_subject, starts_at),
    CONSTRAINT appointment_offer_time_fk FOREIGN KEY (offer_id) REFERENCES appointment_offer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
