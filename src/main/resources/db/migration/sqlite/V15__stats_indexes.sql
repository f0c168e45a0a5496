-- The statistics page (app.plexinvite.stats), fast at a million requests: requests by outcome over a range of days
-- (one range per status, read from the index alone; requests per day use invite_request_created_at), invites per
-- day by the time of their outcome, link redemptions over a range of days, acceptances and access changes.
CREATE INDEX invite_request_status_created ON invite_request (status, created_at);
CREATE INDEX invite_request_outcome_at ON invite_request (status, updated_at);
CREATE INDEX link_redemption_created ON link_redemption (created_at);
CREATE INDEX person_event_kind ON person_event (kind, person_id, at);
