-- People with access to the server (app.plexinvite.users). Instants are epoch milliseconds (BIGINT).
-- The *_key columns are written lower-cased by Java (Unicode, NFKC; SQLite's lower() knows only ASCII), so that
-- search and matching compare Java-lowered text with Java-lowered keys; version counts writes (optimistic lock).
-- One row per person: plex_account_id when plex.tv told it, else the e-mail of an invite to an address
-- with no Plex account yet (plex-protocol.md §8a/§8b).
CREATE TABLE person (
    id                     BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plex_account_id        BIGINT,
    username               VARCHAR(320),
    email                  VARCHAR(320),
    title                  VARCHAR(320),
    name_key               VARCHAR(320)  NOT NULL,
    username_key           VARCHAR(320),
    email_key              VARCHAR(320),
    search_key             VARCHAR(4000) NOT NULL DEFAULT '',
    state                  VARCHAR(16)   NOT NULL,
    origin                 VARCHAR(16)   NOT NULL,
    origin_ref             BIGINT,
    origin_label           VARCHAR(200),
    plex_share_id          BIGINT,
    profile_id             BIGINT        REFERENCES access_profile (id) ON DELETE SET NULL,
    all_libraries          BOOLEAN       NOT NULL DEFAULT FALSE,
    library_ids            VARCHAR(2000) NOT NULL DEFAULT '',
    access_ends_at         BIGINT,
    expiry_warned_at       BIGINT,
    expiry_attempts        INTEGER       NOT NULL DEFAULT 0,
    expiry_retry_at        BIGINT,
    expiry_failure         VARCHAR(500),
    missing_syncs          INTEGER       NOT NULL DEFAULT 0,
    state_before_gone      VARCHAR(16),
    note                   VARCHAR(2000),
    joined_at              BIGINT        NOT NULL,
    last_seen_at           BIGINT,
    created_at             BIGINT        NOT NULL,
    updated_at             BIGINT        NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX person_plex_account ON person (plex_account_id) WHERE plex_account_id IS NOT NULL;
CREATE INDEX person_name_key ON person (name_key);
CREATE INDEX person_email ON person (email_key);
CREATE INDEX person_username ON person (username_key);
CREATE INDEX person_state ON person (state, name_key);
CREATE INDEX person_access_ends_at ON person (access_ends_at) WHERE access_ends_at IS NOT NULL;
CREATE INDEX person_profile ON person (profile_id, state);

-- What happened to a person, newest last (who did it: "owner <name>", "job <name>").
CREATE TABLE person_event (
    id         BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    at         BIGINT        NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    actor      VARCHAR(120)  NOT NULL,
    detail     VARCHAR(1000)
);

CREATE INDEX person_event_person ON person_event (person_id, id);

-- The last sync with plex.tv (one row).
CREATE TABLE people_sync (
    id              INTEGER       NOT NULL PRIMARY KEY CHECK (id = 1),
    last_attempt_at BIGINT,
    last_success_at BIGINT,
    last_outcome    VARCHAR(16),
    last_problem    VARCHAR(500),
    listed          INTEGER       NOT NULL DEFAULT 0,
    imported        INTEGER       NOT NULL DEFAULT 0,
    marked_gone     INTEGER       NOT NULL DEFAULT 0
);

INSERT INTO people_sync (id) VALUES (1);

-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider's documented table): a scheduled job runs once at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3)   NOT NULL,
    locked_at  TIMESTAMP(3)   NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- Backfill: the people Plex Invite shared with before this table existed. From invite links first (a redemption
-- SHARED or ACCEPTED; one person per plex.tv account, the newest redemption wins), then from requests (SENT or
-- ALREADY_SHARED, the newest per account name) for whom no link person has that username or e-mail. A name typed
-- on a link's page is stored as the username and may be an e-mail address. The first sync then fills in account
-- ids, share ids and libraries from plex.tv.
INSERT INTO person (plex_account_id, username, email, name_key, state, origin, origin_ref, origin_label,
    plex_share_id, profile_id, access_ends_at, joined_at, created_at, updated_at)
SELECT r.plex_account_id, CASE WHEN r.username LIKE '%@%' THEN NULL ELSE NULLIF(r.username, '') END,
       COALESCE(NULLIF(r.email, ''), CASE WHEN r.username LIKE '%@%' THEN r.username END),
       lower(COALESCE(NULLIF(r.username, ''), NULLIF(r.email, ''), r.invitee_key)),
       CASE WHEN r.status = 'ACCEPTED' THEN 'ACCEPTED' ELSE 'PENDING' END, 'LINK', r.id, l.label,
       r.plex_share_id, r.profile_id, r.access_ends_at, r.created_at, r.created_at, r.created_at
FROM link_redemption r JOIN invite_link l ON l.id = r.link_id
WHERE r.status IN ('SHARED', 'ACCEPTED')
  AND NOT EXISTS (SELECT 1 FROM link_redemption newer
                  WHERE newer.status IN ('SHARED', 'ACCEPTED') AND newer.id > r.id
                    AND (newer.plex_account_id = r.plex_account_id
                         OR (newer.plex_account_id IS NULL AND r.plex_account_id IS NULL
                             AND newer.invitee_key = r.invitee_key)));

INSERT INTO person (username, email, name_key, state, origin, origin_ref, plex_share_id, profile_id,
    access_ends_at, joined_at, created_at, updated_at)
SELECT CASE WHEN q.identifier LIKE '%@%' THEN NULL ELSE q.identifier END,
       CASE WHEN q.identifier LIKE '%@%' THEN q.identifier ELSE NULL END,
       q.identifier_key, 'PENDING', 'REQUEST', q.id, q.plex_share_id,
       COALESCE(q.profile_id, (SELECT id FROM access_profile WHERE is_default = TRUE)),
       q.access_ends_at, q.created_at, q.created_at, q.created_at
FROM invite_request q
WHERE q.status IN ('SENT', 'ALREADY_SHARED')
  AND NOT EXISTS (SELECT 1 FROM person p
                  WHERE lower(p.username) = q.identifier_key OR lower(p.email) = q.identifier_key)
  AND NOT EXISTS (SELECT 1 FROM invite_request newer
                  WHERE newer.status IN ('SENT', 'ALREADY_SHARED') AND newer.identifier_key = q.identifier_key
                    AND newer.id > q.id);

-- The keys of the backfilled people. lower() is ASCII-only on SQLite; every later write of a person re-keys it
-- in Java (PersonParams), and PersonStore re-keys rows whose keys differ at start-up.
UPDATE person SET username_key = lower(username), email_key = lower(email),
    search_key = TRIM(COALESCE(lower(username) || ' ', '') || COALESCE(lower(email) || ' ', '')
                      || COALESCE(lower(title), ''));
