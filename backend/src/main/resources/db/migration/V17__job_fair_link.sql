-- A job can be linked to a job fair (an event of kind 招聘会, issue 12); the fair's page lists its open jobs.
-- No foreign key: the events are another feature's table, and a job outlives a deleted fair (the link reads as none).
ALTER TABLE job ADD COLUMN event_id BIGINT NULL;
-- the fair's page: WHERE event_id = ? AND status = 'OPEN' … ORDER BY published_at DESC (a prefecture's fair may list
-- several counties' jobs, so the fair, not the county, leads)
CREATE INDEX ix_job_event ON job (event_id, status, published_at);
