-- Service-month events (个体工商户服务月): events, the counties each is for, registrations, reminders sent.
-- DATETIME columns hold Asia/Shanghai wall-clock time, like everywhere else.

-- One event. Status moves only as EventTransition lists, each by a conditional UPDATE.
CREATE TABLE event (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the author's division: a county, or the prefecture (then event_county says which counties it is for)
    county                CHAR(6)       NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    kind                  VARCHAR(40)   NOT NULL,
    -- the organising department (dictionary departments), optional
    organiser             VARCHAR(40)   NULL,
    -- sanitized HTML (the notices' Safelist), safe to render as is
    description           MEDIUMTEXT    NOT NULL,
    description_text      MEDIUMTEXT    NOT NULL,
    start_at              DATETIME(3)   NOT NULL,
    end_at                DATETIME(3)   NOT NULL,
    address               VARCHAR(200)  NOT NULL,
    township              VARCHAR(40)   NULL,
    latitude              DECIMAL(9, 6) NULL,
    longitude             DECIMAL(9, 6) NULL,
    online_link           VARCHAR(500)  NULL,
    -- null = unlimited
    capacity              INT           NULL,
    -- seats taken by CONFIRMED registrations: the one counter the conditional seat UPDATE decides on
    confirmed             INT           NOT NULL DEFAULT 0,
    registration_opens_at DATETIME(3)   NULL,
    registration_deadline DATETIME(3)   NOT NULL,
    -- targeting.Audience JSON: who may register; empty = any bound, verified owner
    audience              JSON          NOT NULL,
    -- owners without a (verified) business may register with a name and phone (e.g. a job fair)
    open_to_unbound       TINYINT(1)    NOT NULL DEFAULT 0,
    status                VARCHAR(16)   NOT NULL,
    -- whose event it is: HR (the HR bureau's: job fairs, trainings) or ASSOCIATION (everyone else's)
    managed_by            VARCHAR(16)   NOT NULL,
    created_by            BIGINT        NOT NULL,
    updated_by            BIGINT        NULL,
    -- the second pair of eyes for an invitation push above the review threshold: never its author or an editor
    approved_by           BIGINT        NULL,
    approved_at           DATETIME(3)   NULL,
    published_at          DATETIME(3)   NULL,
    cancelled_at          DATETIME(3)   NULL,
    push_task_id          BIGINT        NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    KEY ix_event_county (county, status, start_at),
    KEY ix_event_start (status, start_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The counties whose owners and guests see an event: its own county, or what a prefecture event names (or every
-- served county). The public list joins it by county.
CREATE TABLE event_county (
    county   CHAR(6) NOT NULL,
    event_id BIGINT  NOT NULL,
    PRIMARY KEY (county, event_id),
    KEY ix_event_county_event (event_id),
    CONSTRAINT fk_event_county_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One registration (or a walk-in without one). A user holds at most one live registration per event:
-- live_user_id is user_id while not CANCELLED, and unique; a cancelled person may register again (a new row, at the
-- end of the waitlist).
CREATE TABLE event_registration (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT       NOT NULL,
    county        CHAR(6)      NOT NULL,
    -- null for a walk-in recorded by staff
    user_id       BIGINT       NULL,
    live_user_id  BIGINT AS (CASE WHEN status <> 'CANCELLED' THEN user_id END) STORED,
    status        VARCHAR(16)  NOT NULL,
    name          VARCHAR(50)  NULL,
    phone         VARCHAR(20)  NULL,
    business_name VARCHAR(200) NULL,
    walk_in       TINYINT(1)   NOT NULL DEFAULT 0,
    checked_in_at DATETIME(3)  NULL,
    checked_in_by BIGINT       NULL,
    promoted_at   DATETIME(3)  NULL,
    cancelled_at  DATETIME(3)  NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_event_registration_live (event_id, live_user_id),
    -- the waitlist in order, the registrants by status
    KEY ix_event_registration_status (event_id, status, id),
    KEY ix_event_registration_user (user_id, event_id),
    KEY ix_event_registration_county (county, event_id),
    CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder lead time claimed for an event: the primary key lets one instance, once, create its push task.
CREATE TABLE event_reminder (
    event_id     BIGINT      NOT NULL,
    lead_minutes INT         NOT NULL,
    push_task_id BIGINT      NULL,
    created_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (event_id, lead_minutes),
    CONSTRAINT fk_event_reminder_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
