-- Owners' hiring needs (用工备案) and what an import run last saw of a job.

-- The last import run that listed the job: a full re-import of a source closes the source's open jobs it did not list.
ALTER TABLE job ADD COLUMN import_run_id BIGINT NULL AFTER external_id;
-- The platform's ids are exact strings: "A1" and "a1" are two jobs, as the import's own duplicate check sees them.
ALTER TABLE job MODIFY source VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
                MODIFY external_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
-- A full re-import closes WHERE county = ? AND source = ? AND status = 'OPEN' AND import_run_id <> ?
CREATE INDEX ix_job_county_source ON job (county, source, status);

-- A hiring need filed by a bound, verified owner; HR approves it into jobs or rejects it with a reason.
-- Status moves only as HiringNeedTransition lists, each by a conditional UPDATE.
CREATE TABLE hiring_need (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the business's county
    county              CHAR(6)       NOT NULL,
    business_id         BIGINT        NOT NULL,
    owner_id            BIGINT        NOT NULL,
    township            VARCHAR(40)   NULL,
    deadline            DATE          NOT NULL,
    contact_name        VARCHAR(40)   NULL,
    contact_phone       VARCHAR(20)   NOT NULL,
    description         VARCHAR(2000) NULL,
    -- SUBMITTED, APPROVED, REJECTED
    status              VARCHAR(16)   NOT NULL,
    reject_reason       VARCHAR(200)  NULL,
    reviewed_by         BIGINT        NULL,
    reviewed_at         DATETIME(3)   NULL,
    -- HR cannot fill it locally: to be offered to outside labour cooperation (劳务合作)
    labour_cooperation  TINYINT(1)    NOT NULL DEFAULT 0,
    labour_note         VARCHAR(500)  NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    -- the HR list: WHERE county IN (…) AND status = ? ORDER BY id DESC
    KEY ix_hiring_need_county (county, status, id),
    KEY ix_hiring_need_owner (owner_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The positions of a need; approval turns each into a job (job_id).
CREATE TABLE hiring_need_position (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hiring_need_id BIGINT       NOT NULL,
    title          VARCHAR(100) NOT NULL,
    headcount      INT          NOT NULL,
    salary_min     INT          NULL,
    salary_max     INT          NULL,
    job_id         BIGINT       NULL,
    KEY ix_hiring_need_position_need (hiring_need_id, id),
    CONSTRAINT fk_hiring_need_position_need FOREIGN KEY (hiring_need_id) REFERENCES hiring_need (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
