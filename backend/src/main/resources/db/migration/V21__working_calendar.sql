-- Working days (issue 13, shared): the statutory holidays and make-up working days of the State Council's yearly
-- notice. A day not listed follows the week (Monday-Friday work). National, so not per county; ADMIN edits it.
CREATE TABLE working_calendar (
    cal_day DATE       NOT NULL PRIMARY KEY,
    kind VARCHAR(8)  NOT NULL,
    name VARCHAR(40) NOT NULL,
    CONSTRAINT ck_working_calendar_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 2026 (State Council General Office notice of 2025-11-04)
INSERT INTO working_calendar (cal_day, kind, name) VALUES
('2026-01-01', 'HOLIDAY', '元旦'),
('2026-01-02', 'HOLIDAY', '元旦'),
('2026-01-03', 'HOLIDAY', '元旦'),
('2026-01-04', 'WORKDAY', '元旦调休上班'),
('2026-02-14', 'WORKDAY', '春节调休上班'),
('2026-02-15', 'HOLIDAY', '春节'),
('2026-02-16', 'HOLIDAY', '春节'),
('2026-02-17', 'HOLIDAY', '春节'),
('2026-02-18', 'HOLIDAY', '春节'),
('2026-02-19', 'HOLIDAY', '春节'),
('2026-02-20', 'HOLIDAY', '春节'),
('2026-02-21', 'HOLIDAY', '春节'),
('2026-02-22', 'HOLIDAY', '春节'),
('2026-02-23', 'HOLIDAY', '春节'),
('2026-02-28', 'WORKDAY', '春节调休上班'),
('2026-04-04', 'HOLIDAY', '清明节'),
('2026-04-05', 'HOLIDAY', '清明节'),
('2026-04-06', 'HOLIDAY', '清明节'),
('2026-05-01', 'HOLIDAY', '劳动节'),
('2026-05-02', 'HOLIDAY', '劳动节'),
('2026-05-03', 'HOLIDAY', '劳动节'),
('2026-05-04', 'HOLIDAY', '劳动节'),
('2026-05-05', 'HOLIDAY', '劳动节'),
('2026-05-09', 'WORKDAY', '劳动节调休上班'),
('2026-06-19', 'HOLIDAY', '端午节'),
('2026-06-20', 'HOLIDAY', '端午节'),
('2026-06-21', 'HOLIDAY', '端午节'),
('2026-09-20', 'WORKDAY', '国庆节调休上班'),
('2026-09-25', 'HOLIDAY', '中秋节'),
('2026-09-26', 'HOLIDAY', '中秋节'),
('2026-09-27', 'HOLIDAY', '中秋节'),
('2026-10-01', 'HOLIDAY', '国庆节'),
('2026-10-02', 'HOLIDAY', '国庆节'),
('2026-10-03', 'HOLIDAY', '国庆节'),
('2026-10-04', 'HOLIDAY', '国庆节'),
('2026-10-05', 'HOLIDAY', '国庆节'),
('2026-10-06', 'HOLIDAY', '国庆节'),
('2026-10-07', 'HOLIDAY', '国庆节'),
('2026-10-10', 'WORKDAY', '国庆节调休上班');

-- A department asks for more time on a ticket; the association grants (the due date moves) or refuses.
CREATE TABLE feedback_extension (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id      BIGINT       NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    -- the resolution due date asked for, and the one in force when asked
    requested_due  DATE         NOT NULL,
    previous_due   DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    requested_by   BIGINT       NOT NULL,
    requested_at   DATETIME(3)  NOT NULL,
    decided_by     BIGINT       NULL,
    decided_at     DATETIME(3)  NULL,
    decision_note  VARCHAR(500) NULL,
    KEY ix_feedback_extension_ticket (ticket_id, id),
    CONSTRAINT ck_feedback_extension_status CHECK (status IN ('PENDING', 'GRANTED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The overdue digest of one day: the instance whose INSERT wins sends it, so it goes out once across instances.
CREATE TABLE feedback_digest_run (
    digest_day DATE     NOT NULL PRIMARY KEY,
    sent_at DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Messages to staff about tickets (催办 reminders, the 督办 digest), addressed to a department's staff of a county
-- (department NULL: the association's). The unique key makes each one written once, whichever instance gets there.
CREATE TABLE feedback_alert (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county     CHAR(6)       NOT NULL,
    department VARCHAR(40)   NULL,
    ticket_id  BIGINT        NULL,
    kind       VARCHAR(16)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    summary    VARCHAR(4000) NOT NULL,
    dedup_key  VARCHAR(100)  NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    UNIQUE KEY uk_feedback_alert_dedup (dedup_key),
    -- a staff member's list: WHERE county IN (…) AND department <=> ? ORDER BY id DESC
    KEY ix_feedback_alert_county (county, department, id),
    CONSTRAINT ck_feedback_alert_kind CHECK (kind IN ('REMIND', 'DIGEST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
