-- Visits (走访调研, 困难帮扶) and policy consultations (征求意见), issue 13.

-- One visit to a business: who went, what was discussed, problems found, help given, when to follow up.
CREATE TABLE feedback_visit (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the business's county (the staff scope reads it)
    county       CHAR(6)       NOT NULL,
    business_id  BIGINT        NOT NULL,
    -- the business's township at the visit (lists and stats by township)
    township     VARCHAR(40)   NULL,
    visited_on   DATE          NOT NULL,
    -- the staff member who recorded it, and everyone who went (names as written)
    recorded_by  BIGINT        NOT NULL,
    visitors     VARCHAR(200)  NOT NULL,
    discussed    VARCHAR(2000) NOT NULL,
    problems     VARCHAR(2000) NULL,
    help_given   VARCHAR(2000) NULL,
    follow_up_on DATE          NULL,
    -- the ticket a problem found became (source VISIT), if any
    ticket_id    BIGINT        NULL,
    created_at   DATETIME(3)   NOT NULL,
    -- lists: WHERE county IN (…) [AND township = ?] [AND recorded_by = ?] AND visited_on BETWEEN … ORDER BY visited_on DESC
    KEY ix_feedback_visit_county (county, visited_on),
    KEY ix_feedback_visit_township (county, township, visited_on),
    KEY ix_feedback_visit_staff (county, recorded_by, visited_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published notice opened for comment (征求意见) until a deadline; the notice itself stays the notice feature's.
CREATE TABLE feedback_consultation (
    notice_id  BIGINT      NOT NULL PRIMARY KEY,
    -- the notice's county
    county     CHAR(6)     NOT NULL,
    deadline   DATETIME(3) NOT NULL,
    created_by BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    KEY ix_feedback_consultation_county (county, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An owner's opinion on a consultation; staff mark it ADOPTED or NOTED and the owner sees which.
CREATE TABLE feedback_opinion (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id    BIGINT        NOT NULL,
    -- the owner's business's county
    county       CHAR(6)       NOT NULL,
    owner_id     BIGINT        NOT NULL,
    business_id  BIGINT        NOT NULL,
    -- the business's township and kind when submitted (the export counts by them)
    township     VARCHAR(40)   NULL,
    kind         VARCHAR(20)   NOT NULL,
    content      VARCHAR(2000) NOT NULL,
    content_flag VARCHAR(16)   NULL,
    status       VARCHAR(16)   NOT NULL,
    decided_by   BIGINT        NULL,
    decided_at   DATETIME(3)   NULL,
    reply        VARCHAR(500)  NULL,
    created_at   DATETIME(3)   NOT NULL,
    KEY ix_feedback_opinion_county (county, notice_id, id),
    KEY ix_feedback_opinion_owner (owner_id, id),
    CONSTRAINT ck_feedback_opinion_status CHECK (status IN ('SUBMITTED', 'ADOPTED', 'NOTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The daily limit's counter (tickets, opinions per owner and day): one row locked by the submitting transaction, so
-- two submissions racing at the limit cannot both pass. Not a record anyone reads; owners have no county of their own.
CREATE TABLE feedback_daily_count (
    owner_id  BIGINT      NOT NULL,
    count_day DATE        NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    n         INT         NOT NULL,
    PRIMARY KEY (owner_id, count_day, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
