-- What several instances behind one load balancer must share (app.plexinvite.links, app.plexinvite.security).
-- Instants are epoch milliseconds (BIGINT).

-- The invitees' "Sign in with Plex" on a link (plex-protocol.md §10): any instance answers the status poll and the
-- welcome page, one instance per round polls the waiting PINs, and WAITING -> JOINING is a conditional update so
-- only one instance joins. Never the Plex token (it stays in the joining instance's memory). Rows are removed
-- half an hour after their last change. link_code is the link's secret: it is never logged.
CREATE TABLE plex_sign_in (
    id             VARCHAR(32)   NOT NULL PRIMARY KEY,
    link_code      VARCHAR(64)   NOT NULL,
    pin_id         BIGINT        NOT NULL,
    expires_at     BIGINT        NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    outcome        VARCHAR(32),
    status_token   VARCHAR(64),
    message_key    VARCHAR(200),
    access_ends_at BIGINT,
    locale         VARCHAR(35),
    poll_after     BIGINT        NOT NULL,
    changed_at     BIGINT        NOT NULL
);

CREATE INDEX plex_sign_in_waiting ON plex_sign_in (state, poll_after);
CREATE INDEX plex_sign_in_changed ON plex_sign_in (changed_at);

-- First-run set-up codes (printed in each instance's log at start until set-up is done): any instance accepts a
-- code printed by any instance of this database. Only a SHA-256 hash of each code; all rows go when set-up ends.
CREATE TABLE setup_code (
    code_hash      VARCHAR(64)   NOT NULL PRIMARY KEY,
    created_at     BIGINT        NOT NULL
);
