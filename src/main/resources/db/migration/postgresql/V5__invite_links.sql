-- Invite links (/i/{code}) and who redeemed them (app.plexinvite.links). Instants are epoch milliseconds (BIGINT).
CREATE TABLE invite_link (
    id                        BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                      VARCHAR(64)   NOT NULL,
    code_key                  VARCHAR(64)   NOT NULL UNIQUE,
    custom_code               BOOLEAN       NOT NULL,
    label                     VARCHAR(100)  NOT NULL,
    message                   VARCHAR(1000),
    invitee_name              VARCHAR(100),
    expires_at                BIGINT,
    max_uses                  INTEGER,
    uses                      INTEGER       NOT NULL DEFAULT 0,
    profile_id                BIGINT        NOT NULL REFERENCES access_profile (id),
    approval_required         BOOLEAN       NOT NULL,
    allow_username            BOOLEAN       NOT NULL,
    attempt_window_started_at BIGINT,
    attempts_in_window        INTEGER       NOT NULL DEFAULT 0,
    revoked_at                BIGINT,
    deleted_at                BIGINT,
    created_at                BIGINT        NOT NULL,
    updated_at                BIGINT        NOT NULL
);

CREATE INDEX invite_link_profile ON invite_link (profile_id);

-- One row per person per link: invitee_key is "plex:<account id>" or "name:<lower-case typed identifier>".
CREATE TABLE link_redemption (
    id              BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    link_id         BIGINT        NOT NULL REFERENCES invite_link (id),
    invitee_key     VARCHAR(330)  NOT NULL,
    plex_account_id BIGINT,
    username        VARCHAR(320),
    email           VARCHAR(320),
    profile_id      BIGINT        NOT NULL REFERENCES access_profile (id),
    status          VARCHAR(32)   NOT NULL,
    plex_share_id   BIGINT,
    request_id      BIGINT        REFERENCES invite_request (id),
    access_ends_at  BIGINT,
    failure_reason  VARCHAR(64),
    failure_detail  VARCHAR(1000),
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL,
    UNIQUE (link_id, invitee_key)
);

CREATE INDEX link_redemption_profile ON link_redemption (profile_id, status);

-- A request made from a link names it (V4 added the column before this table existed). SQLite cannot add a
-- foreign key to an existing table; there the links feature alone writes the column.
ALTER TABLE invite_request ADD CONSTRAINT invite_request_link FOREIGN KEY (link_id) REFERENCES invite_link (id);
