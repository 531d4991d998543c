-- Jobs (用工保障): postings by the HR bureau, imported from the employment platform, or approved from an
-- owner's hiring need. Every job belongs to a county (docs/architecture.md, "Counties").
-- DATETIME columns hold Asia/Shanghai wall-clock time, like everywhere else.

-- One job posting. Status moves only as JobTransition lists, each by a conditional UPDATE.
CREATE TABLE job (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county            CHAR(6)      NOT NULL,
    title             VARCHAR(100) NOT NULL,
    -- a bound business (hiring need approvals, or staff naming one), else null
    business_id       BIGINT       NULL,
    -- the employer's name as shown: the business's name, or free text
    employer          VARCHAR(100) NOT NULL,
    township          VARCHAR(40)  NULL,
    industry          VARCHAR(40)  NULL,
    -- dictionary job-types
    job_type          VARCHAR(40)  NOT NULL,
    headcount         INT          NOT NULL,
    -- monthly, yuan; both null when negotiable (面议)
    salary_min        INT          NULL,
    salary_max        INT          NULL,
    salary_negotiable TINYINT(1)   NOT NULL DEFAULT 0,
    requirements      VARCHAR(2000) NULL,
    benefits          VARCHAR(500) NULL,
    description       VARCHAR(4000) NULL,
    contact_name      VARCHAR(40)  NULL,
    contact_phone     VARCHAR(20)  NOT NULL,
    -- the last day it is open (inclusive); EXPIRED after it
    valid_until       DATE         NOT NULL,
    -- OPEN, FILLED, CLOSED, EXPIRED
    status            VARCHAR(16)  NOT NULL,
    -- MANUAL (staff), HIRING_NEED, or the platform's name for imported rows
    source            VARCHAR(40)  NOT NULL,
    -- the platform's id (imports), the hiring need's id (HIRING_NEED), or null
    external_id       VARCHAR(64)  NULL,
    hiring_need_id    BIGINT       NULL,
    contact_reveals   INT          NOT NULL DEFAULT 0,
    created_by        BIGINT       NULL,
    updated_by        BIGINT       NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    published_at      DATETIME(3)  NOT NULL,
    closed_at         DATETIME(3)  NULL,
    -- MySQL allows many NULLs in a unique key: manual jobs have no external id
    UNIQUE KEY uk_job_source_external (source, external_id),
    -- the public list: WHERE county IN (…) AND status = 'OPEN' … ORDER BY published_at DESC
    KEY ix_job_county (county, status, published_at),
    KEY ix_job_county_township (county, township, status),
    -- the expiry sweep: WHERE status = 'OPEN' AND valid_until < today
    KEY ix_job_expiry (status, valid_until),
    KEY ix_job_business (business_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One contact reveal: who saw which job's phone number, when (the count is job.contact_reveals;
-- the audit trail keeps the same event).
CREATE TABLE job_contact_reveal (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county      CHAR(6)     NOT NULL,
    job_id      BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    revealed_at DATETIME(3) NOT NULL,
    KEY ix_job_contact_reveal_county (county, revealed_at),
    KEY ix_job_contact_reveal_job (job_id, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One import run (an upload or a scheduled pull): what it did, for the log and the batch key of its alerts.
CREATE TABLE job_import_run (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county       CHAR(6)     NOT NULL,
    -- UPLOAD or PULL
    origin       VARCHAR(16) NOT NULL,
    actor_id     BIGINT      NULL,
    created      INT         NOT NULL DEFAULT 0,
    updated      INT         NOT NULL DEFAULT 0,
    rejected     INT         NOT NULL DEFAULT 0,
    closed       INT         NOT NULL DEFAULT 0,
    started_at   DATETIME(3) NOT NULL,
    KEY ix_job_import_run_county (county, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
