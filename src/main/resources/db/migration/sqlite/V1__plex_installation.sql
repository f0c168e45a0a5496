-- One row: this installation's X-Plex-Client-Identifier, generated once and kept for ever
-- (plex-protocol.md §0.3: Plex asks for one persistent identifier per app instance).
-- Instants are stored as epoch milliseconds (BIGINT) in both databases.
CREATE TABLE plex_installation (
    id                INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    client_identifier VARCHAR(64) NOT NULL,
    created_at        BIGINT      NOT NULL
);
