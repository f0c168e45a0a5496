-- Batch invitations from a CSV file (app.plexinvite.batch). Instants are epoch milliseconds (BIGINT).
-- A batch is a DRAFT (the checked preview) until the owner confirms it; then RUNNING until every valid row is
-- settled (FINISHED) or the owner cancels it (CANCELLED). Discarding a draft deletes it.
CREATE TABLE batch (
    id          INTEGER      NOT NULL PRIMARY KEY AUTOINCREMENT,
    state       VARCHAR(16)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  BIGINT       NOT NULL,
    started_at  BIGINT,
    ended_at    BIGINT
);

-- One row of the file. check_result is the preview's verdict (OK or the problem); state is where the row stands:
-- SKIPPED (not valid), PENDING (not handed over yet), HANDED (request_id set, in the invite pipeline), SENT,
-- FAILED or CANCELLED. A row is handed over by a conditional UPDATE in the transaction that inserts its request,
-- so it gets at most one request, ever. request_id names an invite_request (no foreign key: another feature's table).
-- detail: a message key or plex.tv's reason for a failed row.
CREATE TABLE batch_row (
    id             INTEGER       NOT NULL PRIMARY KEY AUTOINCREMENT,
    batch_id       BIGINT        NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
    row_number     INTEGER       NOT NULL,
    identifier     VARCHAR(400)  NOT NULL,
    name           VARCHAR(400),
    profile_text   VARCHAR(400),
    profile_id     BIGINT,
    expiry_text    VARCHAR(100),
    message        VARCHAR(4000),
    check_result   VARCHAR(24)   NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    request_id     BIGINT,
    detail         VARCHAR(500),
    handed_at      BIGINT,
    settled_at     BIGINT
);

CREATE INDEX batch_row_batch ON batch_row (batch_id, row_number);
CREATE INDEX batch_row_state ON batch_row (state, batch_id);
CREATE INDEX batch_row_handed ON batch_row (handed_at);
