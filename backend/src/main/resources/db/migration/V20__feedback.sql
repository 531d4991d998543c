-- Feedback (问情): owners' difficulties routed to the responsible department, answered within working-day SLAs.
-- DATETIME columns hold Asia/Shanghai wall-clock time; DATE columns are working days of that zone.

-- Each feedback category's default responsible department and its SLAs in working days (data, not code:
-- the next plan renames categories and moves responsibilities).
CREATE TABLE feedback_category (
    code                VARCHAR(40) NOT NULL PRIMARY KEY,
    department          VARCHAR(40) NOT NULL,
    first_response_days INT         NOT NULL DEFAULT 3,
    resolution_days     INT         NOT NULL DEFAULT 15
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO dictionary_item (dict_name, code, name, sort_order) VALUES
('feedback-categories', 'FEES', '乱收费', 8),
('feedback-categories', 'TRANSFORM', '个转企', 9);

INSERT INTO feedback_category (code, department, first_response_days, resolution_days) VALUES
('POLICY', 'GOVSERVICE', 3, 15),
('FINANCING', 'FINOFFICE', 3, 15),
('EMPLOYMENT', 'HRSS', 3, 15),
('PERMIT', 'SAMR', 3, 15),
('COMPLAINT', 'SAMR', 3, 15),
('HARDSHIP', 'ASSOCIATION', 3, 15),
('SUGGESTION', 'ASSOCIATION', 3, 15),
('FEES', 'SAMR', 3, 15),
('TRANSFORM', 'SAMR', 3, 7);

-- One ticket. Status moves only as FeedbackTransition lists, each by a conditional UPDATE.
CREATE TABLE feedback_ticket (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the owner's business's county (the staff scope reads it)
    county                 CHAR(6)       NOT NULL,
    -- the owner (a business row exists only while bound, so a visit's ticket has one too)
    owner_id               BIGINT        NOT NULL,
    business_id            BIGINT        NULL,
    -- the business's township when submitted (stats by township)
    township               VARCHAR(40)   NULL,
    category               VARCHAR(40)   NOT NULL,
    -- the responsible department: the category's default until assigned or transferred
    department             VARCHAR(40)   NOT NULL,
    content                VARCHAR(2000) NOT NULL,
    contact_phone          VARCHAR(20)   NULL,
    -- the owner asked that the department not see who they are (the association still does)
    hide_identity          TINYINT(1)    NOT NULL DEFAULT 0,
    -- NULL: WeChat passed it; REVIEW: WeChat asks a human to look; UNCHECKED: WeChat could not be asked
    content_flag           VARCHAR(16)   NULL,
    -- OWNER: submitted in the mini program; VISIT: recorded by staff on a visit, on the business's behalf
    source                 VARCHAR(16)   NOT NULL DEFAULT 'OWNER',
    status                 VARCHAR(16)   NOT NULL,
    first_response_due     DATE          NOT NULL,
    resolution_due         DATE          NOT NULL,
    -- the resolution due date before any granted extension (both stay on record)
    original_resolution_due DATE         NOT NULL,
    first_responded_at     DATETIME(3)   NULL,
    resolution             VARCHAR(2000) NULL,
    resolved_at            DATETIME(3)   NULL,
    reopened_count         INT           NOT NULL DEFAULT 0,
    -- the 催办 reminder one working day before a due date (per due date: first response, resolution)
    response_reminded_on   DATE          NULL,
    resolution_reminded_on DATE          NULL,
    rating                 TINYINT       NULL,
    rating_comment         VARCHAR(500)  NULL,
    rated_at               DATETIME(3)   NULL,
    closed_at              DATETIME(3)   NULL,
    created_at             DATETIME(3)   NOT NULL,
    updated_at             DATETIME(3)   NOT NULL,
    -- the staff queue: WHERE county IN (…) AND status = ? AND department = ? ORDER BY id DESC
    KEY ix_feedback_ticket_county (county, status, department, id),
    -- the overdue list and the SLA jobs: WHERE county IN (…) AND status IN (…) AND resolution_due < ?
    KEY ix_feedback_ticket_due (county, resolution_due, status),
    KEY ix_feedback_ticket_owner (owner_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_image (
    ticket_id BIGINT NOT NULL,
    position  INT    NOT NULL,
    file_id   BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, position),
    KEY ix_feedback_image_file (file_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Replies (shown to the owner) and internal notes (staff only).
CREATE TABLE feedback_message (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id  BIGINT        NOT NULL,
    kind       VARCHAR(8)    NOT NULL,
    author_id  BIGINT        NOT NULL,
    department VARCHAR(40)   NULL,
    content    VARCHAR(2000) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    KEY ix_feedback_message_ticket (ticket_id, id),
    CONSTRAINT ck_feedback_message_kind CHECK (kind IN ('REPLY', 'NOTE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
