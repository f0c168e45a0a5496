-- API keys for the REST API (/api/v1). Only the SHA-256 of a key is kept (hex), never the key; display_prefix is
-- its first characters so the owner can tell keys apart. last_used_at is written at most once a minute per key.
-- Instants are epoch milliseconds.
CREATE TABLE api_key (
    id             INTEGER      NOT NULL PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    display_prefix VARCHAR(20)  NOT NULL,
    key_hash       VARCHAR(64)  NOT NULL UNIQUE,
    created_at     BIGINT       NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    last_used_at   BIGINT,
    revoked_at     BIGINT
);
