-- Job seekers and job alerts (issue 11 items 5 and 6), and the push engine's priority lane they need.
-- DATETIME columns hold Asia/Shanghai wall-clock time, like everywhere else.

-- A WeChat user's seeker profile (no business needed). Sensitive: only HR and ADMIN read it, the user deletes it.
-- The code lists are JSON arrays of dictionary codes; an empty array means "any".
CREATE TABLE job_seeker (
    user_id     BIGINT      NOT NULL PRIMARY KEY,
    county      CHAR(6)     NOT NULL,
    -- GRADUATE 待就业毕业生, LAID_OFF 失业/下岗: the priority groups job alerts reach first; OTHER
    situation   VARCHAR(16) NOT NULL,
    townships   JSON        NOT NULL,
    industries  JSON        NOT NULL,
    job_types   JSON        NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    -- the staff list: WHERE county IN (…) AND situation = ? ORDER BY updated_at DESC
    KEY ix_job_seeker_county (county, situation, updated_at),
    CONSTRAINT ck_job_seeker_situation CHECK (situation IN ('GRADUATE', 'LAID_OFF', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One alert subscription per user: new jobs of its county matching every non-empty list reach them.
CREATE TABLE job_alert (
    user_id     BIGINT      NOT NULL PRIMARY KEY,
    county      CHAR(6)     NOT NULL,
    townships   JSON        NOT NULL,
    industries  JSON        NOT NULL,
    job_types   JSON        NOT NULL,
    -- PROFILE: follows the seeker profile's preferences (the default a profile subscribes with); OWN: set by the user
    origin      VARCHAR(8)  NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    -- the digest's walk over one county's subscribers, in user id order (keyset pages)
    KEY ix_job_alert_county (county, user_id),
    CONSTRAINT ck_job_alert_origin CHECK (origin IN ('PROFILE', 'OWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One digest per batch of newly opened jobs (a single job, an import run, an approved hiring need) and county:
-- its subscribers get one message for the whole batch. The key makes a repeated batch a no-op.
CREATE TABLE job_alert_digest (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county       CHAR(6)      NOT NULL,
    batch_key    VARCHAR(80)  NOT NULL,
    job_count    INT          NOT NULL,
    recipients   INT          NOT NULL DEFAULT 0,
    priority     INT          NOT NULL DEFAULT 0,
    push_task_id BIGINT       NULL,
    created_at   DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_job_alert_digest_batch (county, batch_key),
    KEY ix_job_alert_digest_county (county, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE job_alert_digest_job (
    digest_id BIGINT NOT NULL,
    job_id    BIGINT NOT NULL,
    PRIMARY KEY (digest_id, job_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who a digest is for (the push task's audience source) and how many of its jobs fit each; priority = 1 for the
-- priority groups, whose subscribe messages the push engine claims first.
CREATE TABLE job_alert_recipient (
    digest_id BIGINT     NOT NULL,
    user_id   BIGINT     NOT NULL,
    priority  TINYINT(1) NOT NULL,
    matched   INT        NOT NULL,
    PRIMARY KEY (digest_id, user_id),
    KEY ix_job_alert_recipient_priority (digest_id, priority, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The push engine claims a task's lane 0 (an audience source's priority group) before its lane 1 (everyone else).
ALTER TABLE push_outbox
    ADD COLUMN lane TINYINT NOT NULL DEFAULT 1 AFTER status,
    DROP INDEX ix_outbox_claim,
    ADD KEY ix_outbox_claim (task_id, status, lane, next_attempt_at);
