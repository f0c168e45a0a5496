-- First-run set-up (/setup) stores what the environment does not give. Environment variables win.
-- Instants are epoch milliseconds (BIGINT), as everywhere.

-- The owner's account when ADMIN_PASSWORD_HASH is not set: one row, an argon2id hash (older hashes
-- are re-hashed at the next successful sign-in).
CREATE TABLE owner_account (
    id            INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL
);

-- The owner's Plex token from "Sign in with Plex" (AES-GCM, key derived from SECRET_KEY; never plain)
-- and the chosen server, used when PLEX_TOKEN / PLEX_SERVER_NAME are not set.
CREATE TABLE plex_credentials (
    id               INTEGER       NOT NULL PRIMARY KEY CHECK (id = 1),
    token_ciphertext VARCHAR(2048) NOT NULL,
    server_name      VARCHAR(255),
    updated_at       BIGINT        NOT NULL
);
