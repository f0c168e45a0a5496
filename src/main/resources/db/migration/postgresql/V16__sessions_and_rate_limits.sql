-- Shared state for several instances behind one load balancer (also used by a single instance).
--
-- The owner's sessions (Spring Session JDBC, its own schema in lower case; initialize-schema is never): the
-- attributes are Java-serialised, one row per attribute, upserted so concurrent requests of one session never
-- collide. Instants are epoch milliseconds, as everywhere.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL PRIMARY KEY,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);

-- Sliding-window rate limits shared by every instance (security.RateLimiter on PostgreSQL): one row per limiter and
-- key, holding the times (epoch milliseconds, comma-separated, oldest first) of the latest admitted requests that
-- still count; expires_at is when none of them counts any more, so the row may be deleted. On SQLite the limits
-- stay in memory (a single instance) and this table stays empty.
CREATE TABLE rate_limit_window (
    limiter    VARCHAR(40)  NOT NULL,
    client_key VARCHAR(200) NOT NULL,
    times      TEXT         NOT NULL,
    expires_at BIGINT       NOT NULL,
    PRIMARY KEY (limiter, client_key)
);
CREATE INDEX rate_limit_window_expires ON rate_limit_window (expires_at);

-- The REST API's token bucket per key (Bucket4j's PostgreSQL backend, select-for-update; its serialised state and the
-- time after which the bucket is full again and may be deleted). Empty on SQLite, where the buckets are in memory.
CREATE TABLE api_rate_limit_bucket (
    id         BIGINT NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX api_rate_limit_bucket_expires ON api_rate_limit_bucket (expires_at);
