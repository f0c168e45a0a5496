-- Outgoing webhooks, Discord and ntfy (app.plexinvite.notify). Instants are epoch milliseconds (BIGINT).
-- An endpoint's secret and ntfy access token are sealed (crypto.SealedText, AES-GCM under SECRET_KEY).
-- events: the subscribed event types, comma-separated (request.created,invite.sent,...).
-- failing_since: the first failed attempt since the last success (the disable rule counts from it).
CREATE TABLE webhook_endpoint (
    id                   BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                 VARCHAR(100)  NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    secret_ciphertext    VARCHAR(200)  NOT NULL,
    token_ciphertext     VARCHAR(1000),
    events               VARCHAR(500)  NOT NULL,
    enabled              BOOLEAN       NOT NULL DEFAULT TRUE,
    disabled_reason      VARCHAR(500),
    disabled_at          BIGINT,
    consecutive_failures INTEGER       NOT NULL DEFAULT 0,
    failing_since        BIGINT,
    last_success_at      BIGINT,
    created_at           BIGINT        NOT NULL,
    updated_at           BIGINT        NOT NULL
);

-- One row per event and endpoint: the outbox the worker sends from, and the delivery log the owner reads.
-- payload: the event's JSON exactly as a generic endpoint receives it (Discord and ntfy bodies are made from it).
-- A worker claims a row by moving it to SENDING with a lease (conditional update); attempts fences its result.
-- last_error is our own short sentence; last_response a short, cleaned excerpt of what the receiver answered.
CREATE TABLE webhook_delivery (
    id               BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint_id      BIGINT        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id         VARCHAR(36)   NOT NULL,
    event_type       VARCHAR(32)   NOT NULL,
    payload          TEXT          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT,
    lease_until      BIGINT,
    last_attempt_at  BIGINT,
    last_status_code INTEGER,
    last_error       VARCHAR(300),
    last_response    VARCHAR(300),
    created_at       BIGINT        NOT NULL,
    delivered_at     BIGINT
);

CREATE UNIQUE INDEX webhook_delivery_event ON webhook_delivery (endpoint_id, event_id);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_log ON webhook_delivery (endpoint_id, id);
