-- E-mail (app.plexinvite.mail). Instants are epoch milliseconds (BIGINT).
-- The owner's SMTP settings and notification choices: one row (id 1); a value set in the environment wins over
-- its column. The password is sealed (AES-GCM under a key derived from SECRET_KEY), never stored in clear.
CREATE TABLE mail_settings (
    id                     INTEGER       NOT NULL PRIMARY KEY,
    smtp_host              VARCHAR(255),
    smtp_port              INTEGER,
    smtp_security          VARCHAR(16),
    smtp_username          VARCHAR(320),
    smtp_password_sealed   VARCHAR(1000),
    smtp_from              VARCHAR(320),
    owner_email            VARCHAR(320),
    owner_language         VARCHAR(16)   NOT NULL DEFAULT 'en',
    invitees_enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    owner_kinds_off        VARCHAR(500)  NOT NULL DEFAULT '',
    updated_at             BIGINT        NOT NULL
);

-- The outbox: every message rendered when it is queued, sent by a worker that claims due rows with a conditional
-- update (lease_until guards a claim against a crashed sender), retried with back-off, then FAILED.
CREATE TABLE mail_outbox (
    id                     INTEGER       NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind                   VARCHAR(32)   NOT NULL,
    recipient              VARCHAR(320)  NOT NULL,
    locale                 VARCHAR(16)   NOT NULL,
    subject                VARCHAR(500)  NOT NULL,
    text_body              TEXT          NOT NULL,
    html_body              TEXT          NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    attempts               INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at        BIGINT        NOT NULL,
    lease_until            BIGINT,
    last_error             VARCHAR(500),
    created_at             BIGINT        NOT NULL,
    sent_at                BIGINT
);

CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_created ON mail_outbox (created_at);
