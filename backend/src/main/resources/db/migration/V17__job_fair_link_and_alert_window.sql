-- A job can be linked to a job fair (an event of kind 招聘会, issue 12); the fair's page lists its open jobs.
-- No foreign key: the events are another feature's table, and a job outlives a deleted fair (the link reads as none).
ALTER TABLE job ADD COLUMN event_id BIGINT NULL;
-- the fair's page: WHERE event_id = ? AND status = 'OPEN' … ORDER BY published_at DESC (a prefecture's fair may list
-- several counties' jobs, so the fair, not the county, leads)
CREATE INDEX ix_job_event ON job (event_id, status, published_at);

-- With app.job.alerts.window set, newly opened jobs wait here and each county's subscribers get one digest per
-- window instead of one per batch (job/JobAlertWindow).
CREATE TABLE job_alert_pending (
    job_id    BIGINT      NOT NULL PRIMARY KEY,
    county    CHAR(6)     NOT NULL,
    queued_at DATETIME(3) NOT NULL,
    KEY ix_job_alert_pending_county (county, queued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
