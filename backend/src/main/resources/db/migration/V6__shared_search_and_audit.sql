-- Shared pieces: one term index and one audit trail, each keyed by subject (kind, id) so notices,
-- businesses, staff accounts and later jobs, events and tickets use the same tables.

-- Keyword search without an ngram parser: every Chinese character bigram (plus each run's last
-- character) and every lowercased latin/digit word of a subject's texts. The primary key leads with
-- kind, then term, so each query term is one index range. Terms equal under the collation are one
-- term, so write them with INSERT IGNORE.
CREATE TABLE search_term (
    kind       VARCHAR(16) NOT NULL,
    term       VARCHAR(32) NOT NULL,
    subject_id BIGINT      NOT NULL,
    PRIMARY KEY (kind, term, subject_id),
    KEY ix_search_term_subject (kind, subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO search_term (kind, term, subject_id) SELECT 'notice', term, notice_id FROM notice_term;
DROP TABLE notice_term;

-- Who (actor_id, NULL for a system job) did what (action) to a subject, when; detail is a small JSON
-- object (a notice edit's {field: {from, to}}, a rejection's reason), never passwords, tokens or phone numbers.
CREATE TABLE audit_entry (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_kind VARCHAR(16) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    actor_id     BIGINT      NULL,
    action       VARCHAR(32) NOT NULL,
    detail       JSON        NULL,
    created_at   DATETIME(3) NOT NULL,
    KEY ix_audit_entry_subject (subject_kind, subject_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Same ids, so the notices' trails keep their order and the sequence continues after them.
INSERT INTO audit_entry (id, subject_kind, subject_id, actor_id, action, detail, created_at)
SELECT id, 'notice', notice_id, actor_id, action, changes, created_at FROM notice_audit;
DROP TABLE notice_audit;
