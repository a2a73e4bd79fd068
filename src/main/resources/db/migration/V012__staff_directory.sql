-- Staff directory (identity module): staff are stored at login with what their organisation's identity
-- provider says (name, e-mail, roles, team), refreshed at every login, so that they can be listed and
-- chosen (assign a request, pick a calendar) and counted per team.
CREATE TABLE team (
    code    VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_fi VARCHAR(200) NOT NULL,
    name_sv VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_member (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject        VARCHAR(200) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NULL,
    roles          VARCHAR(400) NOT NULL,
    team_code      VARCHAR(64)  NULL,
    first_login_at DATETIME(6)  NOT NULL,
    last_login_at  DATETIME(6)  NOT NULL,
    CONSTRAINT staff_member_subject UNIQUE (subject),
    INDEX staff_member_team (team_code, display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
