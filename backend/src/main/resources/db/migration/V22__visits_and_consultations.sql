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
