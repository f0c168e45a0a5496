-- Access profiles (app.plexinvite.profiles): named ways of sharing the server. The former share settings
-- (invite_setting share_* rows and shared_library) become the default profile, then go away.
-- Filters are stored in Plex's own filter syntax (plex-protocol.md §5a), e.g. contentRating=G%2CPG|label!=adult.
CREATE TABLE access_profile (
    id                  INTEGER      NOT NULL PRIMARY KEY AUTOINCREMENT,
    name                VARCHAR(100) NOT NULL,
    all_libraries       BOOLEAN      NOT NULL DEFAULT FALSE,
    allow_sync          BOOLEAN      NOT NULL DEFAULT FALSE,
    allow_channels      BOOLEAN      NOT NULL DEFAULT FALSE,
    allow_camera_upload BOOLEAN      NOT NULL DEFAULT FALSE,
    filter_movies       VARCHAR(2000) NOT NULL DEFAULT '',
    filter_television   VARCHAR(2000) NOT NULL DEFAULT '',
    filter_music        VARCHAR(2000) NOT NULL DEFAULT '',
    access_days         INTEGER,
    is_default          BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at          BIGINT       NOT NULL,
    updated_at          BIGINT       NOT NULL
);

-- One default profile; names unique among the owner's (not hidden) profiles, whatever the case.
CREATE UNIQUE INDEX access_profile_one_default ON access_profile (is_default) WHERE is_default = TRUE;
CREATE UNIQUE INDEX access_profile_name ON access_profile (lower(name)) WHERE hidden = FALSE;

-- The libraries a profile shares, by plex.tv section id (plex-protocol.md §4b), with the title seen when chosen.
CREATE TABLE access_profile_library (
    profile_id BIGINT       NOT NULL REFERENCES access_profile (id) ON DELETE CASCADE,
    plex_tv_id BIGINT       NOT NULL,
    title      VARCHAR(255) NOT NULL,
    PRIMARY KEY (profile_id, plex_tv_id)
);

INSERT INTO access_profile (name, all_libraries, allow_sync, allow_channels, allow_camera_upload, is_default,
    created_at, updated_at)
VALUES ('Default',
    COALESCE((SELECT value = 'true' FROM invite_setting WHERE name = 'share_all_libraries'), FALSE),
    COALESCE((SELECT value = 'true' FROM invite_setting WHERE name = 'share_allow_sync'), FALSE),
    COALESCE((SELECT value = 'true' FROM invite_setting WHERE name = 'share_allow_channels'), FALSE),
    COALESCE((SELECT value = 'true' FROM invite_setting WHERE name = 'share_allow_camera_upload'), FALSE),
    TRUE, CAST(strftime('%s', 'now') AS INTEGER) * 1000, CAST(strftime('%s', 'now') AS INTEGER) * 1000);

INSERT INTO access_profile_library (profile_id, plex_tv_id, title)
SELECT (SELECT id FROM access_profile WHERE is_default = TRUE), plex_tv_id, title FROM shared_library;

DROP TABLE shared_library;
DELETE FROM invite_setting
WHERE name IN ('share_all_libraries', 'share_allow_sync', 'share_allow_channels', 'share_allow_camera_upload');

-- Requests remember the profile they share with (null: the default at send time), the invite link they came
-- from (no foreign key: links arrive in V5) and when the access they were given ends (null: unlimited).
ALTER TABLE invite_request ADD COLUMN profile_id BIGINT REFERENCES access_profile (id);
ALTER TABLE invite_request ADD COLUMN link_id BIGINT;
ALTER TABLE invite_request ADD COLUMN access_ends_at BIGINT;
CREATE INDEX invite_request_profile_id ON invite_request (profile_id);

-- What was shared before profiles existed was shared with what is now the default profile.
UPDATE invite_request SET profile_id = (SELECT id FROM access_profile WHERE is_default = TRUE)
WHERE status IN ('SENT', 'ALREADY_SHARED');
