-- Persistent background work (DD007): db-scheduler's table, in its MySQL/MariaDB form. One row per
-- scheduled execution; a node takes a due row by an optimistic update (version), keeps a heartbeat
-- while it runs, and another node takes over a row whose heartbeat stopped.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BLOB         NULL,
    execution_time       TIMESTAMP(6) NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50)  NULL,
    last_success         TIMESTAMP(6) NULL,
    last_failure         TIMESTAMP(6) NULL,
    consecutive_failures INT          NULL,
    last_heartbeat       TIMESTAMP(6) NULL,
    version              BIGINT       NOT NULL,
    priority             SMALLINT     NULL,
    PRIMARY KEY (task_name, task_instance),
    INDEX execution_time_idx (execution_time),
    INDEX last_heartbeat_idx (last_heartbeat),
    INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Notification outbox: one row per notice and channel, written in the transaction of the change it is
-- about and sent by a job. It holds no address and no text: both are looked up when sending, so a
-- withdrawn consent stops a notice that has not gone yet.
CREATE TABLE notification_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT       NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    channel         VARCHAR(10)  NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    last_error      VARCHAR(200) NULL,
    CONSTRAINT notification_outbox_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX notification_outbox_due (status, next_attempt_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
