-- Dashboard and statistics at a million requests (issue 9). Counting invite_request per view read every row of an
-- index (hundreds of milliseconds at 1,000,000 rows), so two tallies keep the counts, exact, in the same
-- transaction as every change of a request (triggers below; nothing else writes them). Days are UTC epoch days
-- (epoch milliseconds / 86400000), as in the queries they replace.

-- Requests stored on a day (created_at) by their status now.
CREATE TABLE invite_request_day (
    epoch_day BIGINT      NOT NULL,
    status    VARCHAR(32) NOT NULL,
    requests  BIGINT      NOT NULL,
    PRIMARY KEY (epoch_day, status)
);

-- Requests that got access (SENT or ALREADY_SHARED) by the day of that outcome (updated_at: a final status never
-- changes again).
CREATE TABLE invite_grant_day (
    epoch_day BIGINT NOT NULL PRIMARY KEY,
    granted   BIGINT NOT NULL
);

INSERT INTO invite_request_day (epoch_day, status, requests)
SELECT created_at / 86400000, status, count(*) FROM invite_request GROUP BY created_at / 86400000, status;

INSERT INTO invite_grant_day (epoch_day, granted)
SELECT updated_at / 86400000, count(*) FROM invite_request WHERE status IN ('SENT', 'ALREADY_SHARED')
GROUP BY updated_at / 86400000;

CREATE TRIGGER invite_request_tally_insert AFTER INSERT ON invite_request
BEGIN
    INSERT INTO invite_request_day (epoch_day, status, requests) VALUES (NEW.created_at / 86400000, NEW.status, 1)
        ON CONFLICT (epoch_day, status) DO UPDATE SET requests = requests + 1;
    INSERT INTO invite_grant_day (epoch_day, granted)
        SELECT NEW.updated_at / 86400000, 1 WHERE NEW.status IN ('SENT', 'ALREADY_SHARED')
        ON CONFLICT (epoch_day) DO UPDATE SET granted = granted + 1;
END;

CREATE TRIGGER invite_request_tally_status AFTER UPDATE OF status, created_at ON invite_request
    WHEN OLD.status <> NEW.status OR OLD.created_at <> NEW.created_at
BEGIN
    UPDATE invite_request_day SET requests = requests - 1
        WHERE epoch_day = OLD.created_at / 86400000 AND status = OLD.status;
    INSERT INTO invite_request_day (epoch_day, status, requests) VALUES (NEW.created_at / 86400000, NEW.status, 1)
        ON CONFLICT (epoch_day, status) DO UPDATE SET requests = requests + 1;
END;

CREATE TRIGGER invite_request_tally_grant AFTER UPDATE OF status, updated_at ON invite_request
    WHEN OLD.status IN ('SENT', 'ALREADY_SHARED') OR NEW.status IN ('SENT', 'ALREADY_SHARED')
BEGIN
    UPDATE invite_grant_day SET granted = granted - 1
        WHERE epoch_day = OLD.updated_at / 86400000 AND OLD.status IN ('SENT', 'ALREADY_SHARED');
    INSERT INTO invite_grant_day (epoch_day, granted)
        SELECT NEW.updated_at / 86400000, 1 WHERE NEW.status IN ('SENT', 'ALREADY_SHARED')
        ON CONFLICT (epoch_day) DO UPDATE SET granted = granted + 1;
END;

CREATE TRIGGER invite_request_tally_delete AFTER DELETE ON invite_request
BEGIN
    UPDATE invite_request_day SET requests = requests - 1
        WHERE epoch_day = OLD.created_at / 86400000 AND status = OLD.status;
    UPDATE invite_grant_day SET granted = granted - 1
        WHERE epoch_day = OLD.updated_at / 86400000 AND OLD.status IN ('SENT', 'ALREADY_SHARED');
END;

-- The dashboard's failed link sign-ins, newest first (was a scan of every redemption and a sort).
CREATE INDEX link_redemption_status_updated ON link_redemption (status, updated_at);
