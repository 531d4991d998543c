-- Policy notices: authoring, review, publishing, attachments, and what the owner side reads and records.
-- DATETIME columns hold Asia/Shanghai wall-clock time, like everywhere else.

-- Uploaded files. The disk (or object store) key is random; the user's file name is only shown.
CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    storage_key   VARCHAR(100) NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    file_type     VARCHAR(16)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_stored_file_key (storage_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One policy notice. Status moves only as NoticeTransition lists, each by a conditional UPDATE.
CREATE TABLE notice (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title             VARCHAR(200) NOT NULL,
    summary           VARCHAR(500) NULL,
    -- sanitized HTML (jsoup Safelist), safe to render as is
    body              MEDIUMTEXT   NOT NULL,
    -- the body's plain text, for search terms and previews
    body_text         MEDIUMTEXT   NOT NULL,
    category          VARCHAR(40)  NOT NULL,
    -- {kinds, industries, townships, tags, registeredFrom, registeredTo, taxpayerTypes}; empty = all
    audience          JSON         NOT NULL,
    valid_from        DATETIME(3)  NULL,
    valid_to          DATETIME(3)  NULL,
    status            VARCHAR(16)  NOT NULL,
    -- the author's department (DEPARTMENT staff), else null
    author_department VARCHAR(40)  NULL,
    created_by        BIGINT       NOT NULL,
    updated_by        BIGINT       NULL,
    submitted_by      BIGINT       NULL,
    submitted_at      DATETIME(3)  NULL,
    -- the second pair of eyes: never the author (checked in the conditional UPDATE)
    approved_by       BIGINT       NULL,
    approved_at       DATETIME(3)  NULL,
    rejected_by       BIGINT       NULL,
    rejected_at       DATETIME(3)  NULL,
    reject_reason     VARCHAR(200) NULL,
    published_by      BIGINT       NULL,
    -- for SCHEDULED: when it becomes PUBLISHED (and its push starts)
    scheduled_at      DATETIME(3)  NULL,
    published_at      DATETIME(3)  NULL,
    withdrawn_by      BIGINT       NULL,
    withdrawn_at      DATETIME(3)  NULL,
    push_task_id      BIGINT       NULL,
    -- bound, verified owners matching the audience when it was published (null: published without push)
    audience_size     INT          NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    KEY ix_notice_published (status, published_at),
    KEY ix_notice_category (status, category, published_at),
    KEY ix_notice_scheduled (status, scheduled_at),
    KEY ix_notice_created_by (created_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The responsible departments (责任单位) of a notice.
CREATE TABLE notice_department (
    notice_id  BIGINT      NOT NULL,
    department VARCHAR(40) NOT NULL,
    PRIMARY KEY (notice_id, department),
    KEY ix_notice_department_dept (department, notice_id),
    CONSTRAINT fk_notice_department_notice FOREIGN KEY (notice_id) REFERENCES notice (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audience as rows, one per (dimension, code), for matching notices to a business in SQL.
-- dimension: KIND, INDUSTRY, TOWNSHIP, TAG, TAXPAYER. A dimension without rows means "all".
-- The registration window lives only in notice.audience (registeredFrom/registeredTo).
CREATE TABLE notice_target (
    notice_id BIGINT      NOT NULL,
    dimension VARCHAR(16) NOT NULL,
    code      VARCHAR(40) NOT NULL,
    PRIMARY KEY (notice_id, dimension, code),
    KEY ix_notice_target_code (dimension, code, notice_id),
    CONSTRAINT fk_notice_target_notice FOREIGN KEY (notice_id) REFERENCES notice (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notice_attachment (
    notice_id  BIGINT NOT NULL,
    file_id    BIGINT NOT NULL,
    sort_order INT    NOT NULL,
    PRIMARY KEY (notice_id, file_id),
    KEY ix_notice_attachment_file (file_id),
    CONSTRAINT fk_notice_attachment_notice FOREIGN KEY (notice_id) REFERENCES notice (id) ON DELETE CASCADE,
    CONSTRAINT fk_notice_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what to a notice, when; changes = {field: {from, to}} for edits, or the action's details.
CREATE TABLE notice_audit (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id  BIGINT      NOT NULL,
    actor_id   BIGINT      NULL,
    action     VARCHAR(16) NOT NULL,
    changes    JSON        NULL,
    created_at DATETIME(3) NOT NULL,
    KEY ix_notice_audit_notice (notice_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Unique readers: a read counts once per user (the primary key settles concurrent first reads).
CREATE TABLE notice_read (
    notice_id     BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    first_read_at DATETIME(3) NOT NULL,
    PRIMARY KEY (notice_id, user_id),
    KEY ix_notice_read_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notice_favorite (
    user_id    BIGINT      NOT NULL,
    notice_id  BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, notice_id),
    KEY ix_notice_favorite_notice (notice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recently viewed: one row per (user, notice), viewed_at moved forward on each view.
CREATE TABLE notice_view (
    user_id   BIGINT      NOT NULL,
    notice_id BIGINT      NOT NULL,
    viewed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, notice_id),
    KEY ix_notice_view_recent (user_id, viewed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Keyword search without an ngram parser: every Chinese character bigram
-- and every lowercased latin/digit word of title, summary and body_text. Terms equal under the
-- collation are one term, so write them with INSERT IGNORE.
CREATE TABLE notice_term (
    term      VARCHAR(32) NOT NULL,
    notice_id BIGINT      NOT NULL,
    PRIMARY KEY (term, notice_id),
    KEY ix_notice_term_notice (notice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
