-- Invite requests from the public form and what the pipeline made of them (app.plexinvite.invite).
-- Instants are epoch milliseconds (BIGINT) as in V1. While a row is SENDING, next_attempt_at holds the end of
-- the worker's lease: a row still SENDING after it was sent by a crashed worker and is checked on plex.tv first.
CREATE TABLE invite_request (
    id              INTEGER      NOT NULL PRIMARY KEY AUTOINCREMENT,
    status_token    VARCHAR(64)  NOT NULL UNIQUE,
    identifier      VARCHAR(320) NOT NULL,
    identifier_key  VARCHAR(320) NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at BIGINT,
    ambiguous       BOOLEAN      NOT NULL DEFAULT FALSE,
    failure_reason  VARCHAR(64),
    failure_detail  VARCHAR(1000),
    plex_share_id   BIGINT,
    deny_reason     VARCHAR(500),
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL
);

-- The dashboard: newest first per status, search by account, statistics by day.
CREATE INDEX invite_request_status_id ON invite_request (status, id);
CREATE INDEX invite_request_identifier_key ON invite_request (identifier_key);
CREATE INDEX invite_request_created_at ON invite_request (created_at);
-- The worker: due rows.
CREATE INDEX invite_request_due ON invite_request (status, next_attempt_at);
-- One live request per account; failed, denied and cancelled ones do not block a new request.
CREATE UNIQUE INDEX invite_request_one_live ON invite_request (identifier_key)
    WHERE status NOT IN ('FAILED', 'DENIED', 'CANCELLED');

-- The owner's invite settings: approval mode, the invite code, sharing settings.
CREATE TABLE invite_setting (
    name  VARCHAR(64)   NOT NULL PRIMARY KEY,
    value VARCHAR(1000) NOT NULL
);

-- The libraries a share grants, by plex.tv section id (plex-protocol.md §4b), with the title seen when chosen.
CREATE TABLE shared_library (
    plex_tv_id BIGINT       NOT NULL PRIMARY KEY,
    title      VARCHAR(255) NOT NULL
);
