-- Push engine: the subscribe-message quota ledger, the inbox, push tasks and the durable outbox.
-- DATETIME columns hold Asia/Shanghai wall-clock time, like everywhere else.

-- WeChat offers no API to read a user's one-time subscription quota: this ledger is the truth.
CREATE TABLE subscription_quota (
    user_id     BIGINT      NOT NULL,
    template_id VARCHAR(64) NOT NULL,
    quota       INT         NOT NULL DEFAULT 0,
    last_result VARCHAR(16) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, template_id),
    CONSTRAINT ck_subscription_quota_non_negative CHECK (quota >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE push_task (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scene         VARCHAR(16)  NOT NULL,
    ref_type      VARCHAR(16)  NOT NULL,
    ref_id        BIGINT       NULL,
    title         VARCHAR(200) NOT NULL,
    summary       VARCHAR(500) NULL,
    link          VARCHAR(500) NULL,
    template_id   VARCHAR(64)  NOT NULL,
    template_data JSON         NOT NULL,
    audience      JSON         NOT NULL,
    scheduled_at  DATETIME(3)  NULL,
    urgent        TINYINT(1)   NOT NULL DEFAULT 0,
    status        VARCHAR(16)  NOT NULL,
    -- tasks with the same dedup key share one dedup scope: a user gets that content once, ever
    dedup_key     VARCHAR(100) NULL,
    dedup_scope   BIGINT       NULL,
    created_by    BIGINT       NULL,
    total         INT          NOT NULL DEFAULT 0,
    no_quota      INT          NOT NULL DEFAULT 0,
    pause_reason  VARCHAR(100) NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    started_at    DATETIME(3)  NULL,
    finished_at   DATETIME(3)  NULL,
    KEY ix_push_task_status (status, scheduled_at),
    KEY ix_push_task_ref (ref_type, ref_id),
    KEY ix_push_task_dedup (dedup_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first task that used a dedup key owns its scope; the primary key settles concurrent first uses.
CREATE TABLE push_dedup (
    dedup_key  VARCHAR(100) NOT NULL PRIMARY KEY,
    scope_id   BIGINT       NOT NULL,
    created_at DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inbox_message (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    task_id     BIGINT       NOT NULL,
    dedup_scope BIGINT       NOT NULL,
    scene       VARCHAR(16)  NOT NULL,
    ref_type    VARCHAR(16)  NOT NULL,
    ref_id      BIGINT       NULL,
    title       VARCHAR(200) NOT NULL,
    summary     VARCHAR(500) NULL,
    link        VARCHAR(500) NULL,
    created_at  DATETIME(3)  NOT NULL,
    read_at     DATETIME(3)  NULL,
    UNIQUE KEY uk_inbox_task_user (task_id, user_id),
    UNIQUE KEY uk_inbox_scope_user (dedup_scope, user_id),
    KEY ix_inbox_user_unread (user_id, read_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One subscribe message per (task, recipient). Rows are only ever moved by conditional updates
-- on their current status (see OutboxStatus), so two dispatcher instances cannot both win.
CREATE TABLE push_outbox (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id         BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    openid          VARCHAR(64) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    quota_spent     TINYINT(1)  NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3) NOT NULL,
    lease_until     DATETIME(3) NULL,
    claimed_by      VARCHAR(64) NULL,
    errcode         INT         NULL,
    updated_at      DATETIME(3) NOT NULL,
    UNIQUE KEY uk_outbox_task_user (task_id, user_id),
    KEY ix_outbox_claim (task_id, status, next_attempt_at),
    KEY ix_outbox_status (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
