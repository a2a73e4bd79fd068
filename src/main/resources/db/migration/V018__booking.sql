-- Booking (booking module): appointment types, the staff's weekly availability and absences, appointments,
-- and the holds that make a double booking impossible in the database itself.

-- What can be booked. ways: comma list of IN_PERSON, PHONE, VIDEO. booked_by: RESIDENT (the resident books
-- directly), OFFER (only from a time a coordinator offers), STAFF (staff only). staff_role: who offers it.
-- minutes and buffer_minutes are whole quarter hours (the holds' grain).
CREATE TABLE appointment_type (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(64)  NOT NULL,
    name_fi         VARCHAR(200) NOT NULL,
    name_sv         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    minutes         INT          NOT NULL,
    buffer_minutes  INT          NOT NULL DEFAULT 0,
    ways            VARCHAR(64)  NOT NULL,
    booked_by       VARCHAR(16)  NOT NULL,
    staff_role      VARCHAR(32)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT appointment_type_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A staff member's weekly hours: on weekday (1 Monday … 7 Sunday) from starts to ends, Helsinki local time,
-- at a location (an address, e.g. a service map channel's) or remote only. Finnish public holidays are
-- closed unless open_on_holidays (e.g. a crisis line's hours).
CREATE TABLE availability (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_subject  VARCHAR(200) NOT NULL,
    staff_name     VARCHAR(200) NOT NULL,
    staff_role     VARCHAR(32)  NOT NULL,
    weekday        INT          NOT NULL,
    starts         TIME         NOT NULL,
    ends           TIME         NOT NULL,
    location       VARCHAR(300) NULL,
    languages      VARCHAR(32)  NOT NULL,
    valid_from     DATE         NULL,
    valid_until    DATE         NULL,
    open_on_holidays BOOLEAN    NOT NULL DEFAULT FALSE,
    INDEX availability_staff (staff_subject, weekday),
    INDEX availability_role (staff_role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Time off the weekly hours (holiday, training, sick leave): no times are offered inside it.
CREATE TABLE availability_absence (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_subject  VARCHAR(200) NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    ends_at        DATETIME(6)  NOT NULL,
    INDEX availability_absence_staff (staff_subject, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One appointment. uid is the calendar file's stable UID; sequence rises at every move and at a cancel so
-- that calendar programs update or remove the event; version guards against a replayed old move.
-- blocked_until = ends_at + the type's buffer: the staff's time is taken until then.
CREATE TABLE appointment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uid                VARCHAR(64)  NOT NULL,
    type_id            BIGINT       NOT NULL,
    person_id          BIGINT       NOT NULL,
    staff_subject      VARCHAR(200) NOT NULL,
    staff_name         VARCHAR(200) NOT NULL,
    starts_at          DATETIME(6)  NOT NULL,
    ends_at            DATETIME(6)  NOT NULL,
    blocked_until      DATETIME(6)  NOT NULL,
    way                VARCHAR(16)  NOT NULL,
    location           VARCHAR(300) NULL,
    phone              VARCHAR(40)  NULL,
    interpreter        BOOLEAN      NOT NULL DEFAULT FALSE,
    language           VARCHAR(5)   NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    sequence_no        INT          NOT NULL DEFAULT 0,
    version            BIGINT       NOT NULL DEFAULT 0,
    booked_by          VARCHAR(16)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    CONSTRAINT appointment_uid UNIQUE (uid),
    CONSTRAINT appointment_type_fk FOREIGN KEY (type_id) REFERENCES appointment_type (id),
    CONSTRAINT appointment_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX appointment_person (person_id, starts_at),
    INDEX appointment_staff (staff_subject, starts_at),
    INDEX appointment_time (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The quarter hours an active appointment holds: its staff member's (holder "S:<subject>", until
-- blocked_until) and its resident's (holder "P:<person id>", until ends_at). The primary key makes a
-- second hold of the same quarter hour impossible, so two bookings of one time (or of overlapping times)
-- cannot both commit, whatever the application checked before. A cancel deletes the holds.
CREATE TABLE booking_hold (
    holder          VARCHAR(210) NOT NULL,
    grain_start     DATETIME     NOT NULL,
    appointment_id  BIGINT       NOT NULL,
    PRIMARY KEY (holder, grain_start),
    INDEX booking_hold_appointment (appointment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Further staff members in a network meeting (the appointment's own staff member is in appointment);
-- each holds the time like the first.
CREATE TABLE appointment_participant (
    appointment_id  BIGINT       NOT NULL,
    staff_subject   VARCHAR(200) NOT NULL,
    staff_name      VARCHAR(200) NOT NULL,
    PRIMARY KEY (appointment_id, staff_subject),
    CONSTRAINT appointment_participant_fk FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    INDEX appointment_participant_staff (staff_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
