-- Services whose search index document could not be written (the search engine was unreachable when
-- the change was committed). PendingIndexWork retries them until the index has taken them.
CREATE TABLE search_index_pending (
    service_id  BIGINT       NOT NULL PRIMARY KEY,
    recorded_at DATETIME(6)  NOT NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    last_error  VARCHAR(500) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
