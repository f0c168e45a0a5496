-- Dashboard and statistics at a million requests (issue 9). Counting invite_request per view read every row of an
-- index (hundreds of milliseconds at 1,000,000 rows), so two tallies keep the counts, exact, in the same
-- transaction as every change of a request (the trigger below; nothing else writes them). Days are UTC epoch days
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

-- Adds delta to a day's count of a status, or to a day's grants (status null).
CREATE FUNCTION invite_tally_add(day BIGINT, request_status VARCHAR(32), delta BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF request_status IS NULL THEN
        INSERT INTO invite_grant_day (epoch_day, granted) VALUES (day, delta)
            ON CONFLICT (epoch_day) DO UPDATE SET granted = invite_grant_day.granted + delta;
    ELSE
        INSERT INTO invite_request_day (epoch_day, status, requests) VALUES (day, request_status, delta)
            ON CONFLICT (epoch_day, status) DO UPDATE SET requests = invite_request_day.requests + delta;
    END IF;
END $$;

-- A change touches its tally rows in one order (day rows before grant rows, each by day, then status), so two
-- concurrent changes never wait for each other's rows in opposite orders.
CREATE FUNCTION invite_request_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_day BIGINT;
    new_day BIGINT;
    old_grant BIGINT;
    new_grant BIGINT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_day := OLD.created_at / 86400000;
        IF OLD.status IN ('SENT', 'ALREADY_SHARED') THEN
            old_grant := OLD.updated_at / 86400000;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_day := NEW.created_at / 86400000;
        IF NEW.status IN ('SENT', 'ALREADY_SHARED') THEN
            new_grant := NEW.updated_at / 86400000;
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM invite_tally_add(new_day, NEW.status, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM invite_tally_add(old_day, OLD.status, -1);
    ELSIF (old_day, OLD.status) < (new_day, NEW.status) THEN
        PERFORM invite_tally_add(old_day, OLD.status, -1);
        PERFORM invite_tally_add(new_day, NEW.status, 1);
    ELSIF (old_day, OLD.status) > (new_day, NEW.status) THEN
        PERFORM invite_tally_add(new_day, NEW.status, 1);
        PERFORM invite_tally_add(old_day, OLD.status, -1);
    END IF;
    IF old_grant IS DISTINCT FROM new_grant THEN
        IF new_grant IS NULL OR (old_grant IS NOT NULL AND old_grant < new_grant) THEN
            PERFORM invite_tally_add(old_grant, NULL, -1);
            IF new_grant IS NOT NULL THEN
                PERFORM invite_tally_add(new_grant, NULL, 1);
            END IF;
        ELSE
            PERFORM invite_tally_add(new_grant, NULL, 1);
            IF old_grant IS NOT NULL THEN
                PERFORM invite_tally_add(old_grant, NULL, -1);
            END IF;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER invite_request_tally AFTER INSERT OR DELETE OR UPDATE OF status, created_at, updated_at
    ON invite_request FOR EACH ROW EXECUTE FUNCTION invite_request_tally();

-- The dashboard's failed link sign-ins, newest first (was a scan of every redemption and a sort).
CREATE INDEX link_redemption_status_updated ON link_redemption (status, updated_at);
